#include "catalogsource.h"

#include "search/textnormalizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

const QStringList kFiles = { u"artists.json"_s, u"dramas.json"_s, u"songs.json"_s, u"awards.json"_s,
                             u"collections.json"_s };

class Reader
{
public:
    QStringList problems;

    QJsonArray readArray(const QString &dir, const QString &name)
    {
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            problems << u"%1: cannot read (%2)"_s.arg(name, f.errorString());
            return {};
        }
        QJsonParseError err {};
        const auto doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (err.error != QJsonParseError::NoError) {
            problems << u"%1: invalid JSON at offset %2: %3"_s.arg(name).arg(err.offset).arg(err.errorString());
            return {};
        }
        if (!doc.isArray()) {
            problems << u"%1: the top level must be an array"_s.arg(name);
            return {};
        }
        return doc.array();
    }

    // Typed field access that records a problem on a wrong type.
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

    int integer(const QJsonObject &o, const QString &key, const QString &where)
    {
        const auto v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            problems << u"%1: field \"%2\" must be an integer"_s.arg(where, key);
            return 0;
        }
        return v.toInt();
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

    QJsonObject object(const QJsonValue &v, const QString &where)
    {
        if (!v.isObject())
            problems << u"%1: each entry must be an object"_s.arg(where);
        return v.toObject();
    }

    QString entryName(const QString &file, const QJsonObject &o, int index)
    {
        const QString id = o.value(u"id"_s).toString();
        return id.isEmpty() ? u"%1[%2]"_s.arg(file).arg(index) : u"%1 \"%2\""_s.arg(file, id);
    }
};

bool validId(const QString &id)
{
    static const QRegularExpression re(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return re.match(id).hasMatch();
}

} // namespace

Result<CatalogData> CatalogSource::load(const QString &directory)
{
    Reader r;
    CatalogData data;

    const auto artists = r.readArray(directory, u"artists.json"_s);
    for (int i = 0; i < artists.size(); ++i) {
        const auto o = r.object(artists[i], u"artists.json[%1]"_s.arg(i));
        const QString where = r.entryName(u"artists.json"_s, o, i);
        Artist a;
        a.id = r.str(o, u"id"_s, where, true);
        a.name = r.str(o, u"name"_s, where, true);
        a.nameKo = r.str(o, u"name_ko"_s, where);
        a.kind = r.str(o, u"kind"_s, where);
        if (a.kind.isEmpty())
            a.kind = u"solo"_s;
        if (!QStringList { u"solo"_s, u"group"_s, u"unit"_s }.contains(a.kind))
            r.problems << u"%1: kind must be solo, group or unit"_s.arg(where);
        a.memberIds = r.strings(o, u"members"_s, where);
        a.aliases = r.strings(o, u"aliases"_s, where);
        data.artists << a;
    }

    const auto dramas = r.readArray(directory, u"dramas.json"_s);
    for (int i = 0; i < dramas.size(); ++i) {
        const auto o = r.object(dramas[i], u"dramas.json[%1]"_s.arg(i));
        const QString where = r.entryName(u"dramas.json"_s, o, i);
        Drama d;
        d.id = r.str(o, u"id"_s, where, true);
        d.title = r.str(o, u"title"_s, where, true);
        d.titleKo = r.str(o, u"title_ko"_s, where);
        d.romanization = r.str(o, u"romanization"_s, where);
        d.aliases = r.strings(o, u"aliases"_s, where);
        d.year = r.integer(o, u"year"_s, where);
        d.broadcaster = r.str(o, u"broadcaster"_s, where);
        d.synopsis = r.str(o, u"synopsis"_s, where);
        d.soundtrackComplete = o.value(u"soundtrack_complete"_s).toBool(false);
        data.dramas << d;
    }

    const auto songs = r.readArray(directory, u"songs.json"_s);
    for (int i = 0; i < songs.size(); ++i) {
        const auto o = r.object(songs[i], u"songs.json[%1]"_s.arg(i));
        const QString where = r.entryName(u"songs.json"_s, o, i);
        Song s;
        s.id = r.str(o, u"id"_s, where, true);
        s.title = r.str(o, u"title"_s, where, true);
        s.titleKo = r.str(o, u"title_ko"_s, where);
        s.romanization = r.str(o, u"romanization"_s, where);
        s.aliases = r.strings(o, u"aliases"_s, where);
        s.year = r.integer(o, u"year"_s, where);
        if (!o.value(u"artists"_s).isArray() || o.value(u"artists"_s).toArray().isEmpty())
            r.problems << u"%1: \"artists\" must be a non-empty array"_s.arg(where);
        for (const auto &cv : o.value(u"artists"_s).toArray()) {
            const auto c = r.object(cv, where);
            SongCredit credit;
            credit.artistId = r.str(c, u"artist"_s, where, true);
            credit.role = r.str(c, u"role"_s, where);
            if (credit.role.isEmpty())
                credit.role = u"main"_s;
            if (credit.role != u"main"_s && credit.role != u"featuring"_s)
                r.problems << u"%1: artist role must be main or featuring"_s.arg(where);
            s.credits << credit;
        }
        if (!o.value(u"dramas"_s).isUndefined() && !o.value(u"dramas"_s).isArray())
            r.problems << u"%1: \"dramas\" must be an array"_s.arg(where);
        for (const auto &dv : o.value(u"dramas"_s).toArray()) {
            const auto c = r.object(dv, where);
            SongAppearance app;
            app.dramaId = r.str(c, u"drama"_s, where, true);
            app.part = r.integer(c, u"part"_s, where);
            s.dramas << app;
        }
        data.songs << s;
    }

    const auto awards = r.readArray(directory, u"awards.json"_s);
    for (int i = 0; i < awards.size(); ++i) {
        const auto o = r.object(awards[i], u"awards.json[%1]"_s.arg(i));
        const QString where = r.entryName(u"awards.json"_s, o, i);
        Award a;
        a.id = r.str(o, u"id"_s, where, true);
        a.songId = r.str(o, u"song"_s, where, true);
        a.ceremony = r.str(o, u"ceremony"_s, where);
        a.year = r.integer(o, u"year"_s, where);
        a.category = r.str(o, u"category"_s, where, true);
        a.result = r.str(o, u"result"_s, where, true);
        if (a.result != u"won"_s && a.result != u"nominated"_s)
            r.problems << u"%1: result must be won or nominated"_s.arg(where);
        data.awards << a;
    }

    const auto collections = r.readArray(directory, u"collections.json"_s);
    for (int i = 0; i < collections.size(); ++i) {
        const auto o = r.object(collections[i], u"collections.json[%1]"_s.arg(i));
        const QString where = r.entryName(u"collections.json"_s, o, i);
        Collection c;
        c.id = r.str(o, u"id"_s, where, true);
        c.title = r.str(o, u"title"_s, where, true);
        c.titleKo = r.str(o, u"title_ko"_s, where);
        c.description = r.str(o, u"description"_s, where);
        for (const auto &iv : o.value(u"items"_s).toArray()) {
            const auto io = r.object(iv, where);
            CollectionItem item;
            item.songId = r.str(io, u"song"_s, where);
            item.dramaId = r.str(io, u"drama"_s, where);
            item.note = r.str(io, u"note"_s, where);
            if (item.songId.isEmpty() == item.dramaId.isEmpty())
                r.problems << u"%1: each item needs exactly one of \"song\" or \"drama\""_s.arg(where);
            c.items << item;
        }
        data.collections << c;
    }

    r.problems << validate(data);
    if (!r.problems.isEmpty())
        return fail(QObject::tr("The catalog in %1 has %n problem(s):\n", nullptr, int(r.problems.size())).arg(directory)
                    + r.problems.join(u'\n'));
    return data;
}

