#include "catalogjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

// Typed field access that records a problem on a wrong type instead of guessing.
class Reader
{
public:
    explicit Reader(QStringList &sink)
        : problems(sink)
    { }
    QStringList &problems;

    QJsonArray array(const QJsonObject &sections, const QString &key, const QString &label)
    {
        const auto v = sections.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            problems << u"%1: must be an array"_s.arg(label);
            return {};
        }
        return v.toArray();
    }

    QString str(const QJsonObject &o, const QString &key, const QString &where, bool required = false)
    {
        const auto v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problems << u"%1: missing required field \"%2\""_s.arg(where, key);
            return {};
        }
        if (!v.isString()) {
            problems << u"%1: field \"%2\" must be a string"_s.arg(where, key);
            return {};
        }
        const QString s = v.toString().normalized(QString::NormalizationForm_C).trimmed();
        if (required && s.isEmpty())
            problems << u"%1: field \"%2\" is empty"_s.arg(where, key);
        return s;
    }

    int integer(const QJsonObject &o, const QString &key, const QString &where, int absent = 0)
    {
        const auto v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return absent;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0) {
            problems << u"%1: field \"%2\" must be an integer"_s.arg(where, key);
            return absent;
        }
        return v.toInt();
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &where)
    {
        const auto v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            problems << u"%1: field \"%2\" must be true or false"_s.arg(where, key);
        return v.toBool(false);
    }

    QStringList strings(const QJsonObject &o, const QString &key, const QString &where)
    {
        const auto v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            problems << u"%1: field \"%2\" must be an array of strings"_s.arg(where, key);
            return {};
        }
        QStringList out;
        for (const auto &e : v.toArray()) {
            if (!e.isString())
                problems << u"%1: field \"%2\" must hold only strings"_s.arg(where, key);
            else
                out << e.toString().normalized(QString::NormalizationForm_C).trimmed();
        }
        return out;
    }

    QJsonArray objects(const QJsonObject &o, const QString &key, const QString &where)
    {
        const auto v = o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            problems << u"%1: \"%2\" must be an array"_s.arg(where, key);
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &where)
    {
        if (!v.isObject())
            problems << u"%1: each entry must be an object"_s.arg(where);
        return v.toObject();
    }

    static QString entryName(const QString &label, const QJsonObject &o, int index)
    {
        const auto id = o.value(u"id"_s);
        return id.isString() && !id.toString().isEmpty() ? u"%1 \"%2\""_s.arg(label, id.toString())
                                                         : u"%1[%2]"_s.arg(label).arg(index);
    }
};

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue orNull(int v)
{
    return v > 0 ? QJsonValue(v) : QJsonValue();
}

} // namespace

const QStringList &CatalogJson::sections()
{
    static const QStringList s = { u"artists"_s, u"dramas"_s, u"songs"_s, u"awards"_s, u"collections"_s };
    return s;
}

