#include "referencedramas.h"

#include "albums/albumnameparser.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ost {

QStringList ReferenceDrama::names() const
{
    QStringList out { title };
    out += aliases;
    if (!titleKo.isEmpty())
        out << titleKo;
    return out;
}

Result<QList<ReferenceDrama>> ReferenceDramas::load(const QString &catalogDirectory)
{
    const QString file = QString::fromLatin1(kFileName);
    QFile f(QDir(catalogDirectory).filePath(file));
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Kind::Io, u"%1: cannot read (%2)"_s.arg(file, f.errorString()));
    QJsonParseError err {};
    const auto doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return fail(Error::Kind::InvalidInput,
                    u"%1: invalid JSON at offset %2: %3"_s.arg(file).arg(err.offset).arg(err.errorString()));
    if (!doc.isArray())
        return fail(Error::Kind::InvalidInput, u"%1: the top level must be an array"_s.arg(file));
    QStringList problems;
    QList<ReferenceDrama> out;
    const auto text = [&](const QJsonObject &o, const QString &key, const QString &where, bool required) {
        const QJsonValue v = o.value(key);
        if (v.isNull() || v.isUndefined()) {
            if (required)
                problems << u"%1: missing required field \"%2\""_s.arg(where, key);
            return QString();
        }
        if (!v.isString()) {
            problems << u"%1: field \"%2\" must be a string"_s.arg(where, key);
            return QString();
        }
        return v.toString().normalized(QString::NormalizationForm_C).trimmed();
    };
    const auto number = [&](const QJsonObject &o, const QString &key, const QString &where, int absent) {
        const QJsonValue v = o.value(key);
        if (v.isNull() || v.isUndefined())
            return absent;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0) {
            problems << u"%1: field \"%2\" must be a whole number"_s.arg(where, key);
            return absent;
        }
        return v.toInt();
    };
    const QJsonArray all = doc.array();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString where = u"%1 [%2]"_s.arg(file).arg(i);
        if (!all.at(i).isObject()) {
            problems << u"%1: must be an object"_s.arg(where);
            continue;
        }
        const QJsonObject o = all.at(i).toObject();
        ReferenceDrama d;
        d.id = text(o, u"id"_s, where, true);
        const QString named = d.id.isEmpty() ? where : u"%1 \"%2\""_s.arg(file, d.id);
        d.title = text(o, u"title"_s, named, true);
        d.titleKo = text(o, u"title_ko"_s, named, false);
        d.broadcaster = text(o, u"broadcaster"_s, named, false);
        d.source = text(o, u"source"_s, named, true);
        d.year = number(o, u"year"_s, named, 0);
        d.season = number(o, u"season"_s, named, 1);
        const QJsonValue aliases = o.value(u"aliases"_s);
        if (!aliases.isArray())
            problems << u"%1: field \"aliases\" must be an array of strings"_s.arg(named);
        for (const auto &a : aliases.toArray()) {
            if (!a.isString())
                problems << u"%1: field \"aliases\" must be an array of strings"_s.arg(named);
            else if (!a.toString().trimmed().isEmpty())
                d.aliases << a.toString().normalized(QString::NormalizationForm_C).trimmed();
        }
        out << d;
    }
    if (!problems.isEmpty())
        return fail(Error::Kind::InvalidInput, problems.join(u'\n'));
    return out;
}

