#include "libraryeditactions.h"

#include "dramaeditdialog.h"
#include "dramapickerdialog.h"
#include "models/dramagridmodel.h"
#include "services/libraryeditor.h"
#include "services/libraryservice.h"
#include "songeditdialog.h"

#include <QCollator>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace ost {

LibraryEditActions::LibraryEditActions(LibraryService *service, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_window(window)
{ }

QString LibraryEditActions::titleOf(const QString &dramaId) const
{
    const int row = m_service->gridModel()->rowOf(dramaId);
    return row >= 0 ? m_service->gridModel()->drama(row).title : dramaId;
}

QList<std::pair<QString, QString>> LibraryEditActions::dramaChoices(const QString &except) const
{
    const DramaGridModel *grid = m_service->gridModel();
    QList<std::pair<QString, QString>> out;
    for (int r = 0; r < grid->rowCount(); ++r) {
        const Drama &d = grid->drama(r);
        if (d.id == except)
            continue;
        QString label = d.title;
        if (!d.titleKo.isEmpty() && d.titleKo != d.title)
            label += u" ("_s + d.titleKo + u")"_s;
        if (d.year > 0)
            label += u" "_s + QString::number(d.year);
        out << std::pair { d.id, label };
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(),
              [&collator](const auto &a, const auto &b) { return collator.compare(a.second, b.second) < 0; });
    return out;
}

void LibraryEditActions::showDramaMenu(const QString &id, bool favorite, const QPoint &globalPos)
{
    QMenu menu(m_window);
    menu.addAction(tr("Open"), this, [this, id] { Q_EMIT dramaOpenRequested(id); });
    menu.addAction(favorite ? tr("Remove from favorites") : tr("Add to favorites"), this,
                   [this, id, favorite] { m_service->setDramaFavorite(id, !favorite); });
    menu.addSeparator();
    menu.addAction(tr("Choose poster image…"), this, [this, id] {
        const QString file = QFileDialog::getOpenFileName(
            m_window, tr("Choose a poster"), QString(), tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"));
        if (!file.isEmpty())
            m_service->setCustomPoster(id, file);
    });
    if (!m_service->gridModel()->customPoster(id).isEmpty())
        menu.addAction(tr("Use the generated poster"), this,
                       [this, id] { m_service->setCustomPoster(id, QString()); });
    menu.addSeparator();
    addDramaActions(&menu, id);
    menu.exec(globalPos);
}

void LibraryEditActions::addDramaActions(QMenu *menu, const QString &dramaId)
{
    menu->addAction(tr("Edit drama…"), this, [this, dramaId] { editDrama(dramaId); });
    menu->addAction(tr("Merge into another drama…"), this, [this, dramaId] { chooseMergeTarget(dramaId); });
}

void LibraryEditActions::addSongActions(QMenu *menu, const Song &song, int part)
{
    const QString songId = song.id, songTitle = song.title;
    menu->addAction(tr("Edit song…"), this, [this, song, part] { editSong(song, part); });
    menu->addAction(tr("Move to another drama…"), this,
                    [this, songId, songTitle] { chooseSongDrama(songId, songTitle); });
    menu->addAction(tr("Move to other music (no drama)"), this, [this, songId, songTitle] {
        m_service->editor()->moveSong(songId, QString(), songTitle, QString());
    });
    if (song.origin != u"files"_s)
        return;
    // The whole album of the file at once.
    menu->addAction(tr("Its album is the OST of…"), this,
                    [this, songId, songTitle] { chooseAlbumDrama(songId, songTitle); });
    menu->addAction(tr("Its album is not a drama's OST"), this, [this, songId, songTitle] {
        m_service->editor()->setAlbumOfSong(songId, songTitle, QString(), QString());
    });
}

void LibraryEditActions::editSong(const Song &song, int part)
{
    auto *dialog = new SongEditDialog(song, part, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = song.id, title = song.title] {
        if (const SongEdit e = dialog->edit(); !e.isEmpty())
            m_service->editor()->editSong(id, title, e);
    });
    dialog->open();
}

void LibraryEditActions::chooseAlbumDrama(const QString &songId, const QString &songTitle)
{
    auto *dialog = new DramaPickerDialog(
        dramaChoices({}), tr("The album of “%1” is the soundtrack of…").arg(songTitle), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, songId, songTitle] {
        if (const QString drama = dialog->chosenId(); !drama.isEmpty())
            m_service->editor()->setAlbumOfSong(songId, songTitle, drama, titleOf(drama));
    });
    dialog->open();
}

void LibraryEditActions::editDrama(const QString &dramaId)
{
    const int row = m_service->gridModel()->rowOf(dramaId);
    if (row < 0)
        return;
    auto *dialog
        = new DramaEditDialog(m_service->gridModel()->drama(row), m_service->broadcasters(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DramaEditDialog::posterRequested, dialog, [this, dialog, dramaId] {
        const QString file = QFileDialog::getOpenFileName(
            dialog, tr("Choose a poster"), QString(), tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"));
        if (!file.isEmpty())
            m_service->setCustomPoster(dramaId, file);
    });
    connect(dialog, &DramaEditDialog::mergeRequested, this, [this, dramaId] { chooseMergeTarget(dramaId); });
    connect(dialog, &QDialog::accepted, this, [this, dialog, dramaId] {
        if (const DramaEdit e = dialog->edit(); !e.isEmpty())
            m_service->editor()->editDrama(dramaId, e);
    });
    dialog->open();
}

void LibraryEditActions::chooseMergeTarget(const QString &fromId)
{
    auto *dialog = new DramaPickerDialog(
        dramaChoices(fromId),
        tr("“%1” is the same drama as… Its songs, favorite and poster join the drama you "
           "choose; Ctrl+Z splits them again.")
            .arg(titleOf(fromId)),
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, fromId] {
        if (const QString into = dialog->chosenId(); !into.isEmpty())
            m_service->editor()->mergeDramas(fromId, into, titleOf(fromId), titleOf(into));
    });
    dialog->open();
}

void LibraryEditActions::confirmMerge(const QString &fromId, const QString &intoId)
{
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Merge dramas"),
                          tr("Are “%1” and “%2” one drama? The songs, favorite and poster of “%1” join “%2”; "
                             "Ctrl+Z splits them again.")
                              .arg(titleOf(fromId), titleOf(intoId)),
                          QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->addButton(tr("Merge"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::accepted, this, [this, fromId, intoId] {
        m_service->editor()->mergeDramas(fromId, intoId, titleOf(fromId), titleOf(intoId));
    });
    box->open();
}

void LibraryEditActions::chooseSongDrama(const QString &songId, const QString &songTitle)
{
    auto *dialog = new DramaPickerDialog(dramaChoices({}),
                                         tr("Move “%1” to the soundtrack of…").arg(songTitle), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, songId, songTitle] {
        if (const QString drama = dialog->chosenId(); !drama.isEmpty())
            m_service->editor()->moveSong(songId, drama, songTitle, titleOf(drama));
    });
    dialog->open();
}

} // namespace ost
