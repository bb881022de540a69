#include "posterloader.h"

#include "core/logging.h"
#include "postergenerator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ost {

PosterLoader::PosterLoader(QString cacheDir, QObject *parent)
    : QObject(parent)
    , m_cacheDir(std::move(cacheDir))
{
    QDir().mkpath(m_cacheDir);
    m_thread.setObjectName(u"ostshelf-posters"_s);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

PosterLoader::~PosterLoader()
{
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

QString PosterLoader::cachePath(const PosterSpec &spec, QSize size, qreal dpr) const
{
    QString key = spec.title + u'\1' + spec.titleKo + u'\1' + QString::number(spec.year) + u'\1'
        + spec.broadcaster + u'\1' + QString::number(PosterGenerator::kVersion);
    if (!spec.customPath.isEmpty())
        key += u'\1' + spec.customPath + u'\1'
            + QString::number(QFileInfo(spec.customPath).lastModified().toMSecsSinceEpoch());
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    const QSize px = (QSizeF(size) * dpr).toSize();
    return QDir(m_cacheDir)
        .filePath(u"%1-%2x%3-%4.png"_s.arg(spec.dramaId)
                      .arg(px.width())
                      .arg(px.height())
                      .arg(QString::fromLatin1(hash)));
}

QImage PosterLoader::load(const PosterSpec &spec, QSize size, qreal dpr) const
{
    const QString cached = cachePath(spec, size, dpr);
    QImage img;
    if (QFileInfo::exists(cached) && img.load(cached)) {
        img.setDevicePixelRatio(dpr);
        return img;
    }
    const QSize px = (QSizeF(size) * dpr).toSize();
    if (!spec.customPath.isEmpty()) {
        QImageReader reader(spec.customPath);
        reader.setAutoTransform(true);
        const QSize original = reader.size();
        // Claims of huge dimensions are refused before decoding; the placeholder stays.
        if (original.isValid() && original.width() <= 20000 && original.height() <= 20000) {
            // Decode straight at display size (cover crop), not full size then scale.
            const QSize scaled = original.scaled(px, Qt::KeepAspectRatioByExpanding);
            reader.setScaledSize(scaled);
            QImage decoded = reader.read();
            if (!decoded.isNull())
                img = decoded.copy(QRect(
                    QPoint((scaled.width() - px.width()) / 2, (scaled.height() - px.height()) / 2), px));
        }
        if (img.isNull())
            qCWarning(lcPosters) << "cannot use poster" << spec.customPath << reader.errorString();
        else
            img.setDevicePixelRatio(dpr);
    }
    if (img.isNull())
        img = PosterGenerator::generate(spec, size, dpr);
    QSaveFile f(cached);
    if (f.open(QIODevice::WriteOnly) && img.save(&f, "PNG"))
        f.commit();
    return img;
}

QImage PosterLoader::withRoundedCorners(QImage image)
{
    if (image.isNull())
        return image;
    // Corners cut here, on the loader's thread: a view then draws the poster as it is,
    // without clipping every poster of every frame to a rounded path.
    QImage out = std::move(image).convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const qreal dpr = out.devicePixelRatio();
    const QSizeF logical = QSizeF(out.size()) / dpr;
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setCompositionMode(QPainter::CompositionMode_DestinationIn);
    QPainterPath keep;
    keep.addRoundedRect(QRectF(QPointF(), logical), kCornerRadius, kCornerRadius);
    QPainterPath cut;
    cut.addRect(QRectF(QPointF(), logical));
    p.fillPath(cut.subtracted(keep), Qt::transparent);
    return out;
}

void PosterLoader::request(const PosterSpec &spec, QSize size, qreal dpr)
{
    std::optional<Request> droppedRequest;
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_front(Request { spec, size, dpr });
        if (m_queue.size() > kMaxQueued) {
            droppedRequest = m_queue.back();
            m_queue.pop_back();
        }
    }
    if (droppedRequest)
        Q_EMIT dropped(droppedRequest->spec.dramaId, droppedRequest->size);
    QMetaObject::invokeMethod(
        m_worker, [this] { serveNewest(); }, Qt::QueuedConnection);
}

void PosterLoader::serveNewest()
{
    if (QThread::currentThread()->isInterruptionRequested())
        return;
    Request r;
    {
        QMutexLocker lock(&m_mutex);
        if (m_queue.empty())
            return; // its request was dropped; nothing to do for this wake-up
        r = m_queue.front();
        m_queue.pop_front();
    }
    const QImage img = withRoundedCorners(load(r.spec, r.size, r.dpr));
    Q_EMIT ready(r.spec.dramaId, r.size, img); // queued to receivers on the GUI thread
}

} // namespace ost
