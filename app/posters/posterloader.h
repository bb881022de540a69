#pragma once

#include "posterspec.h"

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <deque>

namespace ost {

// Produces posters off the GUI thread: the user's image decoded at display size, or our
// generated art; both kept in a disk thumbnail cache so the next start only reads a PNG.
// ready() delivers them with their corners already rounded (kCornerRadius).
class PosterLoader final : public QObject
{
    Q_OBJECT
public:
    explicit PosterLoader(QString cacheDir, QObject *parent = nullptr);
    ~PosterLoader() override;

    // Asynchronous: ready() is emitted on the caller's thread.
    void request(const ost::PosterSpec &spec, QSize size, qreal dpr);
    // Synchronous work, used by the worker and by tests.
    QImage load(const PosterSpec &spec, QSize size, qreal dpr) const;
    QString cachePath(const PosterSpec &spec, QSize size, qreal dpr) const;

    static constexpr int kMaxQueued = 64;
    static constexpr qreal kCornerRadius = 6; // logical pixels
    static QImage withRoundedCorners(QImage image);

    // (The unity batch that holds moc's definitions of these signals names their parameters
    // _t1, _t2…, hence the NOLINTs.)
Q_SIGNALS:
    // NOLINTNEXTLINE(readability-inconsistent-declaration-parameter-name)
    void ready(const QString &dramaId, QSize size, const QImage &image);
    // A request that was dropped unserved (the user scrolled far past it); ask again if needed.
    // NOLINTNEXTLINE(readability-inconsistent-declaration-parameter-name)
    void dropped(const QString &dramaId, QSize size);

private:
    struct Request
    {
        PosterSpec spec;
        QSize size;
        qreal dpr;
    };
    void serveNewest();

    QMutex m_mutex;
    std::deque<Request> m_queue; // newest first: what is on screen now is served first
    QString m_cacheDir;
    QThread m_thread;
    QObject *m_worker = nullptr;
};

} // namespace ost