CatalogData CatalogJson::parse(const QJsonObject &sections, const QString &suffix, QStringList &problems)
{
    Reader r(problems);
    CatalogData data;

    const QString artistsLabel = u"artists"_s + suffix;
    const auto artists = r.array(sections, u"artists"_s, artistsLabel);
    for (int i = 0; i < artists.size(); ++i) {
        const auto o = r.object(artists[i], u"%1[%2]"_s.arg(artistsLabel).arg(i));
        const QString where = Reader::entryName(artistsLabel, o, i);
        Artist a;
        a.id = r.str(o, u"id"_s, where, true);
        a.name = r.str(o, u"name"_s, where, true);
        a.nameKo = r.str(o, u"name_ko"_s, where);
        a.kind = r.str(o, u"kind"_s, where);
        if (a.kind.isEmpty())
            a.kind = u"solo"_s;
        if (!QStringList { u"solo"_s, u"group"_s, u"unit"_s }.contains(a.kind))
            problems << u"%1: kind must be solo, group or unit"_s.arg(where);
        a.memberIds = r.strings(o, u"members"_s, where);
        a.aliases = r.strings(o, u"aliases"_s, where);
        data.artists << a;
    }

    const QString dramasLabel = u"dramas"_s + suffix;
    const auto dramas = r.array(sections, u"dramas"_s, dramasLabel);
    for (int i = 0; i < dramas.size(); ++i) {
        const auto o = r.object(dramas[i], u"%1[%2]"_s.arg(dramasLabel).arg(i));
        const QString where = Reader::entryName(dramasLabel, o, i);
        Drama d;
        d.id = r.str(o, u"id"_s, where, true);
        d.title = r.str(o, u"title"_s, where, true);
        d.titleKo = r.str(o, u"title_ko"_s, where);
        d.romanization = r.str(o, u"romanization"_s, where);
        d.aliases = r.strings(o, u"aliases"_s, where);
        d.year = r.integer(o, u"year"_s, where);
        d.broadcaster = r.str(o, u"broadcaster"_s, where);
        d.synopsis = r.str(o, u"synopsis"_s, where);
        d.soundtrackComplete = r.boolean(o, u"soundtrack_complete"_s, where);
        data.dramas << d;
    }

    const QString songsLabel = u"songs"_s + suffix;
    const auto songs = r.array(sections, u"songs"_s, songsLabel);
    for (int i = 0; i < songs.size(); ++i) {
        const auto o = r.object(songs[i], u"%1[%2]"_s.arg(songsLabel).arg(i));
        const QString where = Reader::entryName(songsLabel, o, i);
        Song s;
        s.id = r.str(o, u"id"_s, where, true);
        s.title = r.str(o, u"title"_s, where, true);
        s.titleKo = r.str(o, u"title_ko"_s, where);
        s.romanization = r.str(o, u"romanization"_s, where);
        s.aliases = r.strings(o, u"aliases"_s, where);
        s.year = r.integer(o, u"year"_s, where);
        if (!o.value(u"artists"_s).isArray() || o.value(u"artists"_s).toArray().isEmpty())
            problems << u"%1: \"artists\" must be a non-empty array"_s.arg(where);
        for (const auto &cv : o.value(u"artists"_s).toArray()) {
            const auto c = r.object(cv, where);
            SongCredit credit;
            credit.artistId = r.str(c, u"artist"_s, where, true);
            credit.role = r.str(c, u"role"_s, where);
            if (credit.role.isEmpty())
                credit.role = u"main"_s;
            if (credit.role != u"main"_s && credit.role != u"featuring"_s)
                problems << u"%1: artist role must be main or featuring"_s.arg(where);
            s.credits << credit;
        }
        for (const auto &dv : r.objects(o, u"dramas"_s, where)) {
            const auto c = r.object(dv, where);
            SongAppearance app;
            app.dramaId = r.str(c, u"drama"_s, where, true);
            app.part = r.integer(c, u"part"_s, where);
            app.position = r.integer(c, u"position"_s, where, -1);
            s.dramas << app;
        }
        data.songs << s;
    }

    const QString awardsLabel = u"awards"_s + suffix;
    const auto awards = r.array(sections, u"awards"_s, awardsLabel);
    for (int i = 0; i < awards.size(); ++i) {
        const auto o = r.object(awards[i], u"%1[%2]"_s.arg(awardsLabel).arg(i));
        const QString where = Reader::entryName(awardsLabel, o, i);
        Award a;
        a.id = r.str(o, u"id"_s, where, true);
        a.songId = r.str(o, u"song"_s, where, true);
        a.ceremony = r.str(o, u"ceremony"_s, where);
        a.year = r.integer(o, u"year"_s, where);
        a.category = r.str(o, u"category"_s, where, true);
        a.result = r.str(o, u"result"_s, where, true);
        if (a.result != u"won"_s && a.result != u"nominated"_s)
            problems << u"%1: result must be won or nominated"_s.arg(where);
        data.awards << a;
    }

    const QString collectionsLabel = u"collections"_s + suffix;
    const auto collections = r.array(sections, u"collections"_s, collectionsLabel);
    for (int i = 0; i < collections.size(); ++i) {
        const auto o = r.object(collections[i], u"%1[%2]"_s.arg(collectionsLabel).arg(i));
        const QString where = Reader::entryName(collectionsLabel, o, i);
        Collection c;
        c.id = r.str(o, u"id"_s, where, true);
        c.title = r.str(o, u"title"_s, where, true);
        c.titleKo = r.str(o, u"title_ko"_s, where);
        c.description = r.str(o, u"description"_s, where);
        for (const auto &iv : r.objects(o, u"items"_s, where)) {
            const auto io = r.object(iv, where);
            CollectionItem item;
            item.songId = r.str(io, u"song"_s, where);
            item.dramaId = r.str(io, u"drama"_s, where);
            item.note = r.str(io, u"note"_s, where);
            if (item.songId.isEmpty() == item.dramaId.isEmpty())
                problems << u"%1: each item needs exactly one of \"song\" or \"drama\""_s.arg(where);
            c.items << item;
        }
        data.collections << c;
    }
    return data;
}

