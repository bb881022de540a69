#include "coverstore.h"

#include "images/imageheader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ost {

CoverStore::CoverStore(QString dataDir)
    : m_dataDir(dataDir)
    , m_dir(QDir(dataDir).filePath(u"covers"_s))
{ }

Result<QByteArray> CoverStore::check(QIODevice *device, const QString &what)
{
    const auto header = ImageHeader::read(device);
    if (!header)
        return fail(
            Error::Kind::InvalidInput,
            QObject::tr("%1 is not an image this app can read: %2").arg(what, header.error().message));
    if (header->width > kMaxDimension || header->height > kMaxDimension)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("%1 claims %2×%3 pixels, more than %4 a side; it was not used")
                        .arg(what)
                        .arg(header->width)
                        .arg(header->height)
                        .arg(kMaxDimension));
    return header->format;
}

Result<QString> CoverStore::folderCover(const QString &folder)
{
    if (const auto it = m_folders.constFind(folder); it != m_folders.cend())
        return *it;
    Result<QString> found = QString();
    const QDir dir(folder);
    const QStringList names = dir.entryList({ u"cover.*"_s, u"folder.*"_s, u"front.*"_s },
                                            QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    for (const QString &name : names) {
        const QString suffix = name.section(u'.', -1).toLower();
        if (!QStringList { u"jpg"_s, u"jpeg"_s, u"png"_s, u"webp"_s, u"bmp"_s, u"gif"_s }.contains(suffix))
            continue;
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            found = fail(Error::Kind::Io,
                         QObject::tr("the cover %1 cannot be read (%2)").arg(f.fileName(), f.errorString()));
            continue;
        }
        if (auto ok = check(&f, f.fileName()); !ok) {
            found = std::unexpected(ok.error());
            continue;
        }
        found = f.fileName();
        break;
    }
    m_folders.insert(folder, found);
    return found;
}

Result<QString> CoverStore::saveEmbedded(const CoverImage &image)
{
    if (image.data.isEmpty())
        return QString();
    QBuffer buffer;
    buffer.setData(image.data);
    buffer.open(QIODevice::ReadOnly);
    const auto format = check(&buffer, QObject::tr("the embedded picture"));
    if (!format)
        return std::unexpected(format.error());
    const QString suffix = QString::fromLatin1(*format);
    const QString name
        = QString::fromLatin1(QCryptographicHash::hash(image.data, QCryptographicHash::Sha1).toHex()) + u'.'
        + suffix;
    const QString path = QDir(m_dir).filePath(name);
    QString relative = u"covers/"_s + name;
    if (QFile::exists(path))
        return relative;
    if (!QDir().mkpath(m_dir))
        return fail(Error::Kind::Io, QObject::tr("cannot create the folder %1 for covers").arg(m_dir));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(image.data) != image.data.size() || !out.commit())
        return fail(Error::Kind::Io,
                    QObject::tr("cannot save the cover to %1 (%2)").arg(path, out.errorString()));
    return relative;
}

} // namespace ost