QStringList CatalogSource::validate(const CatalogData &data)
{
    QStringList problems;
    auto checkIds = [&](const QString &file, const QStringList &ids) {
        QSet<QString> seen;
        for (const QString &id : ids) {
            if (!validId(id))
                problems << u"%1: id \"%2\" must be lowercase ASCII words joined by '-'"_s.arg(file, id);
            if (seen.contains(id))
                problems << u"%1: duplicate id \"%2\""_s.arg(file, id);
            seen.insert(id);
        }
        return seen;
    };
    QStringList ids;
    for (const auto &a : data.artists) ids << a.id;
    const auto artistIds = checkIds(u"artists.json"_s, ids);
    ids.clear();
    for (const auto &d : data.dramas) ids << d.id;
    const auto dramaIds = checkIds(u"dramas.json"_s, ids);
    ids.clear();
    for (const auto &s : data.songs) ids << s.id;
    const auto songIds = checkIds(u"songs.json"_s, ids);
    ids.clear();
    for (const auto &a : data.awards) ids << a.id;
    checkIds(u"awards.json"_s, ids);
    ids.clear();
    for (const auto &c : data.collections) ids << c.id;
    checkIds(u"collections.json"_s, ids);

    for (const auto &a : data.artists)
        for (const auto &m : a.memberIds)
            if (!artistIds.contains(m))
                problems << u"artists.json \"%1\": member \"%2\" is not an artist"_s.arg(a.id, m);

    // The same song listed twice (by two articles) must be one entry.
    QHash<QString, QString> songKeys;
    for (const auto &s : data.songs) {
        QStringList artistsOfSong;
        for (const auto &c : s.credits) {
            if (!artistIds.contains(c.artistId))
                problems << u"songs.json \"%1\": unknown artist \"%2\""_s.arg(s.id, c.artistId);
            artistsOfSong << c.artistId;
        }
        for (const auto &d : s.dramas)
            if (!dramaIds.contains(d.dramaId))
                problems << u"songs.json \"%1\": unknown drama \"%2\""_s.arg(s.id, d.dramaId);
        artistsOfSong.sort();
        const QString key = TextNormalizer::fold(s.title) + u'|' + artistsOfSong.join(u',');
        if (songKeys.contains(key))
            problems << u"songs.json: \"%1\" and \"%2\" are the same song (same title and artists)"_s.arg(songKeys.value(key), s.id);
        songKeys.insert(key, s.id);
    }
    for (const auto &a : data.awards)
        if (!songIds.contains(a.songId))
            problems << u"awards.json \"%1\": unknown song \"%2\""_s.arg(a.id, a.songId);
    for (const auto &c : data.collections)
        for (const auto &item : c.items) {
            if (!item.songId.isEmpty() && !songIds.contains(item.songId))
                problems << u"collections.json \"%1\": unknown song \"%2\""_s.arg(c.id, item.songId);
            if (!item.dramaId.isEmpty() && !dramaIds.contains(item.dramaId))
                problems << u"collections.json \"%1\": unknown drama \"%2\""_s.arg(c.id, item.dramaId);
        }
    return problems;
}

QString CatalogSource::fingerprint(const QString &directory)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &name : kFiles) {
        QFile f(QDir(directory).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            h.addData(f.readAll());
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace ost
