#pragma once

#include <QUndoCommand>

#include <functional>

namespace ost {

// One undoable playlist edit. The editor builds it from two actions that each change the
// in-memory playlist at once and queue one database transaction; undo is the inverse edit.
class PlaylistCommand final : public QUndoCommand
{
public:
    PlaylistCommand(const QString &text, std::function<void()> redo, std::function<void()> undo)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    { }
    void redo() override { m_redo(); }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
};

} // namespace ost
