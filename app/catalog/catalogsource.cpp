#include "catalogsource.h"

#include "catalogjson.h"
#include "referencedramas.h"
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

bool validId(const QString &id)
{
    static const QRegularExpression re(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return re.match(id).hasMatch();
}

} // namespace

Result<CatalogData> CatalogSource::load(const QString &directory)
{
    QStringList problems;
    QJsonObject sections;
    for (const QString &name : CatalogJson::sections()) {
        const QString file = name + u".json"_s;
        QFile f(QDir(directory).filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            problems << u"%1: cannot read (%2)"_s.arg(file, f.errorString());
            continue;
        }
        QJsonParseError err {};
        const auto doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (err.error != QJsonParseError::NoError)
            problems
                << u"%1: invalid JSON at offset %2: %3"_s.arg(file).arg(err.offset).arg(err.errorString());
        else if (!doc.isArray())
            problems << u"%1: the top level must be an array"_s.arg(file);
        else
            sections.insert(name, doc.array());
    }
    // Every fact of the bundled catalog says where it comes from (an article or public record).
    for (const QString &name : { u"dramas"_s, u"songs"_s, u"awards"_s })
        for (const auto &v : sections.value(name).toArray())
            if (v.isObject() && v.toObject().value(u"source"_s).toString().trimmed().isEmpty())
                problems << u"%1.json \"%2\": says nowhere where its facts come from (\"source\")"_s.arg(
                    name, v.toObject().value(u"id"_s).toString());
    CatalogData data = CatalogJson::parse(sections, u".json"_s, problems);
    problems << validate(data);
    if (!problems.isEmpty())
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("The catalog in %1 has %n problem(s):\n", nullptr, int(problems.size()))
                            .arg(directory)
                        + problems.join(u'\n'));
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
    for (const auto &a : data.artists)
        ids << a.id;
    const auto artistIds = checkIds(u"artists.json"_s, ids);
    ids.clear();
    for (const auto &d : data.dramas)
        ids << d.id;
    const auto dramaIds = checkIds(u"dramas.json"_s, ids);
    ids.clear();
    for (const auto &s : data.songs)
        ids << s.id;
    const auto songIds = checkIds(u"songs.json"_s, ids);
    ids.clear();
    for (const auto &a : data.awards)
        ids << a.id;
    checkIds(u"awards.json"_s, ids);
    ids.clear();
    for (const auto &c : data.collections)
        ids << c.id;
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
            problems << u"songs.json: \"%1\" and \"%2\" are the same song (same title and artists)"_s.arg(
                songKeys.value(key), s.id);
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
    for (const QString &name : CatalogJson::sections()) {
        QFile f(QDir(directory).filePath(name + u".json"_s));
        if (f.open(QIODevice::ReadOnly))
            h.addData(f.readAll());
    }
    QFile reference(QDir(directory).filePath(QString::fromLatin1(ReferenceDramas::kFileName)));
    if (reference.open(QIODevice::ReadOnly))
        h.addData(reference.readAll());
    return QString::fromLatin1(h.result().toHex());
}

} // namespace ost
