#include "packreader.h"

#include "archive/safearchive.h"
#include "images/imageheader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ost {

ArchiveLimits PackReader::limits()
{
    ArchiveLimits l;
    l.maxEntries = 50000;
    l.maxEntrySize = qint64(64) << 20; // a preview clip or a poster
    l.maxTotalSize = qint64(4) << 30;
    l.maxDepth = 2;
    return l;
}

QString PackReader::notAudio(const QByteArray &head, const QString &suffix)
{
    bool ok = false;
    if (suffix == u"wav"_s)
        ok = head.startsWith("RIFF") && head.mid(8, 4) == "WAVE";
    else if (suffix == u"ogg"_s || suffix == u"opus"_s)
        ok = head.startsWith("OggS");
    else if (suffix == u"flac"_s)
        ok = head.startsWith("fLaC");
    else if (suffix == u"mp3"_s)
        ok = head.startsWith("ID3")
            || (head.size() > 1 && uchar(head[0]) == 0xff && (uchar(head[1]) & 0xe0) == 0xe0);
    else if (suffix == u"m4a"_s)
        ok = head.mid(4, 4) == "ftyp";
    return ok ? QString() : QObject::tr("its content is not %1 audio").arg(suffix.toUpper());
}

Result<StagedPack> PackReader::read(const QString &packPath, const QString &stagingParent,
                                    const PackProgress &progress)
{
    auto archive = SafeArchive::open(packPath, SafeArchive::Kind::Zip, limits());
    if (!archive)
        return fail(archive.error().kind,
                    QObject::tr("The pack %1 cannot be imported: %2")
                        .arg(QFileInfo(packPath).fileName(), archive.error().message));
    auto refuse = [&](const QString &why) {
        return fail(
            Error::Kind::InvalidInput,
            QObject::tr("The pack %1 cannot be imported: %2").arg(QFileInfo(packPath).fileName(), why));
    };
    if (!archive->find(u"manifest.json"_s))
        return refuse(QObject::tr("it has no manifest.json (is it an OST Shelf pack?)."));
    auto json = archive->read(u"manifest.json"_s, PackManifest::kMaxBytes);
    if (!json)
        return refuse(json.error().message);
    auto manifest = PackManifest::parse(*json);
    if (!manifest)
        return refuse(manifest.error().message);

    // The archive and the manifest must agree exactly.
    QSet<QString> listed;
    qint64 total = 0;
    for (const auto &f : std::as_const(manifest->files)) {
        listed.insert(f.path);
        const ArchiveEntry *e = archive->find(f.path);
        if (!e)
            return refuse(QObject::tr("the manifest lists %1, which is not in the pack.").arg(f.path));
        if (e->size != f.size)
            return refuse(QObject::tr("%1 is %2 bytes, but the manifest says %3.")
                              .arg(f.path)
                              .arg(e->size)
                              .arg(f.size));
        total += f.size;
    }
    for (const auto &e : archive->files())
        if (e.path != u"manifest.json"_s && !listed.contains(e.path))
            return refuse(QObject::tr("%1 is in the pack but not in its manifest.").arg(e.path));

    StagedPack staged;
    staged.packPath = packPath;
    if (!QDir().mkpath(stagingParent))
        return refuse(QObject::tr("cannot create %1.").arg(stagingParent));
    staged.dir = std::make_shared<QTemporaryDir>(QDir(stagingParent).filePath(u".import-XXXXXX"_s));
    if (!staged.dir->isValid())
        return refuse(QObject::tr("cannot create a staging folder in %1: %2")
                          .arg(stagingParent, staged.dir->errorString()));

    qint64 before = 0;
    for (const auto &f : std::as_const(manifest->files)) {
        StagedFile sf;
        sf.file = f;
        sf.suffix = QFileInfo(f.path).suffix();
        sf.stagedPath
            = staged.dir->filePath(u"%1-%2.%3"_s.arg(PackFile::kindName(f.kind), f.ownerId, sf.suffix));
        bool cancelled = false;
        auto sha = archive->extract(f.path, sf.stagedPath, [&](qint64 n) {
            if (progress && !progress(before + n, total))
                cancelled = true;
        });
        if (!sha)
            return refuse(sha.error().message);
        if (cancelled)
            return fail(QObject::tr("Import cancelled; nothing was changed."));
        before += f.size;
        if (*sha != f.sha256)
            return refuse(QObject::tr("%1 does not match the SHA-256 in the manifest (damaged or altered).")
                              .arg(f.path));

        if (f.kind == PackFile::Kind::Poster) {
            const auto header = ImageHeader::readFile(sf.stagedPath);
            QString why;
            if (!header)
                why = header.error().message;
            else if (header->width > kMaxPosterSide || header->height > kMaxPosterSide)
                why = QObject::tr("it claims %1×%2 pixels").arg(header->width).arg(header->height);
            if (!why.isEmpty()) {
                staged.warnings
                    << QObject::tr("The poster %1 was left out: %2; the drama keeps its generated poster.")
                           .arg(f.path, why);
                QFile::remove(sf.stagedPath);
                continue;
            }
        } else {
            QFile clip(sf.stagedPath);
            if (!clip.open(QIODevice::ReadOnly))
                return refuse(QObject::tr("cannot read back %1.").arg(f.path));
            if (const QString why = notAudio(clip.read(16), sf.suffix); !why.isEmpty())
                return refuse(QObject::tr("the preview %1 is not an audio file: %2.").arg(f.path, why));
        }
        staged.files << sf;
    }
    staged.manifest = std::move(*manifest);
    return staged;
}

} // namespace ost
