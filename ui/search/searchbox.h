#pragma once

#include "search/searchdocument.h"

#include <QLineEdit>

class QListView;

namespace ost {

class SearchService;
class SearchResultsModel;

// The search field: as the user types, queries run on the search thread and results show
// grouped in a list under the field. Up/Down choose, Enter opens, Escape closes.
class SearchBox final : public QLineEdit
{
    Q_OBJECT
public:
    SearchBox(SearchService *service, QWidget *parent = nullptr);

    QListView *resultsView() const { return m_view; }
    SearchResultsModel *resultsModel() const { return m_model; }
    void hideResults();

Q_SIGNALS:
    void resultActivated(ost::EntityType type, const QString &id);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showResults();
    void activate(const QModelIndex &index);
    void moveSelection(int delta);

    SearchService *m_service;
    SearchResultsModel *m_model;
    QListView *m_view = nullptr;
};

} // namespace ost
