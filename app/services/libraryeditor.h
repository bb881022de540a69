#pragma once

#include "edits/libraryedits.h"

#include <QObject>

class QUndoStack;

namespace ost {

class DbExecutor;

// The app's edits of dramas, songs and albums (LibraryEdits) on the database thread, each an
// undoable command on the app's one undo stack (Ctrl+Z undoes a merge as it undoes a
// playlist edit). changed() tells what to show again.
class LibraryEditor final : public QObject
{
    Q_OBJECT
public:
    LibraryEditor(Database db, DbExecutor *executor, QUndoStack *undo, QObject *parent = nullptr);

    void editDrama(const QString &dramaId, const DramaEdit &edit);
    void mergeDramas(const QString &fromId, const QString &intoId, const QString &fromTitle,
                     const QString &intoTitle);
    void moveSong(const QString &songId, const QString &dramaId, const QString &songTitle,
                  const QString &dramaTitle);
    void setAlbum(const QString &album, const QString &dramaId, const QString &dramaTitle);
    void setAlbumOfSong(const QString &songId, const QString &songTitle, const QString &dramaId,
                        const QString &dramaTitle);
    void editSong(const QString &songId, const QString &songTitle, const SongEdit &edit);

Q_SIGNALS:
    void changed(const QStringList &dramaIds); // the dramas whose page or poster changed
    void message(const QString &text);
    void errorOccurred(const QString &message);

private:
    using Edit = std::function<Result<RowSnapshot>(LibraryEdits &)>;
    void push(const QString &text, Edit edit, const QStringList &dramaIds);

    Database m_db;
    DbExecutor *m_exec;
    QUndoStack *m_undo;
};

} // namespace ost
