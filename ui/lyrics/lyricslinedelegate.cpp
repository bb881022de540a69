#include "lyricslinedelegate.h"

#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QTextLayout>

namespace ost {

namespace {

// The height the text takes on one line as drawn, fallback fonts included (Hangul is drawn in
// a CJK font with taller lines than the primary font's metrics say).
qreal lineHeight(const QString &text, const QStyleOptionViewItem &opt)
{
    QTextLayout layout(text, opt.font);
    layout.beginLayout();
    QTextLine l = layout.createLine();
    if (l.isValid())
        l.setLineWidth(1e6);
    layout.endLayout();
    return l.isValid() ? l.height() : opt.fontMetrics.height();
}

} // namespace

void LyricsLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = index.data(Qt::DisplayRole).toString(); // opt.text has '\n' as U+2028
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, focus
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    QRectF line = QRectF(opt.rect).adjusted(4, 3, -4, 0);
    const auto lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qreal height = lineHeight(lines.at(i), opt);
        if (i > 0) // romanization and second language: quieter than the line
            painter->setOpacity(0.75);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignTop,
                          opt.fontMetrics.elidedText(lines.at(i), Qt::ElideRight, int(line.width())));
        line.translate(0, height);
    }
    painter->restore();
}

QSize LyricsLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    qreal height = 0;
    const auto lines = index.data(Qt::DisplayRole).toString().split(u'\n');
    for (const QString &line : lines)
        height += lineHeight(line, opt);
    size.setHeight(int(std::ceil(height)) + 6);
    // As wide as the view: a line is elided at the view's edge, not at its own width.
    if (const auto *view = qobject_cast<const QListView *>(opt.widget))
        size.setWidth(std::max(40, view->viewport()->width() - 2 * view->spacing()));
    return size;
}

} // namespace ost
