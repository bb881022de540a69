#include "playlistimporter.h"

#include "core/legacytext.h"
#include "playlistlocation.h"
#include "repositories/localfilerepository.h"
#include "repositories/playlistrepository.h"
#include "tags/tagreader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

const QString kIdPrefix = u"urn:ostshelf:song:"_s;

QString describe(const QString &location, const QString &display)
{
    if (!display.isEmpty() && location.isEmpty())
        return display;
    return location.isEmpty() ? display : location;
}

} // namespace

PlaylistImporter::PlaylistImporter(const SongMatcher &matcher, QHash<QString, QString> songsByPath)
    : m_matcher(matcher)
    , m_songsByPath(std::move(songsByPath))
{ }

Result<PlaylistImporter::Imported> PlaylistImporter::importIntoLibrary(const Database &db,
                                                                       const QString &fileName)
{
    auto matcher = SongMatcher::load(db);
    auto byPath = LocalFileRepository(db).songsByPath();
    if (!matcher || !byPath)
        return std::unexpected(!matcher ? matcher.error() : byPath.error());
    auto report = PlaylistImporter(*matcher, *byPath).importFile(fileName);
    if (!report)
        return std::unexpected(report.error());
    PlaylistRepository repo(db);
    const auto checked = PlaylistRepository::checkName(report->name);
    auto name = repo.freeName(checked ? *checked : QFileInfo(fileName).completeBaseName());
    if (!name)
        return std::unexpected(name.error());
    report->name = *name;
    auto id = repo.create(*name, report->songIds);
    if (!id)
        return std::unexpected(id.error());
    return Imported { *id, *report };
}

QString PlaylistImporter::Report::summary() const
{
    QString s
        = QObject::tr("Imported %n song(s) into \"%1\" (file encoding %2).", nullptr, int(songIds.size()))
              .arg(name, encoding);
    int uncertain = 0;
    for (const auto &m : matched)
        uncertain += m.uncertain ? 1 : 0;
    if (uncertain > 0) {
        s += u"\n\n"_s + QObject::tr("Matched by title only — please check:");
        for (const auto &m : matched)
            if (m.uncertain)
                s += u"\n  • "_s + m.entry + u" → "_s + m.songId + u" ("_s + m.how + u")"_s;
    }
    if (!skipped.isEmpty()) {
        s += u"\n\n"_s + QObject::tr("Skipped %n entr(y/ies):", nullptr, int(skipped.size()));
        for (const auto &k : skipped)
            s += u"\n  • "_s + k.entry + u": "_s + k.reason;
    }
    return s;
}

Result<PlaylistImporter::Report> PlaylistImporter::importFile(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::Kind::NotFound,
                    QObject::tr("Cannot import \"%1\": the file does not exist.").arg(path));
    if (PlaylistLocation::resolve(info.absoluteFilePath(), {}).kind() != PlaylistLocation::Kind::LocalFile)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("Cannot import \"%1\": it is not a regular file.").arg(path));
    if (info.size() > kMaxFileBytes)
        return fail(
            Error::Kind::InvalidInput,
            QObject::tr("Cannot import \"%1\": %2 MB is too large for a playlist (the limit is %3 MB).")
                .arg(path)
                .arg(info.size() / (1024 * 1024))
                .arg(kMaxFileBytes / (1024 * 1024)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Kind::Io, QObject::tr("Cannot read \"%1\": %2").arg(path, f.errorString()));
    return parse(f.read(kMaxFileBytes + 1), info.absoluteFilePath());
}