QJsonObject CatalogJson::toJson(const CatalogData &data)
{
    QJsonArray artists, dramas, songs, awards, collections;
    for (const auto &a : data.artists) {
        QJsonObject o { { u"id"_s, a.id },
                        { u"name"_s, a.name },
                        { u"name_ko"_s, orNull(a.nameKo) },
                        { u"kind"_s, a.kind },
                        { u"aliases"_s, QJsonArray::fromStringList(a.aliases) } };
        if (a.kind != u"solo"_s)
            o.insert(u"members"_s, QJsonArray::fromStringList(a.memberIds));
        artists << o;
    }
    for (const auto &d : data.dramas)
        dramas << QJsonObject { { u"id"_s, d.id },
                                { u"title"_s, d.title },
                                { u"title_ko"_s, orNull(d.titleKo) },
                                { u"romanization"_s, orNull(d.romanization) },
                                { u"aliases"_s, QJsonArray::fromStringList(d.aliases) },
                                { u"year"_s, orNull(d.year) },
                                { u"broadcaster"_s, orNull(d.broadcaster) },
                                { u"synopsis"_s, orNull(d.synopsis) },
                                { u"soundtrack_complete"_s, d.soundtrackComplete } };
    for (const auto &s : data.songs) {
        QJsonArray credits, apps;
        for (const auto &c : s.credits)
            credits << QJsonObject { { u"artist"_s, c.artistId }, { u"role"_s, c.role } };
        for (const auto &a : s.dramas) {
            QJsonObject o { { u"drama"_s, a.dramaId }, { u"part"_s, orNull(a.part) } };
            if (a.position >= 0)
                o.insert(u"position"_s, a.position);
            apps << o;
        }
        songs << QJsonObject { { u"id"_s, s.id },
                               { u"title"_s, s.title },
                               { u"title_ko"_s, orNull(s.titleKo) },
                               { u"romanization"_s, orNull(s.romanization) },
                               { u"aliases"_s, QJsonArray::fromStringList(s.aliases) },
                               { u"year"_s, orNull(s.year) },
                               { u"artists"_s, credits },
                               { u"dramas"_s, apps } };
    }
    for (const auto &a : data.awards)
        awards << QJsonObject { { u"id"_s, a.id },
                                { u"song"_s, a.songId },
                                { u"ceremony"_s, orNull(a.ceremony) },
                                { u"year"_s, orNull(a.year) },
                                { u"category"_s, a.category },
                                { u"result"_s, a.result } };
    for (const auto &c : data.collections) {
        QJsonArray items;
        for (const auto &it : c.items) {
            QJsonObject o;
            if (!it.songId.isEmpty())
                o.insert(u"song"_s, it.songId);
            else
                o.insert(u"drama"_s, it.dramaId);
            o.insert(u"note"_s, orNull(it.note));
            items << o;
        }
        collections << QJsonObject { { u"id"_s, c.id },
                                     { u"title"_s, c.title },
                                     { u"title_ko"_s, orNull(c.titleKo) },
                                     { u"description"_s, orNull(c.description) },
                                     { u"items"_s, items } };
    }
    return QJsonObject { { u"artists"_s, artists },
                         { u"dramas"_s, dramas },
                         { u"songs"_s, songs },
                         { u"awards"_s, awards },
                         { u"collections"_s, collections } };
}

} // namespace ost
