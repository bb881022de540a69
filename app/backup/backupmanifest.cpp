#include "backupmanifest.h"

#include "core/jsondepth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

constexpr auto kBackupFormat = "ostshelf-backup";

struct CountKey
{
    const char16_t *key;
    int BackupManifest::Counts::*field;
};
constexpr CountKey kCountKeys[] = {
    { u"playlists", &BackupManifest::Counts::playlists },
    { u"playlist_items", &BackupManifest::Counts::playlistItems },
    { u"favorite_dramas", &BackupManifest::Counts::favoriteDramas },
    { u"favorite_songs", &BackupManifest::Counts::favoriteSongs },
    { u"custom_posters", &BackupManifest::Counts::customPosters },
    { u"local_files", &BackupManifest::Counts::localFiles },
    { u"pack_files", &BackupManifest::Counts::packFiles },
};

bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 9.0e15
        && v.toDouble() == double(qint64(v.toDouble()));
}

} // namespace

const BackupManifest::File *BackupManifest::find(const QString &path) const
{
    for (const auto &f : files)
        if (f.path == path)
            return &f;
    return nullptr;
}

bool BackupManifest::isValidPath(const QString &path)
{
    // Playlist names become file names, so they may hold any printable character but '/'.
    static const QRegularExpression re(
        u"^(library\\.sqlite|playlists/[^/\\\\\\x00-\\x1f]{1,120}\\.m3u8|(posters|packfiles|covers)/[A-Za-z0-9._-]{1,120})$"_s);
    return re.match(path).hasMatch() && !path.contains(u"/."_s);
}

QByteArray BackupManifest::toJson() const
{
    QJsonObject countObject;
    for (const auto &k : kCountKeys)
        countObject.insert(QString::fromUtf16(k.key), counts.*k.field);
    QJsonArray list;
    for (const auto &f : files)
        list << QJsonObject { { u"path"_s, f.path },
                              { u"size"_s, double(f.size) },
                              { u"sha256"_s, QString::fromLatin1(f.sha256) } };
    const QJsonObject root { { u"format"_s, QString::fromLatin1(kBackupFormat) },
                             { u"version"_s, formatVersion },
                             { u"created"_s, createdAt },
                             { u"generator"_s, generator },
                             { u"schema"_s, schemaVersion },
                             { u"counts"_s, countObject },
                             { u"files"_s, list } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<BackupManifest> BackupManifest::parse(const QByteArray &json)
{
    auto bad = [](const QString &why) {
        return fail(Error::Kind::InvalidInput, QObject::tr("The backup's manifest is invalid: %1").arg(why));
    };
    if (json.size() > kMaxBytes)
        return bad(QObject::tr("it is larger than %1 MiB.").arg(kMaxBytes >> 20));
    if (jsonNestingDepth(json) > kMaxDepth)
        return bad(QObject::tr("it nests deeper than %1 levels.").arg(kMaxDepth));
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return bad(QObject::tr("not JSON (%1 at byte %2).").arg(err.errorString()).arg(err.offset));
    if (!doc.isObject())
        return bad(QObject::tr("the top level must be an object."));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != QLatin1StringView(kBackupFormat))
        return bad(QObject::tr("\"format\" must be \"%1\"; this is not an OST Shelf backup.")
                       .arg(QLatin1StringView(kBackupFormat)));
    BackupManifest m;
    const QJsonValue version = root.value(u"version"_s);
    if (!isWholeNumber(version))
        return bad(QObject::tr("\"version\" must be an integer."));
    m.formatVersion = version.toInt();
    if (m.formatVersion > kFormatVersion)
        return fail(
            Error::Kind::UnsupportedVersion,
            QObject::tr(
                "This backup was made by a newer version of OST Shelf (backup format %1; this version "
                "reads %2).")
                .arg(m.formatVersion)
                .arg(kFormatVersion));
    if (m.formatVersion < 1)
        return bad(QObject::tr("\"version\" must be at least 1."));
    const QJsonValue schema = root.value(u"schema"_s);
    if (!isWholeNumber(schema) || schema.toInt() < 1)
        return bad(QObject::tr("\"schema\" must be a positive integer."));
    m.schemaVersion = schema.toInt();
    if (!root.value(u"created"_s).isString())
        return bad(QObject::tr("\"created\" must be a string."));
    m.createdAt = root.value(u"created"_s).toString();
    m.generator = root.value(u"generator"_s).toString();
    const QJsonValue counts = root.value(u"counts"_s);
    if (!counts.isObject())
        return bad(QObject::tr("\"counts\" must be an object."));
    for (const auto &k : kCountKeys) {
        const QJsonValue v = counts.toObject().value(QString::fromUtf16(k.key));
        if (v.isUndefined())
            continue;
        if (!isWholeNumber(v) || v.toDouble() > 1e9)
            return bad(QObject::tr("\"counts.%1\" must be a whole number.").arg(QString::fromUtf16(k.key)));
        m.counts.*k.field = v.toInt();
    }
    const QJsonValue files = root.value(u"files"_s);
    if (!files.isArray())
        return bad(QObject::tr("\"files\" must be an array."));
    static const QRegularExpression shaRe(u"^[0-9a-f]{64}$"_s);
    QSet<QString> seen;
    for (qsizetype i = 0; i < files.toArray().size(); ++i) {
        const QJsonValue v = files.toArray().at(i);
        if (!v.isObject())
            return bad(QObject::tr("files[%1] must be an object.").arg(i));
        const QJsonObject o = v.toObject();
        File f;
        if (!o.value(u"path"_s).isString())
            return bad(QObject::tr("files[%1].path must be a string.").arg(i));
        f.path = o.value(u"path"_s).toString();
        if (!isValidPath(f.path))
            return bad(QObject::tr("files[%1].path \"%2\" is not a place a backup may put a file.")
                           .arg(i)
                           .arg(f.path));
        if (seen.contains(f.path))
            return bad(QObject::tr("\"%1\" is listed twice.").arg(f.path));
        seen.insert(f.path);
        if (!isWholeNumber(o.value(u"size"_s)))
            return bad(QObject::tr("files[%1].size must be a whole number.").arg(i));
        f.size = qint64(o.value(u"size"_s).toDouble());
        const QString sha = o.value(u"sha256"_s).toString();
        if (!shaRe.match(sha).hasMatch())
            return bad(QObject::tr("files[%1].sha256 must be 64 lowercase hex digits.").arg(i));
        f.sha256 = sha.toLatin1();
        m.files << f;
    }
    if (!m.find(QString::fromLatin1(kDatabase)))
        return bad(QObject::tr("it lists no library.sqlite."));
    return m;
}

} // namespace ost
