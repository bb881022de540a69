#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

namespace ost {

// The favorite heart, drawn as a path so it is sharp at any scale.
class HeartPainter
{
public:
    static void paint(QPainter *painter, const QRectF &rect, bool filled, const QColor &color);
};

} // namespace ost
