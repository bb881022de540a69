#include "playlistactions.h"

#include "models/playlistlistmodel.h"
#include "playlists/playlisteditor.h"
#include "trashdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ost {

PlaylistActions::PlaylistActions(PlaylistEditor *editor, QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_window(window)
{
    connect(m_editor, &PlaylistEditor::created, this, [this](qint64 id) {
        if (std::exchange(m_openCreated, false))
            Q_EMIT openRequested(id);
    });
    connect(m_editor, &PlaylistEditor::imported, this, [this](qint64 id, const QString &report) {
        Q_EMIT openRequested(id);
        QMessageBox box(QMessageBox::Information, tr("Playlist imported"), report.section(u'\n', 0, 0),
                        QMessageBox::Ok, m_window);
        if (report.contains(u'\n'))
            box.setDetailedText(report);
        box.setInformativeText(report.contains(u'\n') ? tr("Some entries need a look: see the details.")
                                                      : QString());
        box.exec();
    });
    connect(m_editor, &PlaylistEditor::trashReady, this, [this](const QList<Playlist> &trash) {
        if (m_trash)
            m_trash->setPlaylists(trash);
    });
}

std::optional<QString> PlaylistActions::askName(const QString &title, const QString &initial, qint64 except)
{
    QString name = initial;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(m_window, title, tr("Playlist name:"), QLineEdit::Normal, name, &ok);
        if (!ok)
            return std::nullopt;
        const auto problem = m_editor->nameProblem(name, except);
        if (!problem)
            return name.trimmed();
        QMessageBox::warning(m_window, title, *problem);
    }
}

void PlaylistActions::newPlaylist(const QStringList &songIds)
{
    const auto name = askName(tr("New playlist"), m_editor->uniqueName(tr("New playlist")), 0);
    if (!name)
        return;
    m_openCreated = songIds.isEmpty(); // a new empty list is where the user goes next
    m_editor->create(*name, songIds);
}

void PlaylistActions::rename(qint64 id)
{
    const int row = m_editor->playlists()->rowOf(id);
    if (row < 0)
        return;
    const QString old = m_editor->playlists()->playlist(row).name;
    if (const auto name = askName(tr("Rename playlist"), old, id))
        m_editor->rename(id, *name);
}

void PlaylistActions::exportPlaylist(qint64 id)
{
    const int row = m_editor->playlists()->rowOf(id);
    if (row < 0)
        return;
    QSettings settings;
    const QString dir = settings
                            .value(u"playlists/exportDir"_s,
                                   QStandardPaths::writableLocation(QStandardPaths::MusicLocation))
                            .toString();
    QString selected;
    const QString file = QFileDialog::getSaveFileName(
        m_window, tr("Export playlist"), dir + u'/' + m_editor->playlists()->playlist(row).name + u".m3u8"_s,
        tr("M3U8 playlist (*.m3u8);;M3U playlist (*.m3u);;XSPF playlist (*.xspf)"), &selected);
    if (file.isEmpty())
        return;
    settings.setValue(u"playlists/exportDir"_s, QFileInfo(file).absolutePath());
    m_editor->exportPlaylist(id, file);
}

void PlaylistActions::importPlaylist()
{
    QSettings settings;
    const QString dir = settings
                            .value(u"playlists/importDir"_s,
                                   QStandardPaths::writableLocation(QStandardPaths::MusicLocation))
                            .toString();
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Import playlist"), dir,
                                                      tr("Playlists (*.m3u8 *.m3u *.xspf);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(u"playlists/importDir"_s, QFileInfo(file).absolutePath());
    m_editor->importPlaylist(file);
}

void PlaylistActions::showTrash()
{
    if (!m_trash) {
        m_trash = new TrashDialog(m_window);
        m_trash->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_trash, &TrashDialog::restoreRequested, m_editor, &PlaylistEditor::restore);
        connect(m_trash, &TrashDialog::emptyRequested, m_editor, &PlaylistEditor::emptyTrash);
    }
    m_editor->requestTrash();
    m_trash->show();
    m_trash->raise();
}

void PlaylistActions::showPlaylistMenu(qint64 id, const QPoint &globalPos)
{
    QMenu menu(m_window);
    menu.addAction(tr("Open"), this, [this, id] { Q_EMIT openRequested(id); });
    menu.addAction(tr("Rename…"), this, [this, id] { rename(id); });
    menu.addAction(tr("Duplicate"), m_editor, [editor = m_editor, id] { editor->duplicate(id); });
    menu.addAction(tr("Export…"), this, [this, id] { exportPlaylist(id); });
    menu.addSeparator();
    menu.addAction(tr("Delete (move to trash)"), m_editor,
                   [editor = m_editor, id] { editor->moveToTrash(id); });
    menu.exec(globalPos);
}

} // namespace ost
