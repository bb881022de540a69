#include "searchbox.h"

#include "models/searchresultsmodel.h"
#include "search/searchservice.h"
#include "searchresultdelegate.h"

#include <QApplication>
#include <QKeyEvent>
#include <QListView>

using namespace Qt::StringLiterals;

namespace ost {

SearchBox::SearchBox(SearchService *service, QWidget *parent)
    : QLineEdit(parent)
    , m_service(service)
    , m_model(new SearchResultsModel(this))
{
    setPlaceholderText(tr("Search dramas, songs, artists — 도깨비, dokkaebi, ㄷㄲㅂ"));
    setClearButtonEnabled(true);
    setAccessibleName(tr("Search"));
    setMinimumWidth(280);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            hideResults();
            return;
        }
        m_service->search(text);
    });
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            hideResults();
    });
    connect(m_service, &SearchService::resultsReady, this,
            [this](const QString &query, const QList<SearchHit> &hits) {
                if (query != text())
                    return;
                m_model->setResults(query, hits);
                showResults();
            });
}

void SearchBox::showResults()
{
    QWidget *host = window();
    if (!m_view) {
        m_view = new QListView(host);
        m_view->setObjectName(u"searchResults"_s);
        m_view->setModel(m_model);
        m_view->setItemDelegate(new SearchResultDelegate(m_view));
        m_view->setAccessibleName(tr("Search results"));
        m_view->setFocusPolicy(Qt::NoFocus); // typing stays in the field
        m_view->setFrameShape(QFrame::StyledPanel);
        m_view->setAutoFillBackground(true);
        m_view->setMouseTracking(true);
        m_view->setDragEnabled(true); // song hits onto the queue or a playlist
        m_view->setDragDropMode(QAbstractItemView::DragOnly);
        connect(m_view, &QListView::clicked, this, &SearchBox::activate);
        host->installEventFilter(this);
    }
    if (m_model->rowCount() == 0) {
        m_model->setResults(text(), {});
    }
    const QPoint topLeft = mapTo(host, QPoint(0, height()));
    const int width = std::max(this->width(), 460);
    int contentHeight = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        contentHeight += m_view->sizeHintForRow(r);
    const int h = std::clamp(contentHeight + 6, 40, std::max(120, host->height() - topLeft.y() - 20));
    m_view->setGeometry(QRect(topLeft, QSize(width, h)));
    if (const int first = m_model->firstHitRow(); first >= 0)
        m_view->setCurrentIndex(m_model->index(first));
    m_view->show();
    m_view->raise();
}

void SearchBox::hideResults()
{
    if (m_view)
        m_view->hide();
}

void SearchBox::activate(const QModelIndex &index)
{
    if (!index.isValid() || index.data(SearchResultsModel::IsHeaderRole).toBool())
        return;
    const auto type = EntityType(index.data(SearchResultsModel::TypeRole).toInt());
    const QString id = index.data(SearchResultsModel::IdRole).toString();
    hideResults();
    Q_EMIT resultActivated(type, id);
}

void SearchBox::moveSelection(int delta)
{
    if (!m_view || !m_view->isVisible())
        return;
    int row = m_view->currentIndex().row();
    for (int i = 0; i < m_model->rowCount(); ++i) {
        row = (row + delta + m_model->rowCount()) % m_model->rowCount();
        if (!m_model->index(row).data(SearchResultsModel::IsHeaderRole).toBool())
            break;
    }
    m_view->setCurrentIndex(m_model->index(row));
}

void SearchBox::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down: moveSelection(1); return;
    case Qt::Key_Up: moveSelection(-1); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_view && m_view->isVisible())
            activate(m_view->currentIndex());
        return;
    case Qt::Key_Escape:
        if (m_view && m_view->isVisible()) {
            hideResults();
            return;
        }
        clear();
        return;
    default: QLineEdit::keyPressEvent(event);
    }
}

void SearchBox::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A click into the results list must still reach it, so close only when focus left for good.
    if (event->reason() != Qt::PopupFocusReason && m_view && !m_view->underMouse())
        hideResults();
}

bool SearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && event->type() == QEvent::Resize && m_view && m_view->isVisible())
        showResults();
    return QLineEdit::eventFilter(watched, event);
}

} // namespace ost