QStringList ReferenceDramas::validate(const QList<ReferenceDrama> &list, const CatalogData &catalog)
{
    const QString file = QString::fromLatin1(kFileName);
    static const QRegularExpression idPattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    QStringList problems;
    QHash<QString, QString> catalogNames; // key -> catalog drama id
    QSet<QString> catalogIds;
    for (const Drama &d : catalog.dramas) {
        catalogIds.insert(d.id);
        for (const QString &n : QStringList { d.title, d.titleKo, d.romanization } + d.aliases)
            if (!n.isEmpty())
                catalogNames.insert(AlbumNameParser::dramaKey(n), d.id);
    }
    QSet<QString> ids;
    QHash<QString, QString> owner; // name key -> reference id
    QString previousId;
    for (const ReferenceDrama &d : list) {
        const QString where = u"%1 \"%2\""_s.arg(file, d.id);
        if (!idPattern.match(d.id).hasMatch())
            problems << u"%1: id must be lowercase ASCII words joined by '-'"_s.arg(where);
        if (ids.contains(d.id))
            problems << u"%1: duplicate id"_s.arg(where);
        if (catalogIds.contains(d.id))
            problems << u"%1: the catalog has a drama with this id; catalog dramas are not listed here"_s.arg(
                where);
        if (!previousId.isEmpty() && d.id < previousId)
            problems << u"%1: the list must be sorted by id (it comes after \"%2\")"_s.arg(where, previousId);
        previousId = d.id;
        ids.insert(d.id);
        if (d.year != 0 && (d.year < 2000 || d.year > 2025))
            problems << u"%1: year %2 is outside 2000–2025"_s.arg(where).arg(d.year);
        if (d.season < 1 || d.season > 20)
            problems << u"%1: season must be 1 or more"_s.arg(where);
        if (d.source.isEmpty())
            problems << u"%1: says nowhere where its facts come from (\"source\")"_s.arg(where);
        for (const QString &name : d.names()) {
            const QString key = AlbumNameParser::dramaKey(name);
            if (key.isEmpty()) {
                problems << u"%1: the name \"%2\" has no letters"_s.arg(where, name);
                continue;
            }
            if (const QString other = owner.value(key); !other.isEmpty() && other != d.id)
                problems << u"%1: the name \"%2\" is also a name of \"%3\""_s.arg(where, name, other);
            if (const QString c = catalogNames.value(key); !c.isEmpty())
                problems << u"%1: the name \"%2\" is a name of the catalog's drama \"%3\""_s.arg(where, name,
                                                                                                 c);
            owner.insert(key, d.id);
        }
        // A later season is a drama of its own, and its names must say which season it is.
        if (d.season > 1)
            for (const QString &name : d.names())
                if (!QRegularExpression(u"(?<!\\d)%1(?!\\d)"_s.arg(d.season))
                         .match(name.normalized(QString::NormalizationForm_KC))
                         .hasMatch())
                    problems
                        << u"%1: season %2, but its name \"%3\" does not say so (\"%3 %2\", \"Season %2\", \"시즌%2\")"_s
                               .arg(where)
                               .arg(d.season)
                               .arg(name);
    }
    return problems;
}

Result<void> ReferenceDramas::write(const QSqlDatabase &db, const QList<ReferenceDrama> &list)
{
    if (auto r = runQuery(db, u"DELETE FROM reference_names"_s); !r)
        return std::unexpected(r.error());
    if (auto r = runQuery(db, u"DELETE FROM reference_dramas"_s); !r)
        return std::unexpected(r.error());
    QSqlQuery drama(db), name(db);
    if (!drama.prepare(
            u"INSERT INTO reference_dramas(id, title, title_ko, year, broadcaster, season) VALUES (?, ?, ?, ?, ?, ?)"_s)
        || !name.prepare(u"INSERT OR IGNORE INTO reference_names(name_key, reference_id) VALUES (?, ?)"_s))
        return fail(Error::Kind::Database, QObject::tr("Cannot prepare the reference list's statements."));
    for (const ReferenceDrama &d : list) {
        const QVariantList values {
            d.id, d.title, nullIfEmpty(d.titleKo), nullIfZero(d.year), nullIfEmpty(d.broadcaster), d.season
        };
        for (int i = 0; i < values.size(); ++i)
            drama.bindValue(i, values.at(i));
        if (!drama.exec())
            return fail(Error::Kind::Io, QObject::tr("Cannot write the reference drama \"%1\".").arg(d.id));
        for (const QString &n : d.names()) {
            name.bindValue(0, AlbumNameParser::dramaKey(n));
            name.bindValue(1, d.id);
            if (!name.exec())
                return fail(Error::Kind::Io,
                            QObject::tr("Cannot write the names of the reference drama \"%1\".").arg(d.id));
        }
    }
    return {};
}

} // namespace ost
