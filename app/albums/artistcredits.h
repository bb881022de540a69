#pragma once

#include <QList>
#include <QString>

namespace ost {

// One name of an artist tag and how it is credited.
struct CreditName
{
    QString name;
    bool featuring = false;
};

// Splits an artist tag into the artists it credits: "A, B & C" are all main artists;
// "A feat. B", "A Feat. B", "A (Feat. B, C)", "A ft. B" credit B (and C) as featuring.
class ArtistCredits
{
public:
    static QList<CreditName> split(const QString &artistTag);
};

} // namespace ost
