#pragma once

#include <QCache>
#include <QPixmap>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace ost {

// Paints a drama in the grid from its roles only: poster, favorite heart, English and
// Hangul title, year and broadcaster. A click on the heart asks the model to toggle it.
// Scrolling repaints the same few dozen items many times, so the elided text lines are kept
// laid out (a bounded cache) and the heart badge is drawn once per state.
class PosterDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PosterDelegate(QObject *parent = nullptr);

    void setPosterSize(QSize size);
    QSize posterSize() const { return m_posterSize; }
    QRect heartRect(const QRect &itemRect) const;
    QRect posterRect(const QRect &itemRect) const;
    // The year and broadcaster line's colour: quieter than the title, at least 4.5:1 (WCAG AA).
    static QColor secondaryText(const QPalette &palette);
    // The dark disc under the heart and the pill under "♪ Your files": strong enough that the
    // white or pink heart keeps 3:1 and the white text 4.5:1 on the brightest poster.
    static constexpr int kDiscAlpha = 190;
    static constexpr int kPillAlpha = 160;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    const QStaticText &line(const QString &text, const QFont &font, int width) const;
    QPixmap heartBadge(bool favorite, QSize size, qreal dpr) const;

    QSize m_posterSize { 160, 240 };
    mutable QCache<QString, QStaticText> m_lines { 3000 };
    mutable QPixmap m_hearts[2];
    static constexpr int kPadding = 8;
    static constexpr int kTextLines = 3;
};

} // namespace ost
