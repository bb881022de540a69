#include "searchdocumentreader.h"

#include "repositories/catalogrepository.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QObject>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

QStringList splitIds(const QVariant &v) // a group_concat list, char(31) between items
{
    const QString s = v.toString();
    return s.isEmpty() ? QStringList {} : s.split(QChar(u'\x1f'));
}

} // namespace

SearchDocumentReader::SearchDocumentReader(Database db)
    : m_db(std::move(db))
{ }

Result<QList<SearchDocument>> SearchDocumentReader::all() const
{
    QList<SearchDocument> docs;
    if (auto r = forEach([&docs](const SearchDocument &d) {
            docs << d;
            return true;
        });
        !r)
        return std::unexpected(r.error());
    return docs;
}

QString SearchDocumentReader::languageKey()
{
    return QObject::tr("Artist") + u'\x1f' + QObject::tr("Group") + u'\x1f'
        + QObject::tr("Collection · %n item(s)", nullptr, 2);
}

Result<void> SearchDocumentReader::forEach(const std::function<bool(const SearchDocument &)> &sink) const
{
    const QSqlDatabase c = m_db.connection();

    // Artists, their aliases and groups first: songs borrow their names.
    QHash<QString, QStringList> artistNames; // id -> names (Latin, Hangul, aliases)
    QHash<QString, QString> artistDisplay;
    QHash<QString, QStringList> groupsOf; // member -> group ids
    const CatalogRepository catalog(m_db);
    auto artistsList = catalog.artists();
    if (!artistsList)
        return std::unexpected(artistsList.error());
    for (const auto &a : *artistsList) {
        artistNames[a.id] = QStringList { a.name, a.nameKo } + a.aliases;
        artistDisplay[a.id] = a.nameKo.isEmpty() ? a.name : a.name + u" ("_s + a.nameKo + u")"_s;
        groupsOf[a.id] = a.groupIds;
    }
    for (const auto &a : *artistsList) {
        SearchDocument d { EntityType::Artist, a.id, artistDisplay.value(a.id), {}, {}, {} };
        d.subtitle = a.kind == u"solo"_s ? QObject::tr("Artist") : QObject::tr("Group");
        for (const auto &n : artistNames.value(a.id))
            d.fields << SearchDocument::Field { n, 100 };
        for (const auto &g : a.groupIds)
            for (const auto &n : artistNames.value(g))
                d.fields << SearchDocument::Field { n, 35 };
        if (!sink(d))
            return {};
    }

    // Dramas and songs come with their links from correlated subqueries (indexed lookups), so
    // no map of 100,000 songs' credits is built in memory first.
    QHash<QString, QString> dramaTitles;
    auto dq = runQuery(
        c,
        u"SELECT d.id, d.title, d.title_ko, d.romanization, d.year, "
        "(SELECT group_concat(alias, char(31)) FROM drama_aliases a WHERE a.drama_id = d.id), "
        "(SELECT group_concat(artist_id, char(31)) FROM (SELECT DISTINCT sa.artist_id "
        "  FROM drama_songs ds JOIN song_artists sa ON sa.song_id = ds.song_id WHERE ds.drama_id = d.id)) "
        "FROM dramas d WHERE d.retired = 0"_s);
    if (!dq)
        return std::unexpected(dq.error());
    while (dq->next()) {
        SearchDocument d { EntityType::Drama, dq->value(0).toString(), dq->value(1).toString(), {}, {}, {} };
        const QString ko = dq->value(2).toString();
        d.subtitle = (ko.isEmpty() ? QString() : ko + u" · "_s) + dq->value(4).toString();
        d.fields << SearchDocument::Field { d.title, 100 } << SearchDocument::Field { ko, 100 }
                 << SearchDocument::Field { dq->value(3).toString(), 85 };
        for (const auto &alias : splitIds(dq->value(5)))
            d.fields << SearchDocument::Field { alias, 85 };
        // "Punch" also finds the dramas whose soundtrack she sings.
        for (const auto &artistId : splitIds(dq->value(6)))
            d.links << SearchDocument::Link { EntityType::Artist, artistId, 30 };
        dramaTitles.insert(d.id, d.title);
        if (!sink(d))
            return {};
    }

    auto sq
        = runQuery(c,
                   u"SELECT s.id, s.title, s.title_ko, s.romanization, "
                   "(SELECT group_concat(alias, char(31)) FROM song_aliases a WHERE a.song_id = s.id), "
                   "(SELECT group_concat(artist_id, char(31)) FROM (SELECT artist_id FROM song_artists sa "
                   "  WHERE sa.song_id = s.id ORDER BY sa.position)), "
                   "(SELECT group_concat(drama_id, char(31)) FROM drama_songs ds WHERE ds.song_id = s.id) "
                   "FROM songs s WHERE s.retired = 0"_s);
    if (!sq)
        return std::unexpected(sq.error());
    while (sq->next()) {
        const QString id = sq->value(0).toString();
        SearchDocument d { EntityType::Song, id, sq->value(1).toString(), {}, {}, {} };
        d.fields << SearchDocument::Field { d.title, 100 }
                 << SearchDocument::Field { sq->value(2).toString(), 100 }
                 << SearchDocument::Field { sq->value(3).toString(), 85 };
        for (const auto &alias : splitIds(sq->value(4)))
            d.fields << SearchDocument::Field { alias, 85 };
        QStringList names;
        for (const auto &artistId : splitIds(sq->value(5))) {
            names << artistDisplay.value(artistId).section(u" ("_s, 0, 0);
            d.links << SearchDocument::Link { EntityType::Artist, artistId, 50 };
            for (const auto &g : groupsOf.value(artistId))
                d.links << SearchDocument::Link { EntityType::Artist, g, 35 };
        }
        QStringList inDramas;
        for (const auto &dramaId : splitIds(sq->value(6))) {
            inDramas << dramaTitles.value(dramaId);
            // Typing a drama's name lists its soundtrack under Songs, below the songs named so.
            d.links << SearchDocument::Link { EntityType::Drama, dramaId, 40 };
        }
        d.subtitle
            = names.join(u", "_s) + (inDramas.isEmpty() ? QString() : u" · "_s + inDramas.join(u", "_s));
        const QString ko = sq->value(2).toString();
        if (!ko.isEmpty())
            d.title += u" ("_s + ko + u")"_s;
        if (!sink(d))
            return {};
    }

    auto colls = catalog.collections();
    if (!colls)
        return std::unexpected(colls.error());
    for (const auto &col : *colls) {
        SearchDocument d { EntityType::Collection,
                           col.id,
                           col.title,
                           QObject::tr("Collection · %n item(s)", nullptr, int(col.items.size())),
                           {},
                           {} };
        d.fields << SearchDocument::Field { col.title, 100 } << SearchDocument::Field { col.titleKo, 100 }
                 << SearchDocument::Field { col.description, 20 };
        if (!sink(d))
            return {};
    }
    return {};
}

} // namespace ost
