#pragma once

#include <QListView>

namespace ost {

class PosterDelegate;

// The poster grid: uniform items laid out in rows, Ctrl+wheel or setPosterWidth() changes poster size.
class PosterGridView final : public QListView
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
    // A poster was dragged onto another one: "these are one drama" (the owner offers a merge).
    void posterDroppedOnPoster(const QString &fromDramaId, const QString &ontoDramaId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    PosterDelegate *m_delegate = nullptr;
};

} // namespace ost
