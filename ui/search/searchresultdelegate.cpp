#include "searchresultdelegate.h"

#include "models/searchresultsmodel.h"

#include <QPainter>

namespace ost {

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int lh = option.fontMetrics.height();
    if (index.data(SearchResultsModel::IsHeaderRole).toBool())
        return { 300, lh + 10 };
    return { 300, 2 * lh + 10 };
}

void SearchResultDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    p->save();
    const QRect r = option.rect.adjusted(10, 4, -10, -4);
    const QPalette &pal = option.palette;
    if (index.data(SearchResultsModel::IsHeaderRole).toBool()) {
        QFont f = option.font;
        f.setBold(true);
        f.setCapitalization(QFont::AllUppercase);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        p->setFont(f);
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(r, Qt::AlignLeft | Qt::AlignBottom, index.data(Qt::DisplayRole).toString());
        p->restore();
        return;
    }
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        p->fillRect(option.rect, pal.color(QPalette::Highlight));
    const int lh = option.fontMetrics.height();
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    p->drawText(
        QRect(r.left(), r.top(), r.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width()));
    p->setFont(option.font);
    if (!selected)
        p->setPen(pal.color(QPalette::PlaceholderText));
    p->drawText(QRect(r.left(), r.top() + lh, r.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
                option.fontMetrics.elidedText(index.data(SearchResultsModel::SubtitleRole).toString(),
                                              Qt::ElideRight, r.width()));
    p->restore();
}

} // namespace ost
