#pragma once

#include <QListView>

namespace ost {

class PosterDelegate;

// The poster grid: uniform items laid out in rows, Ctrl+wheel or zoom() changes poster size.
class PosterGridView : public QListView
{
    Q_OBJECT
public:
    explicit PosterGridView(QWidget *parent = nullptr);

    void setPosterWidth(int width);
    int posterWidth() const;
    PosterDelegate *posterDelegate() const { return m_delegate; }
    // True when every poster in the visible part of the grid has its real image.
    bool visiblePostersLoaded() const;

Q_SIGNALS:
    void posterSizeChanged(QSize size);
    void contextMenuRequestedFor(const QModelIndex &index, const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    PosterDelegate *m_delegate = nullptr;
};

} // namespace ost
