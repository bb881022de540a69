#pragma once

#include <QList>
#include <QString>

namespace ost {

enum class EntityType { Drama, Song, Artist, Collection };

// One searchable thing with its texts; weight ranks where a match was found.
struct SearchDocument
{
    struct Field
    {
        QString text;
        int weight = 0; // title 100, alias/romanization 80, artist 50, group 35, other 20
    };
    EntityType type = EntityType::Song;
    QString id;
    QString title;
    QString subtitle;
    QList<Field> fields;
};

struct SearchHit
{
    EntityType type = EntityType::Song;
    QString id;
    QString title;
    QString subtitle;
    int score = 0;
};

} // namespace ost
