#include "damagenotice.h"

#include "services/libraryservice.h"

#include <QMessageBox>
#include <QPushButton>

namespace ost {

DamageNotice::DamageNotice(LibraryService *service, QWidget *window)
    : m_window(window)
{
    connect(service, &LibraryService::libraryDamaged, this, &DamageNotice::show);
}

void DamageNotice::show(const QString &message)
{
    if (m_shown)
        return;
    m_shown = true;
    auto *box = new QMessageBox(QMessageBox::Critical, tr("The library file is damaged"),
                                tr("OST Shelf found damage in its library file and stops using it now, so "
                                   "nothing more is read from it or written to it."),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("damageNotice"));
    box->setInformativeText(
        tr("When it starts again it checks the whole file, keeps it aside, and carries everything still "
           "readable (playlists, favorites, linked files, edits) into a new library, then says what was "
           "recovered."));
    box->setDetailedText(message);
    QPushButton *restart = box->addButton(tr("Restart and Repair"), QMessageBox::AcceptRole);
    restart->setObjectName(QStringLiteral("restartAndRepair"));
    box->addButton(tr("Quit"), QMessageBox::RejectRole);
    box->setDefaultButton(restart);
    box->setWindowModality(Qt::ApplicationModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, restart] {
        if (box->clickedButton() == restart)
            Q_EMIT restartRequested();
        else
            Q_EMIT quitRequested();
    });
    box->open();
}

} // namespace ost
