// The user's files in the real window under Xvfb: a scan started as the app starts it makes a
// drama of an album nobody lists, with the album's embedded cover as its poster; the drama
// page, the Source filter, "Other music", the Edit dialog and a merge by dropping one poster
// on another, each undone with Ctrl+Z. Screenshots go to <build>/screenshots/files-*.png.
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "edits/dramaeditdialog.h"
#include "edits/libraryeditactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sidebarview.h"
#include "models/dramafilterproxy.h"
#include "models/dramagridmodel.h"
#include "pages/dramapage.h"
#include "playback/tonegenerator.h"
#include "playlists/playlisteditor.h"
#include "postergrid/postergridview.h"
#include "services/libraryservice.h"
#include "services/localmusicservice.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <taglib/fileref.h>
#include <taglib/tag.h>
#include <taglib/tvariant.h>

using namespace Qt::StringLiterals;
using namespace ost;

namespace {

const QColor kCover(0x2a, 0x9d, 0x8f);

void writeTrack(const QString &path, const QString &title, const QString &artist, const QString &album,
                bool cover)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY(ToneGenerator::writeWav(path, { 523.0, 200 }));
    TagLib::FileRef ref(QFile::encodeName(path).constData());
    QVERIFY(!ref.isNull());
    ref.tag()->setTitle(TagLib::String(title.toStdString(), TagLib::String::UTF8));
    ref.tag()->setArtist(TagLib::String(artist.toStdString(), TagLib::String::UTF8));
    ref.tag()->setAlbum(TagLib::String(album.toStdString(), TagLib::String::UTF8));
    ref.tag()->setYear(2024);
    if (cover) {
        QImage img(300, 450, QImage::Format_RGB32);
        img.fill(kCover);
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        img.save(&b, "JPG", 90);
        TagLib::VariantMap picture;
        picture.insert("data", TagLib::ByteVector(b.data().constData(), uint(b.data().size())));
        picture.insert("mimeType", TagLib::String("image/jpeg"));
        picture.insert("pictureType", TagLib::String("Front Cover"));
        QVERIFY(ref.setComplexProperties("PICTURE", { picture }));
    }
    QVERIFY(ref.save());
}

bool near(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) < 12 && std::abs(a.green() - b.green()) < 12
        && std::abs(a.blue() - b.blue()) < 12;
}

} // namespace

class TestFilesWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;
    QTemporaryDir m_music;
    QString m_shots = QStringLiteral(OSTSHELF_TEST_BINARY_DIR "/screenshots");
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<MainWindow> m_window;
    const QString m_moon = u"files-moonlit-garden"_s;

    void shoot(QWidget *w, const QString &name)
    {
        QApplication::processEvents();
        const QString path = QDir(m_shots).filePath(u"files-"_s + name + u".png"_s);
        QVERIFY2(w->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
    DramaGridModel *grid() const { return m_service->gridModel(); }
    QString titleOf(const QString &id) const
    {
        const int row = grid()->rowOf(id);
        return row < 0 ? QString() : grid()->drama(row).title;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_shots);
        QStandardPaths::setTestModeEnabled(true);
        writeTrack(m_music.filePath(u"moon/01.wav"_s), u"Lantern"_s, u"Seo-yeon Kim"_s,
                   u"Moonlit Garden OST Part.1"_s, true);
        writeTrack(m_music.filePath(u"moon/02.wav"_s), u"Paper Boats"_s, u"Min Park"_s,
                   u"Moonlit Garden OST Part.2"_s, true);
        writeTrack(m_music.filePath(u"mister/01.wav"_s), u"어른"_s, u"손디아"_s, u"나의 아저씨 OST Part.2"_s,
                   false);
        writeTrack(m_music.filePath(u"mister/02.wav"_s), u"Dear Moon"_s, u"SURAN"_s,
                   u"My Mister OST Part.5"_s, false);
        writeTrack(m_music.filePath(u"palette/01.wav"_s), u"Palette"_s, u"IU feat. G-DRAGON"_s, u"Palette"_s,
                   false);
        auto lib = Library::open(test::libraryOptions(m_data.path()));
        QVERIFY(lib);
        m_service = std::make_unique<LibraryService>(std::move(*lib), m_data.filePath(u"cache"_s));
        m_window = std::make_unique<MainWindow>(m_service.get());
        m_window->resize(1280, 820);
        m_window->show();
        m_service->load();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QTRY_COMPARE_WITH_TIMEOUT(grid()->rowCount(), 26, 10000);
    }

    void scanMakesDramasWithTheirCovers()
    {
        LocalMusicService *music = m_service->localMusic();
        QSignalSpy finished(music, &LocalMusicService::scanFinished);
        QSignalSpy folders(music, &LocalMusicService::foldersReady);
        music->addFolder(m_music.path());
        QTRY_VERIFY_WITH_TIMEOUT(!folders.isEmpty()
                                     && folders.last().at(0).toStringList() == QStringList { m_music.path() },
                                 5000);
        music->scan();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(grid()->rowOf(m_moon) >= 0 && grid()->rowOf(u"my-mister"_s) >= 0, 10000);
        QCOMPARE(grid()->rowCount(), 28);
        const QModelIndex moon = grid()->index(grid()->rowOf(m_moon));
        QCOMPARE(moon.data(DramaGridModel::OriginRole).toString(), u"files"_s);
        // The poster is the album's embedded cover, decoded off the GUI thread.
        moon.data(Qt::DecorationRole);
        QTRY_VERIFY_WITH_TIMEOUT(moon.data(DramaGridModel::PosterLoadedRole).toBool(), 10000);
        const QImage poster = moon.data(Qt::DecorationRole).value<QPixmap>().toImage();
        QVERIFY2(near(poster.pixelColor(poster.width() / 2, poster.height() / 2), kCover),
                 qPrintable(poster.pixelColor(poster.width() / 2, poster.height() / 2).name()));
        // The Source filter shows only what came from the files.
        m_window->gridProxy()->setOrigin(u"files"_s);
        QTRY_COMPARE(m_window->gridProxy()->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->gridView()->visiblePostersLoaded(), 10000);
        shoot(m_window.get(), u"01-grid-your-files"_s);
        m_window->gridProxy()->setOrigin(QString());
    }

    void dramaPageAndOtherMusic()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::pageShown);
        m_window->navigate({ Location::Page::Drama, m_moon });
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
        QTest::qWait(300); // the page's poster
        shoot(m_window.get(), u"02-drama-page"_s);
        shown.clear();
        m_window->navigate({ Location::Page::OtherMusic, {} });
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
        QTest::qWait(300);
        shoot(m_window.get(), u"03-other-music"_s);
    }

    void editDialogAndUndo()
    {
        m_window->editActions()->editDrama(m_moon);
        DramaEditDialog *dialog = nullptr;
        QTRY_VERIFY([&] {
            dialog = m_window->findChild<DramaEditDialog *>();
            return dialog && dialog->isVisible();
        }());
        auto *title = dialog->findChildren<QLineEdit *>().first();
        title->setText(u"Moonlit Garden: The Series"_s);
        shoot(dialog, u"04-edit-dialog"_s);
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_COMPARE_WITH_TIMEOUT(titleOf(m_moon), u"Moonlit Garden: The Series"_s, 5000);
        m_service->playlists()->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(titleOf(m_moon), u"Moonlit Garden"_s, 5000);
    }

    void mergeByDroppingAPosterAndUndo()
    {
        const int before = grid()->rowCount();
        Q_EMIT m_window->gridView()->posterDroppedOnPoster(m_moon, u"my-mister"_s);
        QMessageBox *box = nullptr;
        QTRY_VERIFY([&] {
            box = m_window->findChild<QMessageBox *>();
            return box && box->isVisible();
        }());
        shoot(box, u"05-merge-question"_s);
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        QTRY_COMPARE_WITH_TIMEOUT(grid()->rowCount(), before - 1, 5000);
        QCOMPARE(grid()->rowOf(m_moon), -1);
        QTRY_COMPARE_WITH_TIMEOUT(grid()->drama(grid()->rowOf(u"my-mister"_s)).songCount, 4, 5000);
        m_service->playlists()->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(grid()->rowCount(), before, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(grid()->drama(grid()->rowOf(u"my-mister"_s)).songCount, 2, 5000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_service.reset();
    }
};

OST_TEST_MAIN(TestFilesWindow)
#include "tst_fileswindow.moc"
