#include "trackmodel.h"

#include "songmime.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ost {

TrackModel::TrackModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TrackModel::setTracks(QList<Song> songs, QList<int> parts, const QSet<QString> &favorites,
                           QStringList notes)
{
    beginResetModel();
    m_songs = std::move(songs);
    m_parts = std::move(parts);
    m_parts.resize(m_songs.size());
    m_notes = std::move(notes);
    m_notes.resize(m_songs.size());
    m_favorites = favorites;
    endResetModel();
}

void TrackModel::setFavorite(const QString &songId, bool favorite)
{
    if (favorite)
        m_favorites.insert(songId);
    else
        m_favorites.remove(songId);
    for (int r = 0; r < m_songs.size(); ++r)
        if (m_songs[r].id == songId)
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1),
                               { FavoriteRole, Qt::DisplayRole, Qt::CheckStateRole });
}

void TrackModel::setFileStates(const QHash<QString, FileState> &states)
{
    bool any = false;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        if (m_files.value(it.key(), FileState::None) != it.value()) {
            m_files.insert(it.key(), it.value());
            any = true;
        }
    if (any && !m_songs.isEmpty())
        Q_EMIT dataChanged(index(0, FileColumn), index(int(m_songs.size()) - 1, FileColumn));
}

void TrackModel::setPlayCounts(const QHash<QString, SongPlayCounts> &counts)
{
    QHash<QString, SongPlayCounts> mine;
    for (const Song &s : std::as_const(m_songs))
        if (auto it = counts.constFind(s.id); it != counts.cend())
            mine.insert(s.id, *it);
    const bool changed = mine != m_plays;
    m_plays = std::move(mine);
    if (changed && !m_songs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_songs.size()) - 1, ColumnCount - 1),
                           { PlayCountRole, Qt::ToolTipRole });
}

QStringList TrackModel::songIds() const
{
    QStringList out;
    for (const auto &s : m_songs)
        out << s.id;
    return out;
}

int TrackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_songs.size());
}

int TrackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Song &s = m_songs.at(index.row());
    const int part = m_parts.at(index.row());
    QStringList dramas;
    for (const auto &a : s.dramas)
        dramas << a.dramaTitle;
    const bool fav = m_favorites.contains(s.id);
    switch (role) {
    case SongIdRole: return s.id;
    case TitleRole: return s.title;
    case TitleKoRole: return s.titleKo;
    case ArtistsRole: return s.artistLine();
    case DramasRole: return dramas.join(u", "_s);
    case PartRole: return part;
    case FavoriteRole: return fav;
    case NoteRole: return m_notes.at(index.row());
    case FileStateRole: return int(m_files.value(s.id, FileState::None));
    case PlayCountRole: return m_plays.value(s.id).plays;
    case Qt::ToolTipRole: {
        QString tip
            = s.title + (s.titleKo.isEmpty() ? QString() : u" · "_s + s.titleKo) + u"\n"_s + s.artistLine();
        if (!m_notes.at(index.row()).isEmpty())
            tip += u"\n\n"_s + m_notes.at(index.row());
        if (const SongPlayCounts c = m_plays.value(s.id); c.plays + c.skips + c.previews > 0) {
            tip += u"\n\n"_s + tr("Played %n time(s)", nullptr, c.plays);
            if (c.lastPlayed.isValid())
                tip += u", "_s
                    + tr("last on %1")
                          .arg(QLocale().toString(c.lastPlayed.toLocalTime(), QLocale::ShortFormat));
            if (c.skips > 0)
                tip += u"; "_s + tr("skipped %n time(s)", nullptr, c.skips);
            if (c.previews > 0)
                tip += u"; "_s + tr("%n preview(s)", nullptr, c.previews);
        }
        return tip;
    }
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case PartColumn:
            return part > 0 ? tr("Part %1").arg(part)
                            : (role == Qt::DisplayRole ? u"—"_s : tr("Part unknown"));
        case TitleColumn: return s.titleKo.isEmpty() ? s.title : s.title + u"  "_s + s.titleKo;
        case ArtistColumn: return s.artistLine();
        case DramaColumn:
            if (dramas.isEmpty()) // songs of no drama show their note (the album, on "Other music")
                return m_notes.at(index.row()).isEmpty() ? tr("not from a drama") : m_notes.at(index.row());
            return dramas.join(u", "_s);
        case FavoriteColumn: return fav ? u"♥"_s : u"♡"_s;
        case FileColumn:
            switch (m_files.value(s.id, FileState::None)) {
            case FileState::Linked: return tr("your file");
            case FileState::DemoClip: return tr("demo clip");
            case FileState::Missing: return tr("file missing");
            case FileState::None: return tr("unavailable");
            }
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == FavoriteColumn || index.column() == PartColumn)
            return int(Qt::AlignCenter);
        break;
    default: break;
    }
    return {};
}

bool TrackModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != FavoriteRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Q_EMIT favoriteToggleRequested(m_songs.at(index.row()).id, value.toBool());
    return true;
}

QVariant TrackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartColumn: return tr("OST");
    case TitleColumn: return tr("Title");
    case ArtistColumn: return tr("Artists");
    case DramaColumn: return tr("Drama");
    case FileColumn: return tr("Plays");
    case FavoriteColumn: return tr("Favorite");
    }
    return {};
}

Qt::ItemFlags TrackModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList TrackModel::mimeTypes() const
{
    return { QString::fromLatin1(SongMime::kSongIds) };
}

QMimeData *TrackModel::mimeData(const QModelIndexList &indexes) const
{
    const QList<int> rows = SongMime::rows(indexes);
    QStringList ids;
    for (int r : rows)
        ids << m_songs.at(r).id;
    return SongMime::create(ids);
}

Qt::DropActions TrackModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace ost
