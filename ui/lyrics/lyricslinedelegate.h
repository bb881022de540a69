#pragma once

#include <QStyledItemDelegate>

namespace ost {

// Paints a lyrics line: the line, then its romanization and second-language line under it,
// each on a text line of its own, in a row tall enough for all of them (the style's own text
// drawing laid the three out as two and cut off the last).
class LyricsLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ost
