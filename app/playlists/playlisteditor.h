#pragma once

#include "domain/playlist.h"
#include "domain/song.h"
#include "playlistimporter.h"
#include "storage/database.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QUndoStack;

namespace ost {

class DbExecutor;
class PlaylistListModel;
class PlaylistModel;

// Every playlist edit the app makes goes through here: it becomes an undoable command that
// updates the models at once and saves one transaction on the database thread. A failed
// save is reported and the playlist reloaded from the database, so the screen never shows
// what was not saved.
class PlaylistEditor final : public QObject
{
    Q_OBJECT
public:
    PlaylistEditor(Database db, DbExecutor *executor, PlaylistListModel *playlists,
                   QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }
    PlaylistModel *model() const { return m_model; }
    PlaylistListModel *playlists() const { return m_playlists; }
    QStringList songIds(qint64 id) const { return m_items.value(id); }
    bool isLoaded() const { return m_loaded; }

    void load();
    void open(qint64 id); // into model()
    void setFavoriteSongs(const QSet<QString> &ids);

    // The user's edits, each one undoable.
    void create(const QString &name, const QStringList &songIds = {});
    void rename(qint64 id, const QString &name);
    void duplicate(qint64 id);
    void moveToTrash(qint64 id);
    void addSongs(qint64 id, const QStringList &songIds, int row = -1);
    void removeRows(QList<int> rows); // of the open playlist
    void moveRows(QList<int> rows, int destinationRow); // of the open playlist

    // The trash survives restarts; emptying it is final (the UI asks first).
    void requestTrash();
    void restore(qint64 id);
    void emptyTrash();

    void exportPlaylist(qint64 id, const QString &fileName);
    void importPlaylist(const QString &fileName);

    QString uniqueName(const QString &base) const;
    std::optional<QString> nameProblem(const QString &name, qint64 except = 0) const; // for dialogs

Q_SIGNALS:
    void loaded();
    void opened(qint64 id);
    void created(qint64 id); // a new playlist the user should see
    void removed(qint64 id); // deleted or undone
    void trashReady(const QList<ost::Playlist> &trash);
    void exported(const QString &fileName, int songCount);
    void imported(qint64 id, const QString &report);
    void message(const QString &text); // status line
    void errorOccurred(const QString &message);

private:
    static QList<int> validRows(QList<int> rows, int size); // sorted, unique, in range
    void applyInsert(qint64 id, int row, const QStringList &songIds);
    void applyRemove(qint64 id, const QList<int> &rows);
    void applyReorder(qint64 id, const QList<int> &order);
    void save(qint64 id);
    void refreshSummary(qint64 id);
    void fetchDetails();
    void pushCreate(const QString &text, const QString &name, const QStringList &songIds);
    QString nameOf(qint64 id) const;
    void show(const Result<Playlist> &p); // a saved playlist into the list, or its error

    Database m_db;
    DbExecutor *m_exec;
    PlaylistListModel *m_playlists;
    PlaylistModel *m_model;
    QUndoStack *m_undo;
    QHash<qint64, QStringList> m_items;
    bool m_loaded = false;
};

} // namespace ost
