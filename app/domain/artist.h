#pragma once

#include <QList>
#include <QString>

namespace ost {

struct Artist
{
    QString id;
    QString name;
    QString nameKo;
    QString kind; // solo, group, unit
    QStringList aliases;
    QStringList memberIds; // for groups and units
    QStringList groupIds; // groups this artist belongs to
};

} // namespace ost
