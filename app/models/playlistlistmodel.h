#pragma once

#include "domain/playlist.h"
#include "posters/posterspec.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>

#include <functional>

namespace ost {

class PosterLoader;

// The user's playlists for the sidebar and menus. The cover is a mosaic of the posters of
// up to four of a playlist's dramas, composed when those posters arrive from the loader.
class PlaylistListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        SongCountRole,
        UnavailableCountRole,
        CoverRole, // QImage, null until composed
        SummaryRole, // "12 songs · 3 without a file"
    };
    Q_ENUM(Role)

    using SpecProvider = std::function<std::optional<PosterSpec>(const QString &dramaId)>;
    explicit PlaylistListModel(PosterLoader *loader = nullptr, SpecProvider specs = {},
                               QObject *parent = nullptr);

    void setPlaylists(const QList<Playlist> &playlists);
    void update(const Playlist &playlist); // inserts if new
    void remove(qint64 id);
    int rowOf(qint64 id) const;
    const Playlist &playlist(int row) const { return m_playlists.at(row); }
    QList<Playlist> playlists() const { return m_playlists; }

    static constexpr QSize kTile { 60, 90 };

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void posterReady(const QString &dramaId, QSize size, const QImage &image);
    QImage cover(const Playlist &p) const;
    void sortRows();

    PosterLoader *m_loader;
    SpecProvider m_specs;
    QList<Playlist> m_playlists;
    QHash<QString, QImage> m_posters; // drama id -> tile
    mutable QSet<QString> m_requested;
    mutable QHash<qint64, QImage> m_covers;
};

} // namespace ost
