#include "mainmenus.h"

#include "about/aboutdialog.h"
#include "backup/backupactions.h"
#include "languagemenu.h"
#include "packs/packactions.h"
#include "playlists/playlistactions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ost {

MainMenus::MainMenus(QMainWindow *window, const Parts &parts)
    : QObject(window)
{
    buildFile(window, parts);

    QMenu *edit = window->menuBar()->addMenu(tr("&Edit"));
    QAction *undo = parts.undo->createUndoAction(window, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = parts.undo->createRedoAction(window, tr("&Redo"));
    redo->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *go = window->menuBar()->addMenu(tr("&Go"));
    QStyle *style = window->style();
    m_back = go->addAction(style->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this,
                           &MainMenus::backRequested);
    // One sequence per action: QKeySequence::Back is Alt+Left on X11, and a duplicate would be ambiguous.
    m_back->setShortcuts({ QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back) });
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_forward = go->addAction(style->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this,
                              &MainMenus::forwardRequested);
    m_forward->setShortcuts({ QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward) });
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_home = go->addAction(style->standardIcon(QStyle::SP_DirHomeIcon), tr("All &dramas"), this,
                           &MainMenus::homeRequested);
    m_home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_home->setToolTip(tr("All dramas (Alt+Home)"));
    QAction *find = go->addAction(tr("&Search"), this, &MainMenus::searchRequested);
    find->setShortcuts({ QKeySequence::Find, QKeySequence(u"/"_s) });
    go->addSeparator();
    QAction *favorite = go->addAction(tr("Toggle &favorite"), this, &MainMenus::toggleFavoriteRequested);
    favorite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    m_view = view;
    QAction *zoomIn = view->addAction(tr("Larger posters"), this, [this] { Q_EMIT posterZoomRequested(16); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut
        = view->addAction(tr("Smaller posters"), this, [this] { Q_EMIT posterZoomRequested(-16); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    auto *language = new LanguageMenu(view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChanged, this, &MainMenus::languageChanged);

    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About OST Shelf"), window, [window] { AboutDialog(window).exec(); });
}

void MainMenus::buildFile(QMainWindow *window, const Parts &parts)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    PlaylistActions *playlists = parts.playlists;
    QAction *newList
        = file->addAction(tr("&New playlist…"), playlists, [playlists] { playlists->newPlaylist(); });
    newList->setShortcut(QKeySequence::New);
    QAction *importList
        = file->addAction(tr("&Import playlist…"), playlists, &PlaylistActions::importPlaylist);
    importList->setShortcut(QKeySequence::Open);
    QAction *exportList = file->addAction(tr("&Export playlist…"), this, &MainMenus::exportPlaylistRequested);
    exportList->setShortcut(QKeySequence::Save);
    file->addAction(tr("Playlist &trash…"), playlists, &PlaylistActions::showTrash);
    file->addSeparator();
    file->addAction(tr("&Music folders and scan…"), this, &MainMenus::musicFoldersRequested)
        ->setObjectName(u"musicFoldersAction"_s);
    file->addSeparator();
    PackActions *packs = parts.packs;
    QAction *importPack = file->addAction(tr("Import &pack…"), packs, [packs] { packs->importPack(); });
    importPack->setObjectName(u"importPackAction"_s);
    importPack->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    QAction *exportPack
        = file->addAction(tr("E&xport selection as pack…"), this, &MainMenus::exportSelectionRequested);
    exportPack->setObjectName(u"exportPackAction"_s);
    exportPack->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->addSeparator();
    BackupActions *backups = parts.backups;
    QAction *backUp = file->addAction(tr("&Back up library…"), backups, &BackupActions::backUp);
    backUp->setObjectName(u"backupAction"_s);
    QAction *restore
        = file->addAction(tr("&Restore from backup…"), backups, [backups] { backups->restore(); });
    restore->setObjectName(u"restoreAction"_s);
    file->addMenu(backups->automaticMenu(file));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

} // namespace ost
