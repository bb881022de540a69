#pragma once

#include "filterstate.h"

#include <QWidget>

class QHBoxLayout;
class QToolButton;
class QMenu;

namespace ost {

// A "Filter" menu and the active filters as removable chips.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // The choices the menu offers, filled by the owner once the catalog is loaded.
    void setChoices(const QStringList &broadcasters, const QList<std::pair<QString, QString>> &collections,
                    const QList<std::pair<QString, QString>> &artists);
    void setState(const FilterState &state);
    FilterState state() const { return m_state; }
    QToolButton *menuButton() const { return m_button; }

Q_SIGNALS:
    void stateChanged(const ost::FilterState &state);

private:
    static QList<std::pair<QString, QString>> originLabels(); // origin -> its label
    void rebuildMenu();
    void rebuildChips();
    void apply(const FilterState &state);
    void askYearRange();

    FilterState m_state;
    QStringList m_broadcasters;
    QList<std::pair<QString, QString>> m_collections;
    QList<std::pair<QString, QString>> m_artists;
    QToolButton *m_button;
    QMenu *m_menu;
    QHBoxLayout *m_chips;
};

} // namespace ost
