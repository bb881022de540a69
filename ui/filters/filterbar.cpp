#include "filterbar.h"

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ost {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_button(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_chips(new QHBoxLayout)
{
    m_button->setText(tr("Filter"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_menu);
    m_button->setAccessibleName(tr("Filter dramas"));
    m_button->setToolTip(tr("Filter by source, year, broadcaster, collection, artist or favorites (Ctrl+L)"));
    m_button->setShortcut(QKeySequence(u"Ctrl+L"_s));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addLayout(m_chips);
    layout->addStretch();
    rebuildMenu();
}

void FilterBar::setChoices(const QStringList &broadcasters,
                           const QList<std::pair<QString, QString>> &collections,
                           const QList<std::pair<QString, QString>> &artists)
{
    m_broadcasters = broadcasters;
    m_collections = collections;
    m_artists = artists;
    rebuildMenu();
}

void FilterBar::setState(const FilterState &state)
{
    m_state = state;
    rebuildMenu();
    rebuildChips();
}

void FilterBar::apply(const FilterState &state)
{
    if (state == m_state)
        return;
    setState(state);
    Q_EMIT stateChanged(m_state);
}

QList<std::pair<QString, QString>> FilterBar::originLabels()
{
    return { { u"bundled"_s, tr("From the catalog") },
             { u"files"_s, tr("From your files") },
             { u"pack"_s, tr("From drama packs") } };
}

void FilterBar::rebuildMenu()
{
    m_menu->clear();
    QAction *fav = m_menu->addAction(tr("Favorites only"));
    fav->setCheckable(true);
    fav->setChecked(m_state.favoritesOnly);
    connect(fav, &QAction::toggled, this, [this](bool on) {
        FilterState s = m_state;
        s.favoritesOnly = on;
        apply(s);
    });
    QMenu *source = m_menu->addMenu(tr("Source"));
    for (const auto &[origin, label] : originLabels())
        source->addAction(label, this, [this, origin] {
            FilterState s = m_state;
            s.origin = origin;
            apply(s);
        });
    QMenu *years = m_menu->addMenu(tr("Years"));
    for (int decade : { 2000, 2010, 2020 }) {
        years->addAction(tr("%1s").arg(decade), this, [this, decade] {
            FilterState s = m_state;
            s.yearFrom = decade;
            s.yearTo = decade + 9;
            apply(s);
        });
    }
    years->addAction(tr("Before 2000"), this, [this] {
        FilterState s = m_state;
        s.yearFrom = 1;
        s.yearTo = 1999;
        apply(s);
    });
    years->addAction(tr("Custom range…"), this, &FilterBar::askYearRange);
    QMenu *broadcasters = m_menu->addMenu(tr("Broadcaster"));
    broadcasters->setEnabled(!m_broadcasters.isEmpty());
    for (const auto &b : m_broadcasters)
        broadcasters->addAction(b, this, [this, b] {
            FilterState s = m_state;
            s.broadcaster = b;
            apply(s);
        });
    QMenu *collections = m_menu->addMenu(tr("Collection"));
    collections->setEnabled(!m_collections.isEmpty());
    for (const auto &[id, title] : m_collections)
        collections->addAction(title, this, [this, id, title] {
            FilterState s = m_state;
            s.collectionId = id;
            s.collectionTitle = title;
            apply(s);
        });
    QMenu *artists = m_menu->addMenu(tr("Artist"));
    artists->setEnabled(!m_artists.isEmpty());
    for (const auto &[id, name] : m_artists)
        artists->addAction(name, this, [this, id, name] {
            FilterState s = m_state;
            s.artistId = id;
            s.artistName = name;
            apply(s);
        });
    m_menu->addSeparator();
    QAction *clear = m_menu->addAction(tr("Clear all filters"), this, [this] { apply(FilterState {}); });
    clear->setEnabled(!m_state.isEmpty());
}

void FilterBar::rebuildChips()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto chip = [this](const QString &text, auto clearField) {
        auto *b = new QToolButton(this);
        b->setText(text + u"  ✕"_s);
        b->setAutoRaise(false);
        b->setToolTip(tr("Remove this filter"));
        b->setAccessibleName(tr("Remove filter %1").arg(text));
        connect(b, &QToolButton::clicked, this, [this, clearField] {
            FilterState s = m_state;
            clearField(s);
            apply(s);
        });
        m_chips->addWidget(b);
    };
    if (m_state.favoritesOnly)
        chip(tr("♥ Favorites"), [](FilterState &s) { s.favoritesOnly = false; });
    for (const auto &[origin, label] : originLabels())
        if (m_state.origin == origin)
            chip(label, [](FilterState &s) { s.origin.clear(); });
    if (m_state.yearFrom || m_state.yearTo) {
        const QString from = m_state.yearFrom > 1 ? QString::number(m_state.yearFrom) : QString();
        const QString to = m_state.yearTo > 0 ? QString::number(m_state.yearTo) : QString();
        chip(tr("Years %1–%2").arg(from, to), [](FilterState &s) { s.yearFrom = s.yearTo = 0; });
    }
    if (!m_state.broadcaster.isEmpty())
        chip(m_state.broadcaster, [](FilterState &s) { s.broadcaster.clear(); });
    if (!m_state.collectionId.isEmpty())
        chip(tr("Collection: %1").arg(m_state.collectionTitle),
             [](FilterState &s) { s.collectionId.clear(); });
    if (!m_state.artistId.isEmpty())
        chip(tr("Artist: %1").arg(m_state.artistName), [](FilterState &s) { s.artistId.clear(); });
}

void FilterBar::askYearRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Years"));
    auto *from = new QSpinBox(&dialog);
    auto *to = new QSpinBox(&dialog);
    for (QSpinBox *s : { from, to })
        s->setRange(1950, 2100);
    from->setValue(m_state.yearFrom > 1 ? m_state.yearFrom : 2010);
    to->setValue(m_state.yearTo > 0 ? m_state.yearTo : 2026);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("From"), from);
    form->addRow(tr("To"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    FilterState s = m_state;
    s.yearFrom = std::min(from->value(), to->value());
    s.yearTo = std::max(from->value(), to->value());
    apply(s);
}

} // namespace ost
