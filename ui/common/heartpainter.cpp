#include "heartpainter.h"

#include <QPainter>
#include <QPainterPath>

namespace ost {

void HeartPainter::paint(QPainter *p, const QRectF &r, bool filled, const QColor &color)
{
    const qreal w = r.width();
    const qreal h = r.height();
    QPainterPath path;
    path.moveTo(r.left() + w / 2, r.top() + h * 0.92);
    path.cubicTo(r.left() - w * 0.05, r.top() + h * 0.55, r.left() + w * 0.05, r.top() + h * 0.02,
                 r.left() + w / 2, r.top() + h * 0.28);
    path.cubicTo(r.right() - w * 0.05, r.top() + h * 0.02, r.right() + w * 0.05, r.top() + h * 0.55,
                 r.left() + w / 2, r.top() + h * 0.92);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(color, std::max(1.2, w / 12)));
    p->setBrush(filled ? QBrush(color) : Qt::NoBrush);
    p->drawPath(path);
    p->restore();
}

} // namespace ost
