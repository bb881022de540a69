#pragma once

#include "catalog/catalogsnapshot.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace ost {

class JobProgress;
class PackService;
struct PackImportPlan;

// The app's side of drama packs: choose a file, have PackService check it (with a progress
// dialog), show what would change, import on consent; export a selection likewise.
class PackActions final : public QObject
{
    Q_OBJECT

public:
    PackActions(PackService *packs, QWidget *window);
    ~PackActions() override;

    void importPack(const QString &chosen = {}); // asks for a file when none was chosen
    // playlistId > 0: the dramas of that playlist (resolved on the database thread).
    void exportSelection(const CatalogSelection &selection, const QString &title, qint64 playlistId = 0);

Q_SIGNALS:
    void imported(const QString &summary); // the library changed: reload views
    void message(const QString &text); // status bar

private:
    void showChecked(int ticket, const QString &path, const QString &title, const ost::PackImportPlan &plan);

    PackService *m_packs;
    QPointer<QWidget> m_window;
    std::unique_ptr<JobProgress> m_progress; // the running check or export
};

} // namespace ost
