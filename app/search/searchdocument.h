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
        int weight = 0; // title 100, alias/romanized title 85 (romanization of a field: its weight - 5),
                        // artist 50, group 35, other 20
    };
    // "When the document of this type and id matches, so do I, ranked as a field of this
    // weight." Songs link their artists, the artists' groups and their dramas; dramas their
    // soundtrack's artists. Names are indexed once, on the artist or drama, not copied into
    // every song. Links reach one step: a drama found through its artist does not pass the
    // hit on to its songs.
    struct Link
    {
        EntityType type = EntityType::Artist;
        QString id;
        int weight = 0;
    };
    EntityType type = EntityType::Song;
    QString id;
    QString title;
    QString subtitle;
    QList<Field> fields;
    QList<Link> links;
};

struct SearchHit
{
    EntityType type = EntityType::Song;
    QString id;
    QString title;
    QString subtitle;
    int score = 0;
    bool operator==(const SearchHit &) const = default;
};

} // namespace ost
