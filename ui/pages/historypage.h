#pragma once

#include "history/playrecord.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace ost {

class HistoryModel;

// What was played: the newest plays grouped as Today, This week and Earlier, with "Clear
// history" (undoable). Activating a play (double click, Enter) plays the listed songs from it.
class HistoryPage final : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(QWidget *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries, qint64 total);
    HistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void playRequested(const QStringList &songIds, int startRow);
    void dramaRequested(const QString &dramaId);
    void clearRequested();

private:
    HistoryModel *m_model;
    QTreeView *m_view;
    QLabel *m_label;
    QPushButton *m_clear;
};

} // namespace ost
