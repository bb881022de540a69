#pragma once

#include "posterspec.h"

#include <QImage>
#include <QObject>
#include <QThread>

namespace ost {

// Produces posters off the GUI thread: the user's image decoded at display size, or our
// generated art; both kept in a disk thumbnail cache so the next start only reads a PNG.
class PosterLoader : public QObject
{
    Q_OBJECT
public:
    explicit PosterLoader(QString cacheDir, QObject *parent = nullptr);
    ~PosterLoader() override;

    // Asynchronous: ready() is emitted on the caller's thread.
    void request(const ost::PosterSpec &spec, QSize size, qreal devicePixelRatio);
    // Synchronous work, used by the worker and by tests.
    QImage load(const PosterSpec &spec, QSize size, qreal devicePixelRatio) const;
    QString cachePath(const PosterSpec &spec, QSize size, qreal devicePixelRatio) const;

Q_SIGNALS:
    void ready(const QString &dramaId, QSize size, const QImage &image);

private:
    QString m_cacheDir;
    QThread m_thread;
    QObject *m_worker = nullptr;
};

} // namespace ost
