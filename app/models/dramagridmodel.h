#pragma once

#include "domain/drama.h"
#include "posters/posterloader.h"

#include <QAbstractListModel>
#include <QCache>
#include <QHash>
#include <QPixmap>
#include <QSet>

namespace ost {

// Every drama of the library for the poster grid. Posters come from a pixmap cache; a miss
// asks the PosterLoader thread and returns a placeholder; on arrival only that row changes.
class DramaGridModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        TitleKoRole,
        YearRole,
        BroadcasterRole,
        FavoriteRole,
        AddedAtRole,
        SongCountRole,
        SoundtrackCompleteRole,
        PosterLoadedRole,
        OriginRole, // bundled (the catalog), pack, files, generated
    };
    Q_ENUM(Role)

    explicit DramaGridModel(PosterLoader *loader, QObject *parent = nullptr);

    // The first call resets the model; later calls (a scan adding dramas batch by batch, an edit)
    // remove, change and append only the rows that differ, so posters, selection and the
    // scroll position stay.
    void setDramas(QList<Drama> dramas, const QSet<QString> &favorites,
                   const QHash<QString, QString> &customPosters);
    void setFavorite(const QString &id, bool favorite); // reflects a saved change
    void setCustomPoster(const QString &id, const QString &path);
    void setPosterSize(QSize size, qreal dpr);
    QSize posterSize() const { return m_posterSize; }
    void setPosterCacheLimit(qint64 bytes);
    QString customPoster(const QString &id) const { return m_customPosters.value(id); }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    const Drama &drama(int row) const { return m_dramas.at(row); }
    std::optional<PosterSpec> posterSpec(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The user toggled a heart; the owner saves it and calls setFavorite on success.
    void favoriteToggleRequested(const QString &dramaId, bool favorite);

private:
    void posterReady(const QString &id, QSize size, const QImage &image);
    QString cacheKey(const QString &id) const;
    QPixmap placeholder() const;

    PosterLoader *m_loader = nullptr;
    QList<Drama> m_dramas;
    QHash<QString, int> m_rowById;
    QSet<QString> m_favorites;
    QHash<QString, QString> m_customPosters;
    QSize m_posterSize { 160, 240 };
    qreal m_dpr = 1.0;
    mutable QCache<QString, QPixmap> m_cache;
    mutable QSet<QString> m_pending;
    mutable QPixmap m_placeholder;
};

} // namespace ost
