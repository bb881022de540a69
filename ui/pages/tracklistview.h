#pragma once

#include <QTreeView>

namespace ost {

class TrackModel;

// A table of songs with a clickable favorite column and a context menu of intents.
class TrackListView : public QTreeView
{
    Q_OBJECT
public:
    explicit TrackListView(QWidget *parent = nullptr);
    void setTrackModel(TrackModel *model);

Q_SIGNALS:
    void playRequested(const QString &songId);
    void dramaRequested(const QString &dramaId);
    void artistRequested(const QString &artistId);

private:
    void showMenu(const QPoint &pos);
    TrackModel *m_model = nullptr;
};

} // namespace ost
