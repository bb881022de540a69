#pragma once

#include <QListView>

namespace ost {

// The library sections, collections and playlists. Songs dragged from any view can be
// dropped on a playlist (added at its end) or on "New playlist…".
class SidebarView : public QListView
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole };
    explicit SidebarView(QWidget *parent = nullptr);

Q_SIGNALS:
    void songsDropped(const QModelIndex &target, const QStringList &songIds);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QModelIndex dropTarget(const QDropEvent *event) const;
};

} // namespace ost
