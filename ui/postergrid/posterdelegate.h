#pragma once

#include <QStyledItemDelegate>

namespace ost {

// Paints a drama in the grid from its roles only: poster, favorite heart, English and
// Hangul title, year and broadcaster. A click on the heart asks the model to toggle it.
class PosterDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PosterDelegate(QObject *parent = nullptr);

    void setPosterSize(QSize size);
    QSize posterSize() const { return m_posterSize; }
    QRect heartRect(const QRect &itemRect) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    QSize m_posterSize { 160, 240 };
    static constexpr int kPadding = 8;
    static constexpr int kTextLines = 3;
};

} // namespace ost
