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
    // "When the artist with this id matches, so do I, ranked as a field of this weight."
    // Songs link their artists and the artists' groups; dramas their soundtrack's artists.
    // Names are indexed once, on the artist, not copied into every song.
    struct ArtistLink
    {
        QString artistId;
        int weight = 0;
    };
    EntityType type = EntityType::Song;
    QString id;
    QString title;
    QString subtitle;
    QList<Field> fields;
    QList<ArtistLink> artistLinks;
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