Result<PlaylistImporter::Report> PlaylistImporter::parse(const QByteArray &bytes,
                                                         const QString &fileName) const
{
    const QFileInfo info(fileName);
    Report report;
    report.name = info.completeBaseName();
    QList<RawEntry> entries;
    const QString suffix = info.suffix().toLower();
    const bool looksXml = bytes.trimmed().startsWith("<?xml") || bytes.trimmed().startsWith("<playlist");
    if (suffix == u"xspf"_s || (suffix != u"m3u"_s && suffix != u"m3u8"_s && looksXml)) {
        auto x = parseXspf(bytes);
        if (!x)
            return fail(x.error().kind,
                        QObject::tr("Cannot import \"%1\": %2").arg(info.fileName(), x.error().message));
        if (!x->first.isEmpty())
            report.name = x->first;
        entries = x->second;
        report.encoding = u"UTF-8"_s;
    } else {
        const auto decoded = LegacyText::decode(bytes);
        // .m3u8 is UTF-8 by definition; anything else there is a broken file, not CP949.
        report.encoding = LegacyText::encodingName(decoded.encoding);
        auto m = parseM3u(decoded.text);
        if (!m)
            return fail(m.error().kind,
                        QObject::tr("Cannot import \"%1\": %2").arg(info.fileName(), m.error().message));
        entries = *m;
        static const QRegularExpression nameLine(u"^#PLAYLIST:(.+)$"_s, QRegularExpression::MultilineOption);
        if (const auto n = nameLine.match(decoded.text); n.hasMatch())
            report.name = n.captured(1).trimmed();
    }
    if (entries.size() > kMaxEntries)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("Cannot import \"%1\": it has %2 entries; the limit is %3.")
                        .arg(info.fileName())
                        .arg(entries.size())
                        .arg(kMaxEntries));
    for (const auto &e : entries)
        resolve(e, info.absolutePath(), report);
    return report;
}

Result<QList<PlaylistImporter::RawEntry>> PlaylistImporter::parseM3u(const QString &text) const
{
    QList<RawEntry> out;
    RawEntry pending;
    bool hasPending = false;
    const auto flushIdOnly = [&] {
        if (hasPending && !pending.songId.isEmpty())
            out << pending;
        pending = {};
        hasPending = false;
    };
    // Lines end in LF, CRLF or a lone CR (old Mac players).
    static const QRegularExpression eol(u"\r\n|\r|\n"_s);
    for (QString line : text.split(eol)) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"#OSTSHELF-SONG:"_s)) {
            flushIdOnly();
            const QString rest = line.mid(15);
            const int comma = int(rest.indexOf(u','));
            pending.songId = comma < 0 ? rest : rest.left(comma);
            pending.display = comma < 0 ? QString() : rest.mid(comma + 1);
            hasPending = true;
        } else if (line.startsWith(u"#EXTINF:"_s, Qt::CaseInsensitive)) {
            const int comma = int(line.indexOf(u','));
            pending.display = comma < 0 ? QString() : line.mid(comma + 1).trimmed();
            hasPending = true;
        } else if (line.startsWith(u'#')) {
            continue; // #EXTM3U, #EXTGRP, comments
        } else {
            pending.location = line;
            out << pending;
            pending = {};
            hasPending = false;
        }
        if (out.size() > kMaxEntries)
            break;
    }
    flushIdOnly();
    return out;
}

