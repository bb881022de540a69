#pragma once

#include "packs/packimportplan.h"
#include "packs/packprogress.h"

#include <QHash>
#include <QObject>

namespace ost {

class LibraryService;
struct CatalogSelection;
struct StagedPack;

// Drama packs for the window: checking, importing and exporting run on the library's worker
// threads and answer by signal. The window holds neither the database nor a staged pack, only
// the ticket of a checked one, which it imports or discards.
class PackService final : public QObject
{
    Q_OBJECT

public:
    explicit PackService(LibraryService *library);
    ~PackService() override;

    static bool isPack(const QString &path);
    bool isReadOnly() const; // nothing can be imported

    // Unpacks the pack into staging and plans what importing it would change:
    // checked() or checkFailed().
    void check(const QString &path, const PackProgress &progress = {});
    // Imports a checked pack in one transaction: imported() or importFailed(). The ticket is
    // used up either way.
    void import(int ticket);
    void discard(int ticket); // the user said no: the staged files go
    // Writes the selection (and, when playlistId > 0, the playlist's dramas and songs) to path:
    // exported() or exportFailed().
    void exportTo(const QString &path, const CatalogSelection &selection, const QString &title,
                  qint64 playlistId, const PackProgress &progress = {});
    int pendingCount() const { return int(m_pending.size()); } // checked, neither imported nor discarded

Q_SIGNALS:
    void checked(int ticket, const QString &path, const QString &title, const ost::PackImportPlan &plan);
    void checkFailed(const QString &path, const QString &message);
    void imported(const ost::PackImportPlan &plan); // the library changed: reload views
    void importFailed(const QString &message);
    void exported(const QString &path, int dramas, int songs);
    void exportFailed(const QString &path, const QString &message);

private:
    struct Pending;
    LibraryService *m_library;
    QHash<int, std::shared_ptr<Pending>> m_pending;
    int m_nextTicket = 1;
};

} // namespace ost
