#pragma once

#include <QListView>
#include <QString>

namespace ost {

// The library sections, collections and playlists of a SidebarModel. Songs dragged from any
// view can be dropped on a playlist (added at its end) or on "New playlist…". The selected
// entry stays selected when the model is reset.
class SidebarView : public QListView
{
    Q_OBJECT
public:
    explicit SidebarView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    void songsDropped(const QModelIndex &target, const QStringList &songIds);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QModelIndex dropTarget(const QDropEvent *event) const;

    int m_keptKind = -1; // the selected entry across a reset: its kind and id
    QString m_keptId;
};

} // namespace ost