Result<std::pair<QString, QList<PlaylistImporter::RawEntry>>>
PlaylistImporter::parseXspf(const QByteArray &bytes) const
{
    QXmlStreamReader xml(bytes);
    xml.setEntityExpansionLimit(1024);
    QString title;
    QList<RawEntry> out;
    RawEntry track;
    bool inTrack = false, sawPlaylist = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD) {
            // XSPF has no DTD; entity declarations are how "billion laughs" bombs start.
            if (!xml.entityDeclarations().isEmpty() || !xml.dtdName().isEmpty())
                return fail(
                    Error::Kind::InvalidInput,
                    QObject::tr(
                        "the XML declares a DTD or entities, which XSPF never uses; nothing was imported"));
            continue;
        }
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (!sawPlaylist) {
                if (name != u"playlist"_s)
                    return fail(Error::Kind::InvalidInput,
                                QObject::tr("this is XML but not an XSPF playlist (no <playlist> root)"));
                sawPlaylist = true;
            } else if (name == u"track"_s) {
                inTrack = true;
                track = {};
            } else if (name == u"title"_s && !inTrack) {
                title = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            } else if (inTrack
                       && (name == u"location"_s || name == u"identifier"_s || name == u"title"_s
                           || name == u"creator"_s)) {
                const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                if (name == u"location"_s && track.location.isEmpty())
                    track.location = text;
                else if (name == u"identifier"_s && text.startsWith(kIdPrefix))
                    track.songId = text.mid(kIdPrefix.size());
                else if (name == u"title"_s)
                    track.title = text;
                else if (name == u"creator"_s)
                    track.artist = text;
            }
        } else if (xml.isEndElement() && xml.name() == u"track"_s && inTrack) {
            inTrack = false;
            out << track;
            if (out.size() > kMaxEntries)
                break;
        }
    }
    if (xml.hasError())
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("invalid XML at line %1: %2; nothing was imported")
                        .arg(xml.lineNumber())
                        .arg(xml.errorString()));
    if (!sawPlaylist)
        return fail(Error::Kind::InvalidInput, QObject::tr("the file is empty or not XML"));
    // XSPF locations are URIs: relative ones are percent-encoded paths.
    for (auto &e : out)
        if (!e.location.isEmpty() && !e.location.contains(u':'))
            e.location = QUrl::fromPercentEncoding(e.location.toUtf8());
    return std::pair { title, out };
}

void PlaylistImporter::resolve(const RawEntry &raw, const QString &dir, Report &report) const
{
    const QString shown
        = describe(raw.location,
                   raw.display.isEmpty() && !raw.title.isEmpty()
                       ? (raw.artist.isEmpty() ? raw.title : raw.artist + u" - "_s + raw.title)
                       : raw.display);
    const auto accept = [&](const QString &id, const QString &how, bool uncertain) {
        report.songIds << id;
        report.matched << Matched { shown, id, how, uncertain };
    };

    std::optional<PlaylistLocation> loc;
    if (!raw.location.isEmpty()) {
        loc = PlaylistLocation::resolve(raw.location, dir);
        if (loc->isSkipped()) {
            report.skipped << Skipped { shown, loc->reason() };
            return;
        }
    }
    if (!raw.songId.isEmpty() && m_matcher.hasSong(raw.songId))
        return accept(raw.songId, QObject::tr("OST Shelf id"), false);
    if (loc) {
        const QString key = loc->path().normalized(QString::NormalizationForm_C);
        if (const QString id = m_songsByPath.value(key); !id.isEmpty())
            return accept(id, QObject::tr("linked file"), false);
        if (loc->kind() == PlaylistLocation::Kind::LocalFile) {
            if (auto tags = TagReader::read(loc->path()); tags && !tags->title.isEmpty()) {
                const auto m = m_matcher.match(tags->title, tags->artist);
                if (m.confidence != SongMatcher::Confidence::None)
                    return accept(m.songId, QObject::tr("file tags: %1").arg(m.why),
                                  m.confidence == SongMatcher::Confidence::Uncertain);
            }
        }
    }
    SongMatcher::Match m;
    if (!raw.title.isEmpty())
        m = m_matcher.match(raw.title, raw.artist);
    else if (!raw.display.isEmpty())
        m = m_matcher.matchDisplay(raw.display);
    if (m.confidence == SongMatcher::Confidence::None && loc) {
        // "03. Punch - Stay With Me.mp3": the file name is the last clue.
        static const QRegularExpression trackNo(u"^\\d{1,3}[\\s._-]+"_s);
        const QString base = QFileInfo(loc->path()).completeBaseName().remove(trackNo);
        m = m_matcher.matchDisplay(base);
    }
    if (m.confidence != SongMatcher::Confidence::None)
        return accept(m.songId, m.why, m.confidence == SongMatcher::Confidence::Uncertain);
    report.skipped << Skipped { shown,
                                loc && loc->kind() == PlaylistLocation::Kind::Missing
                                    ? QObject::tr("file not found and no catalog song matches its name")
                                    : QObject::tr("no catalog song matches (%1)").arg(m.why) };
}

} // namespace ost
