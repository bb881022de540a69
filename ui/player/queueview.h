#pragma once

#include <QListView>

namespace ost {

// The play queue as a list: Enter or double-click plays a row, Delete removes,
// Alt+Up/Down moves the current row, rows are dragged to reorder and songs dropped from
// other views are queued where they land. Emits intents only (drops through the model).
class QueueView final : public QListView
{
    Q_OBJECT
public:
    explicit QueueView(QWidget *parent = nullptr);

Q_SIGNALS:
    void playRowRequested(int row);
    void removeRowsRequested(const QList<int> &rows);
    void moveRequested(int from, int to);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QList<int> selectedRows() const;
    void showMenu(const QPoint &pos);
};

} // namespace ost
