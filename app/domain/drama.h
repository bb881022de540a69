#pragma once

#include <QList>
#include <QString>

namespace ost {

struct Drama
{
    QString id;
    QString title;
    QString titleKo;
    QString romanization;
    QStringList aliases;
    int year = 0;
    QString broadcaster;
    QString synopsis;
    bool soundtrackComplete = false;
    int songCount = 0;
    QString addedAt; // ISO date, for "recently added"
    QString origin; // bundled (the catalog), pack, files (made from the user's files), generated
};

} // namespace ost
