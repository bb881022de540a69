#include "packwriter.h"

#include <KZip>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace ost {

Result<PackManifest> PackWriter::write(const QString &path, PackManifest manifest,
                                       const QList<PackSource> &sources, const PackProgress &progress)
{
    qint64 total = 0, done = 0;
    for (const auto &s : sources)
        total += QFileInfo(s.sourcePath).size();

    // KZip writes the part file; only a complete pack is renamed over path.
    const QString part = path + u".part"_s;
    QFile::remove(part);
    Result<PackManifest> result = manifest;
    {
        KZip zip(part);
        zip.setCompression(KZip::DeflateCompression);
        zip.setExtraField(KZip::NoExtraField);
        if (!zip.open(QIODevice::WriteOnly))
            return fail(Error::Kind::Io, QObject::tr("Cannot write %1: %2").arg(path, zip.errorString()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QByteArray buf(64 * 1024, Qt::Uninitialized);
        manifest.files.clear();
        for (const auto &s : sources) {
            QFile in(s.sourcePath);
            if (!in.open(QIODevice::ReadOnly)) {
                result = fail(Error::Kind::Io,
                              QObject::tr("Cannot read %1: %2").arg(s.sourcePath, in.errorString()));
                break;
            }
            PackFile f;
            f.kind = s.kind;
            f.ownerId = s.ownerId;
            f.size = in.size();
            const QString suffix = QFileInfo(s.sourcePath).suffix().toLower();
            f.path = (s.kind == PackFile::Kind::Poster ? u"posters/"_s : u"previews/"_s) + s.ownerId + u'.'
                + suffix;
            // Audio and images are compressed already: store them as they are.
            zip.setCompression(KZip::NoCompression);
            if (!zip.prepareWriting(f.path, QString(), QString(), f.size, 0100644, now, now, now)) {
                result
                    = fail(Error::Kind::Io, QObject::tr("Cannot write %1: %2").arg(path, zip.errorString()));
                break;
            }
            QCryptographicHash hash(QCryptographicHash::Sha256);
            qint64 copied = 0;
            while (copied < f.size) {
                const qint64 n = in.read(buf.data(), buf.size());
                if (n <= 0)
                    break;
                hash.addData(QByteArrayView(buf.constData(), n));
                if (!zip.writeData(buf.constData(), n))
                    break;
                copied += n;
                done += n;
            }
            if (copied != f.size || !zip.finishWriting(f.size)) {
                result
                    = fail(Error::Kind::Io, QObject::tr("Cannot copy %1 into the pack.").arg(s.sourcePath));
                break;
            }
            f.sha256 = hash.result().toHex();
            manifest.files << f;
            if (progress && !progress(done, total)) {
                result = fail(QObject::tr("Export cancelled; no pack was written."));
                break;
            }
        }
        if (result) {
            manifest.createdAt = now.toString(Qt::ISODate);
            manifest.generator = u"OST Shelf "_s + QStringLiteral(OSTSHELF_VERSION);
            zip.setCompression(KZip::DeflateCompression);
            const QByteArray json = manifest.toJson();
            if (!zip.writeFile(u"manifest.json"_s, json, 0100644, QString(), QString(), now, now, now))
                result
                    = fail(Error::Kind::Io, QObject::tr("Cannot write %1: %2").arg(path, zip.errorString()));
        }
        if (!zip.close() && result)
            result = fail(Error::Kind::Io, QObject::tr("Cannot write %1: %2").arg(path, zip.errorString()));
    }
    if (!result) {
        QFile::remove(part);
        return result;
    }
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(part);
        return fail(
            Error::Kind::Io,
            QObject::tr("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return manifest;
}

} // namespace ost
