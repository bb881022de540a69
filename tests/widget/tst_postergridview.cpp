// PosterGridView and PosterDelegate offscreen: a click on the heart asks for a favorite, a
// click elsewhere selects; the poster size follows setPosterWidth within its limits.
#include "common/contrast.h"
#include "common/testmain.h"
#include "models/dramagridmodel.h"
#include "postergrid/posterdelegate.h"
#include "postergrid/postergridview.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyle>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

// Fusion's light palette and a dark one of the kind desktops use (Breeze Dark's colours), each
// with the placeholder colour Qt derives: the text at half strength.
QPalette palette(bool dark)
{
    QPalette p = QApplication::style()->standardPalette();
    if (dark) {
        p.setColor(QPalette::Window, QColor(0x20, 0x23, 0x26));
        p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        p.setColor(QPalette::Base, QColor(0x14, 0x16, 0x18));
        p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        QColor placeholder(0xfc, 0xfc, 0xfc);
        placeholder.setAlpha(128);
        p.setColor(QPalette::PlaceholderText, placeholder);
    }
    return p;
}

// One drama drawn by the delegate on a plain poster of colour posterColour.
QImage drawItem(PosterDelegate &delegate, const QPalette &pal, const QColor &posterColour, bool favorite,
                QRect &itemRect)
{
    QStandardItemModel model;
    auto *item = new QStandardItem;
    QPixmap poster(delegate.posterSize());
    poster.fill(posterColour);
    item->setData(poster, Qt::DecorationRole);
    item->setData(u"Goblin"_s, DramaGridModel::TitleRole);
    item->setData(u"도깨비"_s, DramaGridModel::TitleKoRole);
    item->setData(2016, DramaGridModel::YearRole);
    item->setData(u"tvN"_s, DramaGridModel::BroadcasterRole);
    item->setData(favorite, DramaGridModel::FavoriteRole);
    item->setData(u"files"_s, DramaGridModel::OriginRole);
    model.appendRow(item);
    QStyleOptionViewItem option;
    option.palette = pal;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.state = QStyle::State_Enabled;
    option.rect = QRect(QPoint(0, 0), delegate.sizeHint(option, model.index(0, 0)));
    itemRect = option.rect;
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(pal.color(QPalette::Window));
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, 0));
    return image;
}

// The pixel of area that stands out most from background: the drawn mark's own colour.
QColor ink(const QImage &image, const QRect &area, const QColor &background)
{
    QColor best = background;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (const QColor c = image.pixelColor(x, y);
                test::contrast(c, background) > test::contrast(best, background))
                best = c;
    return best;
}

} // namespace

class TestPosterGridView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heartClickRequestsFavorite()
    {
        DramaGridModel model(nullptr);
        Drama d;
        d.id = u"goblin"_s;
        d.title = u"Goblin"_s;
        d.titleKo = u"도깨비"_s;
        model.setDramas({ d }, {}, {});
        PosterGridView view;
        view.setModel(&model);
        view.resize(600, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&model, &DramaGridModel::favoriteToggleRequested);
        const QRect item = view.visualRect(model.index(0));
        QVERIFY(item.isValid());
        const QPoint heart = view.posterDelegate()->heartRect(item).center();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, heart);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(1).toBool(), true);
        // A click elsewhere on the poster selects, it does not toggle.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, item.center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(view.currentIndex(), model.index(0));
    }

    void heartsAndTextMeetWcagContrast()
    {
        PosterDelegate delegate;
        for (const bool dark : { false, true }) {
            const QPalette pal = palette(dark);
            // The year and broadcaster line, and the title, against the window.
            const QColor window = pal.color(QPalette::Window);
            const double meta = test::contrast(PosterDelegate::secondaryText(pal), window);
            const double placeholder
                = test::contrast(test::over(pal.color(QPalette::PlaceholderText), window), window);
            qInfo("%s palette: title %.1f:1, year line %.1f:1 (the placeholder colour would give %.1f:1)",
                  dark ? "dark" : "light", test::contrast(pal.color(QPalette::WindowText), window), meta,
                  placeholder);
            QVERIFY2(meta >= 4.5, qPrintable(QString::number(meta)));
            // On the brightest and the darkest poster: the heart 3:1 against its disc, the
            // "♪ Your files" mark 4.5:1 against its pill.
            for (const QColor &posterColour :
                 { QColor(Qt::white), QColor(Qt::black), QColor(0xff, 0xd0, 0xe0) }) {
                for (const bool favorite : { false, true }) {
                    QRect item;
                    const QImage image = drawItem(delegate, pal, posterColour, favorite, item);
                    const QRect heart = delegate.heartRect(item);
                    const QColor disc
                        = image.pixelColor(heart.center().x(), heart.top() + heart.height() * 92 / 100);
                    const QColor mark = ink(image,
                                            heart.adjusted(heart.width() / 5, heart.height() / 5,
                                                           -heart.width() / 5, -heart.height() / 5),
                                            disc);
                    const double heartContrast = test::contrast(mark, disc);
                    QVERIFY2(heartContrast >= 3.0,
                             qPrintable(u"heart %1:1 on %2, %3"_s.arg(heartContrast)
                                            .arg(posterColour.name())
                                            .arg(favorite ? u"favorite"_s : u"not favorite"_s)));
                    // The pill in the poster's top-left corner, laid out as the delegate does.
                    const QRect poster = delegate.posterRect(item);
                    QFont small = QApplication::font();
                    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
                    const QFontMetrics sm(small);
                    const QRect pillRect(poster.left() + 6, poster.top() + 6,
                                         sm.horizontalAdvance(u"♪ Your files"_s) + 10, sm.height() + 4);
                    const QColor pill = image.pixelColor(pillRect.center().x(), pillRect.top() + 1);
                    const QRect pillText = pillRect.adjusted(4, 2, -4, -2);
                    const double pillContrast = test::contrast(ink(image, pillText, pill), pill);
                    QVERIFY2(pillContrast >= 4.5,
                             qPrintable(
                                 u"your-files mark %1:1 on %2"_s.arg(pillContrast).arg(posterColour.name())));
                }
            }
        }
    }

    void followsTheDesktopFontSize()
    {
        // Text sizes are relative to the desktop's font (no fixed sizes): a larger font makes
        // the grid's text lines taller, and the poster stays its size.
        PosterDelegate delegate;
        QStandardItemModel model(1, 1);
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        const QSize normal = delegate.sizeHint(option, model.index(0, 0));
        option.font.setPointSizeF(option.font.pointSizeF() * 1.6);
        option.fontMetrics = QFontMetrics(option.font);
        const QSize large = delegate.sizeHint(option, model.index(0, 0));
        QCOMPARE(large.width(), normal.width());
        QVERIFY2(large.height() - normal.height()
                     >= 3 * (option.fontMetrics.height() - QFontMetrics(QApplication::font()).height()),
                 qPrintable(u"%1 -> %2"_s.arg(normal.height()).arg(large.height())));
        QCOMPARE(delegate.posterRect(QRect(QPoint(), large)).size(), delegate.posterSize());
    }

    void zoomChangesPosterSize()
    {
        PosterGridView view;
        QSignalSpy spy(&view, &PosterGridView::posterSizeChanged);
        view.setPosterWidth(200);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toSize(), QSize(200, 300));
        view.setPosterWidth(10000);
        QCOMPARE(view.posterWidth(), 320); // clamped
    }
};

OST_TEST_MAIN(TestPosterGridView)
#include "tst_postergridview.moc"
