#include "libraryeditor.h"

#include "storage/dbexecutor.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

// One edit: redo runs it (and keeps the rows it changed), undo puts those rows back. Both run
// on the database thread, in the order they were asked for.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(const QString &text, std::function<void(std::shared_ptr<RowSnapshot>)> redo,
                std::function<void(std::shared_ptr<RowSnapshot>)> undo)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    { }
    void redo() override
    {
        m_before = std::make_shared<RowSnapshot>();
        m_redo(m_before);
    }
    void undo() override { m_undo(m_before); }

private:
    std::function<void(std::shared_ptr<RowSnapshot>)> m_redo, m_undo;
    std::shared_ptr<RowSnapshot> m_before;
};

} // namespace

LibraryEditor::LibraryEditor(Database db, DbExecutor *executor, QUndoStack *undo, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_exec(executor)
    , m_undo(undo)
{ }

void LibraryEditor::push(const QString &text, Edit edit, const QStringList &dramaIds)
{
    const Database db = m_db;
    auto redo = [this, db, edit, dramaIds, text](std::shared_ptr<RowSnapshot> before) {
        m_exec->run(
            this,
            [db, edit, before]() -> Result<void> {
                LibraryEdits edits(db);
                auto done = edit(edits);
                if (!done)
                    return std::unexpected(done.error());
                *before = *done;
                return {};
            },
            [this, dramaIds, text](Result<void> r) {
                if (!r) {
                    Q_EMIT errorOccurred(r.error().message);
                    return;
                }
                Q_EMIT message(text);
                Q_EMIT changed(dramaIds);
            });
    };
    auto undo = [this, db, dramaIds, text](std::shared_ptr<RowSnapshot> before) {
        m_exec->run(
            this, [db, before] { return LibraryEdits(db).undo(*before); },
            [this, dramaIds, text](Result<void> r) {
                if (!r) {
                    Q_EMIT errorOccurred(r.error().message);
                    return;
                }
                Q_EMIT message(tr("Undone: %1").arg(text));
                Q_EMIT changed(dramaIds);
            });
    };
    m_undo->push(new EditCommand(text, redo, undo));
}

void LibraryEditor::editDrama(const QString &dramaId, const DramaEdit &edit)
{
    push(tr("Edit drama"), [dramaId, edit](LibraryEdits &e) { return e.editDrama(dramaId, edit); },
         { dramaId });
}

void LibraryEditor::mergeDramas(const QString &fromId, const QString &intoId, const QString &fromTitle,
                                const QString &intoTitle)
{
    push(tr("Merge “%1” into “%2”").arg(fromTitle, intoTitle),
         [fromId, intoId](LibraryEdits &e) { return e.mergeDramas(fromId, intoId); }, { fromId, intoId });
}

void LibraryEditor::moveSong(const QString &songId, const QString &dramaId, const QString &songTitle,
                             const QString &dramaTitle)
{
    push(dramaId.isEmpty() ? tr("Move “%1” to other music").arg(songTitle)
                           : tr("Move “%1” to “%2”").arg(songTitle, dramaTitle),
         [songId, dramaId](LibraryEdits &e) { return e.moveSong(songId, dramaId); }, { dramaId });
}

void LibraryEditor::setAlbum(const QString &album, const QString &dramaId, const QString &dramaTitle)
{
    push(dramaId.isEmpty() ? tr("“%1” is not a drama").arg(album) : tr("“%1” is “%2”").arg(album, dramaTitle),
         [album, dramaId](LibraryEdits &e) { return e.setAlbum(album, dramaId); }, { dramaId });
}

void LibraryEditor::setAlbumOfSong(const QString &songId, const QString &songTitle, const QString &dramaId,
                                   const QString &dramaTitle)
{
    push(dramaId.isEmpty() ? tr("The album of “%1” is not a drama").arg(songTitle)
                           : tr("The album of “%1” is “%2”").arg(songTitle, dramaTitle),
         [songId, dramaId](LibraryEdits &e) { return e.setAlbumOfSong(songId, dramaId); }, { dramaId });
}

void LibraryEditor::editSong(const QString &songId, const QString &songTitle, const SongEdit &edit)
{
    push(tr("Edit “%1”").arg(songTitle), [songId, edit](LibraryEdits &e) { return e.editSong(songId, edit); },
         {});
}

} // namespace ost
