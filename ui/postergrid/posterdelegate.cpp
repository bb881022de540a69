#include "posterdelegate.h"

#include "common/heartpainter.h"
#include "models/dramagridmodel.h"
#include "posters/posterloader.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ost {

PosterDelegate::PosterDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void PosterDelegate::setPosterSize(QSize size)
{
    m_posterSize = size;
}

QSize PosterDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int lineHeight = option.fontMetrics.height();
    return { m_posterSize.width() + 2 * kPadding,
             m_posterSize.height() + 2 * kPadding + kTextLines * lineHeight + 4 };
}

QRect PosterDelegate::posterRect(const QRect &item) const
{
    return { item.left() + (item.width() - m_posterSize.width()) / 2, item.top() + kPadding,
             m_posterSize.width(), m_posterSize.height() };
}

QRect PosterDelegate::heartRect(const QRect &item) const
{
    const int s = std::max(22, m_posterSize.width() / 6);
    const QRect poster = posterRect(item);
    return { poster.right() + 1 - s - 6, poster.top() + 6, s, s };
}

void PosterDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::SmoothPixmapTransform);
    const QRect r = option.rect;
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    if (selected || hovered) {
        QColor bg = pal.color(QPalette::Highlight);
        bg.setAlpha(selected ? 90 : 35);
        p->setPen(Qt::NoPen);
        p->setBrush(bg);
        p->drawRoundedRect(r.adjusted(2, 2, -2, -2), 8, 8);
    }
    const QRect poster = posterRect(r);
    // Posters come with rounded corners (PosterLoader), so they are drawn as they are.
    const QPixmap pm = index.data(Qt::DecorationRole).value<QPixmap>();
    if (!pm.isNull()) {
        p->drawPixmap(poster.topLeft(), pm);
    } else {
        p->setPen(Qt::NoPen);
        p->setBrush(pal.color(QPalette::Mid));
        p->drawRoundedRect(poster, PosterLoader::kCornerRadius, PosterLoader::kCornerRadius);
    }
    if (option.state & QStyle::State_HasFocus) {
        p->setPen(QPen(pal.color(QPalette::Highlight), 2));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(poster.adjusted(-1, -1, 1, 1), 7, 7);
    }

    // Heart on a dark disc so it reads on any poster.
    const bool fav = index.data(DramaGridModel::FavoriteRole).toBool();
    const QRect heart = heartRect(r);
    p->drawPixmap(heart.topLeft(), heartBadge(fav, heart.size(), p->device()->devicePixelRatio()));

    // "From your files": a small mark in the poster's top-left corner.
    if (index.data(DramaGridModel::OriginRole).toString() == u"files"_s) {
        QFont small = option.font;
        small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
        const QFontMetrics sm(small);
        const QString mark = tr("♪ Your files");
        const QRect pill(poster.left() + 6, poster.top() + 6, sm.horizontalAdvance(mark) + 10,
                         sm.height() + 4);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0, 0, 0, kPillAlpha));
        p->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        p->setFont(small);
        p->setPen(Qt::white);
        p->drawText(pill, Qt::AlignCenter, mark);
    }

    // Text: English title, Hangul title, year · broadcaster; laid out once (line()), then drawn
    // from the layout on every frame.
    const int lh = option.fontMetrics.height();
    QPoint at(poster.left(), poster.bottom() + 4);
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(pal.color(selected ? QPalette::Text : QPalette::WindowText));
    p->drawStaticText(at, line(index.data(DramaGridModel::TitleRole).toString(), bold, poster.width()));
    p->setFont(option.font);
    at.ry() += lh;
    p->drawStaticText(at,
                      line(index.data(DramaGridModel::TitleKoRole).toString(), option.font, poster.width()));
    at.ry() += lh;
    QStringList meta;
    if (const int y = index.data(DramaGridModel::YearRole).toInt(); y > 0)
        meta << QString::number(y);
    if (const QString b = index.data(DramaGridModel::BroadcasterRole).toString(); !b.isEmpty())
        meta << b;
    p->setPen(secondaryText(pal));
    p->drawStaticText(at, line(meta.join(u" · "_s), option.font, poster.width()));
    p->restore();
}

QColor PosterDelegate::secondaryText(const QPalette &palette)
{
    // The palette's placeholder colour is its text at half strength: 3.9:1 on white, under
    // WCAG AA's 4.5:1. Text mixed 70 % into the background keeps the line quieter than the
    // title and readable; where even that falls short, the text colour itself.
    const QColor text = palette.color(QPalette::WindowText);
    const QColor back = palette.color(QPalette::Window);
    const QColor mixed = QColor::fromRgbF(float(text.redF() * 0.7 + back.redF() * 0.3),
                                          float(text.greenF() * 0.7 + back.greenF() * 0.3),
                                          float(text.blueF() * 0.7 + back.blueF() * 0.3));
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double a = luminance(mixed), b = luminance(back);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05) >= 4.5 ? mixed : text;
}

const QStaticText &PosterDelegate::line(const QString &text, const QFont &font, int width) const
{
    const QString key = text + u'\x1f' + font.key() + u'\x1f' + QString::number(width);
    if (const QStaticText *cached = m_lines.object(key))
        return *cached;
    auto *laidOut = new QStaticText(QFontMetrics(font).elidedText(text, Qt::ElideRight, width));
    laidOut->setTextFormat(Qt::PlainText);
    laidOut->prepare(QTransform(), font);
    m_lines.insert(key, laidOut);
    return *m_lines.object(key);
}

QPixmap PosterDelegate::heartBadge(bool favorite, QSize size, qreal dpr) const
{
    QPixmap &badge = m_hearts[favorite ? 1 : 0];
    if (badge.isNull() || badge.deviceIndependentSize().toSize() != size
        || !qFuzzyCompare(badge.devicePixelRatio(), dpr)) {
        badge = QPixmap((QSizeF(size) * dpr).toSize());
        badge.setDevicePixelRatio(dpr);
        badge.fill(Qt::transparent);
        QPainter p(&badge);
        p.setRenderHint(QPainter::Antialiasing);
        const QRect disc(QPoint(), size);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, kDiscAlpha));
        p.drawEllipse(disc);
        HeartPainter::paint(&p,
                            QRectF(disc).adjusted(size.width() * 0.22, size.height() * 0.25,
                                                  -size.width() * 0.22, -size.height() * 0.17),
                            favorite, favorite ? QColor(0xff, 0x4d, 0x6d) : QColor(Qt::white));
    }
    return badge;
}

bool PosterDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() == Qt::LeftButton && heartRect(option.rect).contains(me->position().toPoint())) {
            model->setData(index, !index.data(DramaGridModel::FavoriteRole).toBool(),
                           DramaGridModel::FavoriteRole);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool PosterDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                               const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && heartRect(option.rect).contains(event->pos())) {
        QToolTip::showText(event->globalPos(),
                           index.data(DramaGridModel::FavoriteRole).toBool() ? tr("Remove from favorites")
                                                                             : tr("Add to favorites"),
                           view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace ost
