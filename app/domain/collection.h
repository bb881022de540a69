#pragma once

#include <QList>
#include <QString>

namespace ost {

struct CollectionItem
{
    QString songId; // exactly one of songId / dramaId is set
    QString dramaId;
    QString title;
    QString subtitle;
    QString note;
    QStringList dramaIds; // the drama itself, or the dramas a song is from (for filtering)
};

struct Collection
{
    QString id;
    QString title;
    QString titleKo;
    QString description;
    QList<CollectionItem> items;
};

} // namespace ost
