#include "historypage.h"

#include "models/historymodel.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace ost {

HistoryPage::HistoryPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryModel(this))
    , m_view(new QTreeView(this))
    , m_label(new QLabel(this))
    , m_clear(new QPushButton(tr("Clear history"), this))
{
    setObjectName(u"historyPage"_s);
    setAccessibleName(tr("History"));
    m_view->setObjectName(u"historyView"_s);
    m_view->setAccessibleName(tr("Plays, newest first"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(HistoryModel::Song, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(HistoryModel::Played, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(HistoryModel::Heard, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(HistoryModel::Artists, 200);
    m_view->header()->resizeSection(HistoryModel::Drama, 260);
    m_clear->setObjectName(u"clearHistory"_s);
    m_clear->setToolTip(tr("Forget every play (Ctrl+Z brings them back)"));
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_label->setFont(bold);
    m_label->setWordWrap(true);
    m_label->setBuddy(m_view);
    auto *top = new QHBoxLayout;
    top->addWidget(m_label, 1);
    top->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int row = m_model->playRow(index);
        if (row < 0)
            return;
        if (index.column() == HistoryModel::Drama
            && !index.data(HistoryModel::DramaIdRole).toString().isEmpty())
            Q_EMIT dramaRequested(index.data(HistoryModel::DramaIdRole).toString());
        else
            Q_EMIT playRequested(m_model->songIds(), row);
    });
    connect(m_clear, &QPushButton::clicked, this, &HistoryPage::clearRequested);
    setEntries({}, 0);
}

void HistoryPage::setEntries(const QList<HistoryEntry> &entries, qint64 total)
{
    m_model->setEntries(entries);
    m_clear->setEnabled(total > 0);
    if (total == 0)
        m_label->setText(tr("History — nothing played yet. Songs you play show here; previews are marked "
                            "as previews."));
    else if (total > entries.size())
        m_label->setText(tr("History — %n play(s)", nullptr, int(std::min<qint64>(total, INT_MAX))) + u", "_s
                         + tr("the newest %n shown", nullptr, int(entries.size())));
    else
        m_label->setText(tr("History — %n play(s)", nullptr, int(total)));
}

} // namespace ost
