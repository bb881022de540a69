#include "packactions.h"

#include "common/jobprogress.h"
#include "packimportdialog.h"
#include "services/packservice.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ost {

PackActions::PackActions(PackService *packs, QWidget *window)
    : QObject(window)
    , m_packs(packs)
    , m_window(window)
{
    connect(m_packs, &PackService::checked, this, &PackActions::showChecked);
    connect(m_packs, &PackService::checkFailed, this, [this](const QString &, const QString &why) {
        m_progress.reset();
        QMessageBox::warning(m_window, tr("Import pack"), why);
    });
    connect(m_packs, &PackService::imported, this, [this](const PackImportPlan &plan) {
        Q_EMIT imported(plan.summary());
        Q_EMIT message(tr("Pack imported: %n new drama(s), ", nullptr, int(plan.dramas.added.size()))
                       + tr("%n updated.", nullptr, int(plan.dramas.updated.size())));
    });
    connect(m_packs, &PackService::importFailed, this,
            [this](const QString &why) { QMessageBox::warning(m_window, tr("Import pack"), why); });
    connect(m_packs, &PackService::exported, this, [this](const QString &path, int dramas, int songs) {
        m_progress.reset();
        Q_EMIT message(tr("Exported %1: %n drama(s), ", nullptr, dramas).arg(QFileInfo(path).fileName())
                       + tr("%n song(s).", nullptr, songs));
    });
    connect(m_packs, &PackService::exportFailed, this, [this](const QString &, const QString &why) {
        m_progress.reset();
        QMessageBox::warning(m_window, tr("Export pack"), why);
    });
}

PackActions::~PackActions() = default;

void PackActions::importPack(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty())
        path
            = QFileDialog::getOpenFileName(m_window, tr("Import a drama pack"),
                                           QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                           tr("OST Shelf packs (*.ostpack)"));
    if (path.isEmpty())
        return;
    if (m_packs->isReadOnly()) {
        QMessageBox::warning(m_window, tr("Import pack"),
                             tr("This library is open read-only; nothing can be imported into it."));
        return;
    }
    m_progress.reset();
    m_progress = std::make_unique<JobProgress>(m_window, tr("Checking %1…").arg(QFileInfo(path).fileName()));
    m_packs->check(path, m_progress->callback());
}

void PackActions::showChecked(int ticket, const QString &path, const QString &title,
                              const PackImportPlan &plan)
{
    m_progress.reset();
    if (plan.isEmpty()) {
        m_packs->discard(ticket);
        QMessageBox::information(m_window, tr("Import pack"),
                                 tr("Nothing to import: your library already has everything in %1.")
                                     .arg(QFileInfo(path).fileName()));
        return;
    }
    PackImportDialog dialog(QFileInfo(path).fileName(), title, plan, m_window);
    if (dialog.exec() != QDialog::Accepted) {
        m_packs->discard(ticket);
        return;
    }
    m_packs->import(ticket);
}

void PackActions::exportSelection(const CatalogSelection &selection, const QString &title, qint64 playlistId)
{
    if (selection.isEmpty() && playlistId <= 0) {
        QMessageBox::information(
            m_window, tr("Export pack"),
            tr("Select dramas in the grid, or open a drama, collection or playlist first."));
        return;
    }
    QString suggested = title;
    suggested.replace(QRegularExpression(u"[^\\w\\s-]"_s), QString());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export as drama pack"),
                                                dir + u'/' + suggested.simplified() + u".ostpack"_s,
                                                tr("OST Shelf packs (*.ostpack)"));
    if (path.isEmpty())
        return;
    if (!PackService::isPack(path))
        path += u".ostpack"_s;
    m_progress.reset();
    m_progress = std::make_unique<JobProgress>(m_window, tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_packs->exportTo(path, selection, title, playlistId, m_progress->callback());
}

} // namespace ost
