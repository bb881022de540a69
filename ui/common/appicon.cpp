#include "appicon.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace ost {

QIcon AppIcon::icon()
{
    static QIcon icon = [] {
        QIcon i;
        QSvgRenderer renderer(u":/ostshelf/icons/ostshelf.svg"_s);
        for (int size : { 16, 22, 32, 48, 64, 128, 256 }) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            renderer.render(&p);
            p.end();
            i.addPixmap(pm);
        }
        return i;
    }();
    return icon;
}

} // namespace ost
