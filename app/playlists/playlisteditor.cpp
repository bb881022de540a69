#include "playlisteditor.h"

#include "models/playlistlistmodel.h"
#include "models/playlistmodel.h"
#include "playlistcommand.h"
#include "playlistexporter.h"
#include "repositories/catalogrepository.h"
#include "repositories/localfilerepository.h"
#include "repositories/playlistrepository.h"
#include "songavailability.h"
#include "storage/dbexecutor.h"

#include <QUndoStack>

#include <atomic>

using namespace Qt::StringLiterals;

namespace ost {

PlaylistEditor::PlaylistEditor(Database db, DbExecutor *executor, PlaylistListModel *playlists,
                               QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_exec(executor)
    , m_playlists(playlists)
    , m_model(new PlaylistModel(this))
    , m_undo(new QUndoStack(this))
{
    connect(m_model, &PlaylistModel::moveRequested, this, &PlaylistEditor::moveRows);
    connect(m_model, &PlaylistModel::insertRequested, this,
            [this](int row, const QStringList &ids) { addSongs(m_model->playlistId(), ids, row); });
}

void PlaylistEditor::load()
{
    struct Loaded
    {
        QList<Playlist> playlists;
        QHash<qint64, QStringList> items;
        QString error;
    };
    const Database db = m_db;
    m_exec->run(
        this,
        [db] {
            Loaded l;
            PlaylistRepository repo(db);
            auto list = repo.list(false);
            auto trash = repo.list(true);
            if (!list || !trash) {
                l.error = (!list ? list.error() : trash.error()).message;
                return l;
            }
            l.playlists = *list;
            for (const auto &p : *list + *trash)
                if (auto ids = repo.songIds(p.id))
                    l.items.insert(p.id, *ids);
            return l;
        },
        [this](Loaded l) {
            if (!l.error.isEmpty()) {
                Q_EMIT errorOccurred(l.error);
                return;
            }
            m_items = l.items;
            m_playlists->setPlaylists(l.playlists);
            m_loaded = true;
            Q_EMIT loaded();
        });
}

void PlaylistEditor::open(qint64 id)
{
    m_model->setPlaylist(id, m_items.value(id));
    fetchDetails();
    Q_EMIT opened(id);
}

void PlaylistEditor::setFavoriteSongs(const QSet<QString> &ids)
{
    m_model->setFavorites(ids);
}

void PlaylistEditor::fetchDetails()
{
    const QStringList missing = m_model->idsWithoutDetails();
    const QStringList all = m_model->songIds();
    if (all.isEmpty())
        return;
    const Database db = m_db;
    using Pair = std::pair<QList<Song>, SongAvailability>;
    m_exec->run(
        this,
        [db, missing, all]() -> Result<Pair> {
            Pair p;
            if (!missing.isEmpty()) {
                auto songs = CatalogRepository(db).songsById(missing);
                if (!songs)
                    return std::unexpected(songs.error());
                p.first = *songs;
            }
            auto available = SongAvailability::check(db, all);
            if (!available)
                return std::unexpected(available.error());
            p.second = std::move(*available);
            return p;
        },
        [this](Result<Pair> p) {
            if (!p) {
                Q_EMIT errorOccurred(p.error().message);
                return;
            }
            m_model->setDetails(p->first);
            m_model->setAvailable(p->second.present, p->second.missing);
        });
}

void PlaylistEditor::show(const Result<Playlist> &p)
{
    if (!p)
        Q_EMIT errorOccurred(p.error().message);
    else
        m_playlists->update(*p);
}

QString PlaylistEditor::nameOf(qint64 id) const
{
    const int row = m_playlists->rowOf(id);
    return row < 0 ? QString() : m_playlists->playlist(row).name;
}

std::optional<QString> PlaylistEditor::nameProblem(const QString &name, qint64 except) const
{
    auto checked = PlaylistRepository::checkName(name);
    if (!checked)
        return checked.error().message;
    for (const auto &p : m_playlists->playlists())
        if (p.id != except && p.name.compare(*checked, Qt::CaseInsensitive) == 0)
            return tr("A playlist named \"%1\" already exists.").arg(*checked);
    return std::nullopt;
}

QString PlaylistEditor::uniqueName(const QString &base) const
{
    QString candidate = base;
    for (int n = 2; nameProblem(candidate); ++n)
        candidate = u"%1 (%2)"_s.arg(base).arg(n);
    return candidate;
}

void PlaylistEditor::pushCreate(const QString &text, const QString &name, const QStringList &songIds)
{
    // The id is chosen by the database on the first redo and reused by every later redo.
    auto id = std::make_shared<std::atomic<qint64>>(0);
    auto first = std::make_shared<bool>(true);
    const Database db = m_db;
    auto redo = [this, db, id, first, name, songIds] {
        m_exec->run(
            this,
            [db, id, name, songIds]() -> Result<Playlist> {
                PlaylistRepository repo(db);
                auto created = repo.create(name, songIds, id->load());
                if (!created)
                    return std::unexpected(created.error());
                id->store(*created);
                return repo.playlist(*created);
            },
            [this, first, songIds](Result<Playlist> p) {
                if (!p) {
                    Q_EMIT errorOccurred(p.error().message);
                    return;
                }
                m_items.insert(p->id, songIds);
                m_playlists->update(*p);
                if (std::exchange(*first, false))
                    Q_EMIT created(p->id);
            });
    };
    auto undo = [this, db, id] {
        m_exec->run(
            this,
            [db, id]() -> Result<qint64> {
                const qint64 which = id->load();
                if (auto r = PlaylistRepository(db).purge(which); !r)
                    return std::unexpected(r.error());
                return which;
            },
            [this](Result<qint64> which) {
                if (!which) {
                    Q_EMIT errorOccurred(which.error().message);
                    return;
                }
                m_items.remove(*which);
                m_playlists->remove(*which);
                Q_EMIT removed(*which);
            });
    };
    m_undo->push(new PlaylistCommand(text, redo, undo));
}

void PlaylistEditor::create(const QString &name, const QStringList &songIds)
{
    if (const auto problem = nameProblem(name)) {
        Q_EMIT errorOccurred(*problem);
        return;
    }
    pushCreate(tr("Create playlist “%1”").arg(name.trimmed()), name, songIds);
}

void PlaylistEditor::duplicate(qint64 id)
{
    const QString name = uniqueName(tr("%1 (copy)").arg(nameOf(id)));
    pushCreate(tr("Duplicate “%1”").arg(nameOf(id)), name, m_items.value(id));
}

void PlaylistEditor::rename(qint64 id, const QString &name)
{
    const QString old = nameOf(id);
    if (const auto problem = nameProblem(name, id)) {
        Q_EMIT errorOccurred(*problem);
        return;
    }
    if (old == name.trimmed())
        return;
    const Database db = m_db;
    auto apply = [this, db, id](const QString &to) {
        m_exec->run(
            this,
            [db, id, to]() -> Result<Playlist> {
                PlaylistRepository repo(db);
                if (auto r = repo.rename(id, to); !r)
                    return std::unexpected(r.error());
                return repo.playlist(id);
            },
            [this](Result<Playlist> p) { show(p); });
    };
    const QString to = name.trimmed();
    m_undo->push(new PlaylistCommand(
        tr("Rename “%1” to “%2”").arg(old, to), [apply, to] { apply(to); }, [apply, old] { apply(old); }));
}

void PlaylistEditor::moveToTrash(qint64 id)
{
    const QString name = nameOf(id);
    const Database db = m_db;
    auto redo = [this, db, id] {
        m_playlists->remove(id);
        Q_EMIT removed(id);
        m_exec->run(
            this, [db, id] { return PlaylistRepository(db).moveToTrash(id); },
            [this, id](Result<void> r) {
                if (!r) {
                    Q_EMIT errorOccurred(r.error().message);
                    refreshSummary(id);
                }
            });
    };
    auto undo = [this, db, id] {
        m_exec->run(
            this,
            [db, id]() -> Result<Playlist> {
                PlaylistRepository repo(db);
                if (auto r = repo.restore(id); !r)
                    return std::unexpected(r.error());
                return repo.playlist(id);
            },
            [this](Result<Playlist> p) { show(p); });
    };
    m_undo->push(new PlaylistCommand(tr("Delete playlist “%1”").arg(name), redo, undo));
    Q_EMIT message(tr("“%1” moved to the trash. Undo or restore it from the trash.").arg(name));
}

void PlaylistEditor::addSongs(qint64 id, const QStringList &songIds, int row)
{
    if (songIds.isEmpty() || !m_items.contains(id))
        return;
    const int size = int(m_items.value(id).size());
    if (row < 0 || row > size)
        row = size;
    const int n = int(songIds.size());
    auto redo = [this, id, row, songIds] { applyInsert(id, row, songIds); };
    auto undo = [this, id, row, n] {
        QList<int> rows;
        for (int i = 0; i < n; ++i)
            rows << row + i;
        applyRemove(id, rows);
    };
    m_undo->push(new PlaylistCommand(tr("Add %n song(s) to “%1”", nullptr, n).arg(nameOf(id)), redo, undo));
    Q_EMIT message(tr("Added %n song(s) to “%1”", nullptr, n).arg(nameOf(id)));
}

QList<int> PlaylistEditor::validRows(QList<int> rows, int size)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([size](int r) { return r < 0 || r >= size; });
    return rows;
}

void PlaylistEditor::removeRows(QList<int> rows)
{
    const qint64 id = m_model->playlistId();
    const QStringList items = m_items.value(id);
    rows = validRows(std::move(rows), int(items.size()));
    if (id <= 0 || rows.isEmpty())
        return;
    QStringList removedIds;
    for (int r : rows)
        removedIds << items[r];
    auto redo = [this, id, rows] { applyRemove(id, rows); };
    auto undo = [this, id, rows, removedIds] {
        for (int i = 0; i < rows.size(); ++i) // ascending: each lands at its old row
            applyInsert(id, rows[i], { removedIds[i] });
    };
    m_undo->push(new PlaylistCommand(
        tr("Remove %n song(s) from “%1”", nullptr, int(rows.size())).arg(nameOf(id)), redo, undo));
}

void PlaylistEditor::moveRows(QList<int> rows, int destinationRow)
{
    const qint64 id = m_model->playlistId();
    const int size = int(m_items.value(id).size());
    rows = validRows(std::move(rows), size);
    if (id <= 0 || rows.isEmpty())
        return;
    destinationRow = std::clamp(destinationRow, 0, size);
    // The new order: rows before the drop point, the moved rows, then the rest.
    QList<int> order;
    for (int r = 0; r < destinationRow; ++r)
        if (!rows.contains(r))
            order << r;
    order << rows;
    for (int r = destinationRow; r < size; ++r)
        if (!rows.contains(r))
            order << r;
    bool unchanged = true;
    for (int i = 0; i < size && unchanged; ++i)
        unchanged = order[i] == i;
    if (unchanged)
        return;
    QList<int> inverse(size);
    for (int i = 0; i < size; ++i)
        inverse[order[i]] = i;
    m_undo->push(new PlaylistCommand(
        tr("Reorder “%1”").arg(nameOf(id)), [this, id, order] { applyReorder(id, order); },
        [this, id, inverse] { applyReorder(id, inverse); }));
}

void PlaylistEditor::applyInsert(qint64 id, int row, const QStringList &songIds)
{
    QStringList &items = m_items[id];
    row = std::clamp(row, 0, int(items.size()));
    for (int i = 0; i < songIds.size(); ++i)
        items.insert(row + i, songIds[i]);
    if (m_model->playlistId() == id) {
        m_model->insertSongs(row, songIds);
        fetchDetails();
    }
    save(id);
}

void PlaylistEditor::applyRemove(qint64 id, const QList<int> &rows)
{
    QStringList &items = m_items[id];
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (int r : sorted)
        if (r >= 0 && r < items.size())
            items.removeAt(r);
    if (m_model->playlistId() == id)
        m_model->removeSongs(rows);
    save(id);
}

void PlaylistEditor::applyReorder(qint64 id, const QList<int> &order)
{
    QStringList &items = m_items[id];
    if (order.size() != items.size())
        return;
    QStringList reordered;
    for (int i : order)
        reordered << items.at(i);
    items = reordered;
    if (m_model->playlistId() == id)
        m_model->reorder(order);
    save(id);
}

void PlaylistEditor::save(qint64 id)
{
    const Database db = m_db;
    const QStringList items = m_items.value(id);
    m_exec->run(
        this,
        [db, id, items]() -> Result<Playlist> {
            PlaylistRepository repo(db);
            if (auto r = repo.setSongIds(id, items); !r)
                return std::unexpected(r.error());
            return repo.playlist(id);
        },
        [this, id](Result<Playlist> p) {
            if (!p) {
                Q_EMIT errorOccurred(p.error().message);
                refreshSummary(id); // show what the database holds
                return;
            }
            if (!p->isInTrash())
                m_playlists->update(*p);
        });
}

void PlaylistEditor::refreshSummary(qint64 id)
{
    const Database db = m_db;
    using Pair = std::pair<Result<Playlist>, Result<QStringList>>;
    m_exec->run(
        this,
        [db, id] {
            PlaylistRepository repo(db);
            return Pair { repo.playlist(id), repo.songIds(id) };
        },
        [this, id](Pair p) {
            if (!p.first || !p.second) {
                m_items.remove(id);
                m_playlists->remove(id);
                return;
            }
            m_items.insert(id, *p.second);
            if (!p.first->isInTrash())
                m_playlists->update(*p.first);
            if (m_model->playlistId() == id)
                open(id);
        });
}

void PlaylistEditor::requestTrash()
{
    const Database db = m_db;
    m_exec->run(
        this, [db] { return PlaylistRepository(db).list(true); },
        [this](Result<QList<Playlist>> t) {
            if (!t)
                Q_EMIT errorOccurred(t.error().message);
            else
                Q_EMIT trashReady(*t);
        });
}

void PlaylistEditor::restore(qint64 id)
{
    const Database db = m_db;
    m_exec->run(
        this,
        [db, id]() -> Result<std::pair<Playlist, QStringList>> {
            PlaylistRepository repo(db);
            if (auto r = repo.restore(id); !r)
                return std::unexpected(r.error());
            auto p = repo.playlist(id);
            auto ids = repo.songIds(id);
            if (!p || !ids)
                return std::unexpected(!p ? p.error() : ids.error());
            return std::pair { *p, *ids };
        },
        [this](Result<std::pair<Playlist, QStringList>> r) {
            if (!r) {
                Q_EMIT errorOccurred(r.error().message);
                return;
            }
            m_items.insert(r->first.id, r->second);
            m_playlists->update(r->first);
            Q_EMIT message(tr("Restored “%1”").arg(r->first.name));
            requestTrash();
        });
}

void PlaylistEditor::emptyTrash()
{
    const Database db = m_db;
    m_exec->run(
        this, [db] { return PlaylistRepository(db).emptyTrash(); },
        [this](Result<int> n) {
            if (!n) {
                Q_EMIT errorOccurred(n.error().message);
                return;
            }
            // Commands that could bring a purged playlist back now have nothing to act on.
            m_undo->clear();
            Q_EMIT message(tr("Emptied the trash: %n playlist(s) deleted for good", nullptr, *n));
            requestTrash();
        });
}

void PlaylistEditor::exportPlaylist(qint64 id, const QString &fileName)
{
    const Database db = m_db;
    const QStringList ids = m_items.value(id);
    const QString name = nameOf(id);
    m_exec->run(
        this,
        [db, ids, name, fileName]() -> Result<int> {
            auto entries = PlaylistExporter::entriesFor(db, ids);
            if (!entries)
                return std::unexpected(entries.error());
            if (auto w = PlaylistExporter::write(fileName, name, *entries); !w)
                return std::unexpected(w.error());
            return int(entries->size());
        },
        [this, fileName](Result<int> n) {
            if (!n)
                Q_EMIT errorOccurred(n.error().message);
            else
                Q_EMIT exported(fileName, *n);
        });
}

void PlaylistEditor::importPlaylist(const QString &fileName)
{
    const Database db = m_db;
    using Out = Result<std::pair<Playlist, PlaylistImporter::Report>>;
    m_exec->run(
        this,
        [db, fileName]() -> Out {
            auto imported = PlaylistImporter::importIntoLibrary(db, fileName);
            if (!imported)
                return std::unexpected(imported.error());
            auto p = PlaylistRepository(db).playlist(imported->playlistId);
            if (!p)
                return std::unexpected(p.error());
            return std::pair { *p, imported->report };
        },
        [this](Out r) {
            if (!r) {
                Q_EMIT errorOccurred(r.error().message);
                return;
            }
            // The playlist holds exactly the songs the report matched.
            m_items.insert(r->first.id, r->second.songIds);
            m_playlists->update(r->first);
            Q_EMIT imported(r->first.id, r->second.summary());
        });
}

} // namespace ost
