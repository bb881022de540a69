#pragma once

#include <QList>
#include <QString>

namespace ost {

struct SongCredit
{
    QString artistId;
    QString name;
    QString role; // main, featuring
};

struct SongAppearance
{
    QString dramaId;
    QString dramaTitle;
    int part = 0; // 0: part number unknown
    int position = -1; // order in the drama's soundtrack; -1: after the songs already there
};

struct Song
{
    QString id;
    QString title;
    QString titleKo;
    QString romanization;
    QStringList aliases;
    int year = 0;
    QList<SongCredit> credits;
    QList<SongAppearance> dramas;
    QString origin; // bundled, pack, files, generated

    QString artistLine() const;
};

} // namespace ost
