#include "postergenerator.h"

#include <QCryptographicHash>
#include <QFont>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

// Draws text wrapped and shrunk until it fits rect.
void drawFitted(QPainter &p, const QRectF &rect, const QString &text, QFont font, int flags)
{
    for (qreal pt = font.pointSizeF(); pt >= 6; pt -= 1) {
        font.setPointSizeF(pt);
        const QFontMetricsF fm(font);
        const QRectF needed = fm.boundingRect(rect, flags | Qt::TextWordWrap, text);
        if (needed.height() <= rect.height() && needed.width() <= rect.width())
            break;
    }
    p.setFont(font);
    p.drawText(rect, flags | Qt::TextWordWrap, text);
}

} // namespace

QImage PosterGenerator::generate(const PosterSpec &spec, QSize size, qreal dpr)
{
    const QSize pixels = (QSizeF(size) * dpr).toSize();
    QImage img(pixels, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    const QByteArray digest
        = QCryptographicHash::hash((spec.title + spec.titleKo).toUtf8(), QCryptographicHash::Sha1);
    auto byte = [&](int i) { return quint8(digest.at(i)); };
    const int hue1 = byte(0) * 360 / 256;
    const int hue2 = (hue1 + 40 + byte(1) % 140) % 360;
    const QColor c1 = QColor::fromHsv(hue1, 120 + byte(2) % 100, 70 + byte(3) % 60);
    const QColor c2 = QColor::fromHsv(hue2, 90 + byte(4) % 120, 150 + byte(5) % 90);

    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal w = size.width();
    const qreal h = size.height();
    QLinearGradient g(0, 0, w * (byte(6) % 2 ? 1 : 0.3), h);
    g.setColorAt(0, c1);
    g.setColorAt(1, c2);
    p.fillRect(QRectF(0, 0, w, h), g);

    // A few soft circles and a horizon line, placed by the title's hash.
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 4; ++i) {
        QColor c = (i % 2 ? c2 : c1).lighter(130 + i * 15);
        c.setAlpha(50 + byte(7 + i) % 60);
        p.setBrush(c);
        const qreal r = w * (0.2 + (byte(11 + i) % 50) / 100.0);
        p.drawEllipse(QPointF(w * (byte(15 + i) % 100) / 100.0, h * (byte(19 - i) % 60) / 100.0), r, r);
    }
    QColor line = Qt::white;
    line.setAlpha(90);
    p.setPen(QPen(line, std::max(1.0, w / 160)));
    const qreal horizon = h * 0.62;
    p.drawLine(QPointF(w * 0.08, horizon), QPointF(w * 0.92, horizon));

    QFont serif(u"Noto Serif CJK KR"_s);
    serif.setStyleHint(QFont::Serif);
    serif.setWeight(QFont::Bold);
    QFont sans(u"Noto Sans CJK KR"_s);
    sans.setStyleHint(QFont::SansSerif);

    p.setPen(Qt::white);
    const QString main = spec.titleKo.isEmpty() ? spec.title : spec.titleKo;
    serif.setPointSizeF(std::max(8.0, w / 7));
    drawFitted(p, QRectF(w * 0.08, h * 0.18, w * 0.84, horizon - h * 0.2), main, serif,
               Qt::AlignHCenter | Qt::AlignBottom);

    if (!spec.titleKo.isEmpty()) {
        sans.setPointSizeF(std::max(6.0, w / 16));
        sans.setWeight(QFont::DemiBold);
        drawFitted(p, QRectF(w * 0.08, horizon + h * 0.03, w * 0.84, h * 0.2), spec.title, sans,
                   Qt::AlignHCenter | Qt::AlignTop);
    }
    QStringList foot;
    if (spec.year > 0)
        foot << QString::number(spec.year);
    if (!spec.broadcaster.isEmpty())
        foot << spec.broadcaster;
    if (!foot.isEmpty()) {
        sans.setWeight(QFont::Normal);
        sans.setPointSizeF(std::max(6.0, w / 22));
        QColor dim = Qt::white;
        dim.setAlpha(200);
        p.setPen(dim);
        drawFitted(p, QRectF(w * 0.08, h * 0.86, w * 0.84, h * 0.1), foot.join(u"  ·  "_s), sans,
                   Qt::AlignHCenter | Qt::AlignVCenter);
    }
    p.end();
    return img;
}

} // namespace ost
