#include "packmanifest.h"

#include "catalog/catalogjson.h"
#include "catalog/catalogsource.h"
#include "core/jsondepth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

constexpr auto kPackFormat = "ostshelf-pack";

} // namespace

bool PackManifest::isImageSuffix(const QString &suffix)
{
    static const QStringList s = { u"png"_s, u"jpg"_s, u"jpeg"_s, u"webp"_s };
    return s.contains(suffix);
}

bool PackManifest::isAudioSuffix(const QString &suffix)
{
    static const QStringList s = { u"wav"_s, u"ogg"_s, u"opus"_s, u"flac"_s, u"mp3"_s, u"m4a"_s };
    return s.contains(suffix);
}

QByteArray PackManifest::toJson() const
{
    QJsonArray list;
    for (const auto &f : files)
        list << QJsonObject { { u"path"_s, f.path },
                              { u"kind"_s, PackFile::kindName(f.kind) },
                              { u"owner"_s, f.ownerId },
                              { u"size"_s, double(f.size) },
                              { u"sha256"_s, QString::fromLatin1(f.sha256) } };
    const QJsonObject o { { u"format"_s, QString::fromLatin1(kPackFormat) },
                          { u"version"_s, formatVersion },
                          { u"title"_s, title },
                          { u"created"_s, createdAt },
                          { u"generator"_s, generator },
                          { u"catalog"_s, CatalogJson::toJson(catalog) },
                          { u"files"_s, list } };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<PackManifest> PackManifest::parse(const QByteArray &json)
{
    auto bad = [](const QString &why) {
        return fail(Error::Kind::InvalidInput, QObject::tr("The pack's manifest is invalid: %1").arg(why));
    };
    if (json.size() > kMaxBytes)
        return bad(QObject::tr("it is larger than %1 MiB.").arg(kMaxBytes >> 20));
    if (jsonNestingDepth(json) > kMaxDepth)
        return bad(QObject::tr("it nests deeper than %1 levels.").arg(kMaxDepth));
    QJsonParseError err {};
    const auto doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return bad(QObject::tr("malformed JSON at byte %1 (%2).").arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        return bad(QObject::tr("the top level must be an object."));
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s) != QJsonValue(QString::fromLatin1(kPackFormat)))
        return bad(QObject::tr("\"format\" must be \"%1\"; this is not an OST Shelf pack.")
                       .arg(QString::fromLatin1(kPackFormat)));
    const auto version = o.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()))
        return bad(QObject::tr("\"version\" must be a whole number."));
    if (version.toInt() > kFormatVersion)
        return fail(
            Error::Kind::UnsupportedVersion,
            QObject::tr(
                "This pack was made by a newer version of OST Shelf (pack format %1; this version reads "
                "format %2). Update OST Shelf to import it.")
                .arg(version.toInt())
                .arg(kFormatVersion));
    if (version.toInt() < 1)
        return bad(QObject::tr("\"version\" must be 1 or more."));
    for (const auto *key : { "title", "created", "generator" })
        if (const auto v = o.value(QLatin1StringView(key)); !v.isUndefined() && !v.isNull() && !v.isString())
            return bad(QObject::tr("\"%1\" must be a string.").arg(QLatin1StringView(key)));
    if (!o.value(u"catalog"_s).isObject())
        return bad(QObject::tr("\"catalog\" must be an object."));
    if (!o.value(u"files"_s).isArray())
        return bad(QObject::tr("\"files\" must be an array."));

    PackManifest m;
    m.formatVersion = version.toInt();
    m.title = o.value(u"title"_s).toString();
    m.createdAt = o.value(u"created"_s).toString();
    m.generator = o.value(u"generator"_s).toString();
    QStringList problems;
    m.catalog = CatalogJson::parse(o.value(u"catalog"_s).toObject(), QString(), problems);
    if (problems.isEmpty())
        problems << CatalogSource::validate(m.catalog);

    QSet<QString> dramaIds, songIds, paths, owners;
    for (const auto &d : std::as_const(m.catalog.dramas))
        dramaIds.insert(d.id);
    for (const auto &s : std::as_const(m.catalog.songs))
        songIds.insert(s.id);
    static const QRegularExpression pathRe(
        u"^(posters|previews)/([a-z0-9]+(?:-[a-z0-9]+)*)\\.([a-z0-9]{2,5})$"_s);
    static const QRegularExpression shaRe(u"^[0-9a-f]{64}$"_s);
    const auto files = o.value(u"files"_s).toArray();
    for (int i = 0; i < files.size(); ++i) {
        const QString where = u"files[%1]"_s.arg(i);
        if (!files[i].isObject()) {
            problems << u"%1: must be an object"_s.arg(where);
            continue;
        }
        const auto f = files[i].toObject();
        const auto path = f.value(u"path"_s), kind = f.value(u"kind"_s), owner = f.value(u"owner"_s),
                   size = f.value(u"size"_s), sha = f.value(u"sha256"_s);
        if (!path.isString() || !kind.isString() || !owner.isString() || !sha.isString()
            || !size.isDouble()) {
            problems
                << u"%1: needs \"path\", \"kind\", \"owner\" and \"sha256\" as strings and \"size\" as a number"_s
                       .arg(where);
            continue;
        }
        PackFile pf;
        pf.path = path.toString();
        pf.ownerId = owner.toString();
        pf.sha256 = sha.toString().toLatin1();
        const double sz = size.toDouble();
        // Range first: converting a double beyond qint64 to an integer is undefined.
        if (!(sz >= 0 && sz <= 1e12) || sz != std::floor(sz)) {
            problems << u"%1: \"size\" must be a whole number of bytes"_s.arg(where);
            continue;
        }
        pf.size = qint64(sz);
        if (kind.toString() == u"poster"_s)
            pf.kind = PackFile::Kind::Poster;
        else if (kind.toString() == u"preview"_s)
            pf.kind = PackFile::Kind::Preview;
        else {
            problems << u"%1: \"kind\" must be \"poster\" or \"preview\""_s.arg(where);
            continue;
        }
        const auto match = pathRe.match(pf.path);
        const bool poster = pf.kind == PackFile::Kind::Poster;
        if (!match.hasMatch() || match.captured(1) != (poster ? u"posters"_s : u"previews"_s)
            || match.captured(2) != pf.ownerId
            || !(poster ? isImageSuffix(match.captured(3)) : isAudioSuffix(match.captured(3)))) {
            problems << u"%1: path \"%2\" must be %3/%4.<%5>"_s.arg(
                where, pf.path, poster ? u"posters"_s : u"previews"_s, pf.ownerId,
                poster ? u"png|jpg|webp"_s : u"wav|ogg|opus|flac|mp3|m4a"_s);
            continue;
        }
        if (!shaRe.match(QString::fromLatin1(pf.sha256)).hasMatch())
            problems << u"%1: \"sha256\" must be 64 lowercase hex digits"_s.arg(where);
        if (!(poster ? dramaIds : songIds).contains(pf.ownerId))
            problems << u"%1: owner \"%2\" is not a %3 in this pack"_s.arg(where, pf.ownerId,
                                                                           poster ? u"drama"_s : u"song"_s);
        if (paths.contains(pf.path) || owners.contains(PackFile::kindName(pf.kind) + pf.ownerId))
            problems << u"%1: a second file for \"%2\""_s.arg(where, pf.ownerId);
        paths.insert(pf.path);
        owners.insert(PackFile::kindName(pf.kind) + pf.ownerId);
        m.files << pf;
    }
    if (!problems.isEmpty()) {
        const int shown = std::min<int>(int(problems.size()), 12);
        return bad(problems.mid(0, shown).join(u"; "_s)
                   + (problems.size() > shown ? QObject::tr(" … and %1 more").arg(problems.size() - shown)
                                              : QString()));
    }
    return m;
}

} // namespace ost
