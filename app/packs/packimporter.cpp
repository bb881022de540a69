#include "packimporter.h"

#include "catalog/catalogsnapshot.h"
#include "catalog/catalogwriter.h"
#include "edits/libraryedits.h"
#include "packreader.h"
#include "repositories/packfilerepository.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

bool same(const Artist &a, const Artist &b)
{
    return a.name == b.name && a.nameKo == b.nameKo && a.kind == b.kind
        && sorted(a.aliases) == sorted(b.aliases) && sorted(a.memberIds) == sorted(b.memberIds);
}

bool same(const Drama &a, const Drama &b)
{
    return a.title == b.title && a.titleKo == b.titleKo && a.romanization == b.romanization
        && a.year == b.year && a.broadcaster == b.broadcaster && a.synopsis == b.synopsis
        && a.soundtrackComplete == b.soundtrackComplete && sorted(a.aliases) == sorted(b.aliases);
}

bool same(const Song &a, const Song &b)
{
    if (a.title != b.title || a.titleKo != b.titleKo || a.romanization != b.romanization || a.year != b.year
        || sorted(a.aliases) != sorted(b.aliases) || a.credits.size() != b.credits.size())
        return false;
    for (qsizetype i = 0; i < a.credits.size(); ++i)
        if (a.credits[i].artistId != b.credits[i].artistId || a.credits[i].role != b.credits[i].role)
            return false;
    auto apps = [](const Song &s) {
        QStringList out;
        for (const auto &d : s.dramas)
            out << u"%1|%2|%3"_s.arg(d.dramaId).arg(d.part).arg(d.position);
        out.sort();
        return out;
    };
    // A pack without positions leaves the library's order alone.
    auto withoutPositions = [](Song s) {
        for (auto &d : s.dramas)
            d.position = -1;
        return s;
    };
    const bool positioned
        = std::all_of(a.dramas.cbegin(), a.dramas.cend(), [](const auto &d) { return d.position >= 0; });
    return positioned ? apps(a) == apps(b) : apps(a) == apps(withoutPositions(b));
}

bool same(const Award &a, const Award &b)
{
    return a.songId == b.songId && a.ceremony == b.ceremony && a.year == b.year && a.category == b.category
        && a.result == b.result;
}

bool same(const Collection &a, const Collection &b)
{
    if (a.title != b.title || a.titleKo != b.titleKo || a.description != b.description
        || a.items.size() != b.items.size())
        return false;
    for (qsizetype i = 0; i < a.items.size(); ++i)
        if (a.items[i].songId != b.items[i].songId || a.items[i].dramaId != b.items[i].dramaId
            || a.items[i].note != b.items[i].note)
            return false;
    return true;
}

QString titleOf(const Artist &a)
{
    return a.name;
}
QString titleOf(const Drama &d)
{
    return d.title;
}
QString titleOf(const Song &s)
{
    return s.title;
}
QString titleOf(const Award &a)
{
    return a.category;
}
QString titleOf(const Collection &c)
{
    return c.title;
}

// Sorts each row of ours into added, updated or unchanged against theirs.
template<typename T>
void compare(const QList<T> &ours, const QList<T> &theirs, PackImportPlan::Section &section,
             QList<T> &toWrite)
{
    QHash<QString, const T *> existing;
    for (const auto &t : theirs)
        existing.insert(t.id, &t);
    for (const auto &row : ours) {
        const T *old = existing.value(row.id);
        if (!old) {
            section.added << PackImportPlan::Change { row.id, titleOf(row) };
            toWrite << row;
        } else if (!same(row, *old)) {
            section.updated << PackImportPlan::Change { row.id, titleOf(row) };
            toWrite << row;
        } else {
            ++section.unchanged;
        }
    }
}

} // namespace

QString PackImportPlan::summary() const
{
    auto line = [](const QString &what, const Section &s) {
        return QObject::tr("%1: %2 new, %3 updated, %4 unchanged")
            .arg(what)
            .arg(s.added.size())
            .arg(s.updated.size())
            .arg(s.unchanged);
    };
    QStringList lines { line(QObject::tr("Dramas"), dramas),
                        line(QObject::tr("Songs"), songs),
                        line(QObject::tr("Artists"), artists),
                        line(QObject::tr("Awards"), awards),
                        line(QObject::tr("Collections"), collections),
                        QObject::tr("Posters and previews: %1 new, %2 changed, %3 unchanged")
                            .arg(filesNew)
                            .arg(filesChanged)
                            .arg(filesUnchanged) };
    return lines.join(u'\n');
}

PackImporter::PackImporter(Database db, QString dataDir)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
{ }

Result<PackImportPlan> PackImporter::plan(const StagedPack &pack) const
{
    auto current = CatalogSnapshot::read(m_db, CatalogSnapshot::Retired::Include);
    if (!current)
        return std::unexpected(current.error());
    const CatalogData &c = pack.manifest.catalog;
    PackImportPlan plan;
    plan.warnings = pack.warnings;
    compare(c.artists, current->artists, plan.artists, plan.toWrite.artists);
    compare(c.dramas, current->dramas, plan.dramas, plan.toWrite.dramas);
    compare(c.songs, current->songs, plan.songs, plan.toWrite.songs);
    compare(c.awards, current->awards, plan.awards, plan.toWrite.awards);
    compare(c.collections, current->collections, plan.collections, plan.toWrite.collections);

    const PackFileRepository repo(m_db, m_dataDir);
    auto posters = repo.files(PackFile::Kind::Poster);
    auto previews = repo.files(PackFile::Kind::Preview);
    if (!posters || !previews)
        return std::unexpected(!posters ? posters.error() : previews.error());
    const QDir folder(repo.folder());
    for (const auto &f : pack.files) {
        const auto &stored = f.file.kind == PackFile::Kind::Poster ? *posters : *previews;
        const auto it = stored.constFind(f.file.ownerId);
        if (it == stored.cend()) {
            ++plan.filesNew;
            plan.filesToPlace << f;
        } else if (it->sha256 != f.file.sha256 || !QFile::exists(folder.filePath(it->fileName))) {
            ++plan.filesChanged;
            plan.filesToPlace << f;
        } else {
            ++plan.filesUnchanged;
        }
    }
    return plan;
}

Result<void> PackImporter::apply(const PackImportPlan &plan) const
{
    if (m_db.isReadOnly())
        return fail(Error::Kind::Io,
                    QObject::tr("This library is open read-only; nothing can be imported into it."));
    if (plan.isEmpty())
        return {};
    const PackFileRepository repo(m_db, m_dataDir);
    QDir folder(repo.folder());
    if (!folder.mkpath(u"."_s))
        return fail(Error::Kind::Io, QObject::tr("Cannot create %1.").arg(folder.path()));

    // 1. Files into place under their content names: a name that exists already holds the
    //    same bytes, so nothing is ever written over.
    QStringList placed;
    auto undoFiles = [&] {
        for (const auto &p : std::as_const(placed))
            QFile::remove(p);
    };
    for (const auto &f : plan.filesToPlace) {
        const QString target = folder.filePath(f.storedName());
        if (QFile::exists(target))
            continue;
        if (!QFile::rename(f.stagedPath, target)) {
            undoFiles();
            return fail(
                Error::Kind::Io,
                QObject::tr("Cannot move %1 into %2; nothing was imported.").arg(f.file.path, folder.path()));
        }
        placed << target;
    }

    // 2. Rows and file records in one transaction.
    const QSqlDatabase c = m_db.connection();
    Result<void> r;
    {
        Transaction tx(c);
        if (!tx.isActive())
            r = fail(tx.beginError().kind, tx.beginError().message);
        if (r)
            r = CatalogWriter::writeRows(c, plan.toWrite, u"pack"_s);
        if (r) // the user's edits, merges and moves go back over what the pack wrote
            r = LibraryEdits::reapply(c);
        for (const auto &f : plan.filesToPlace) {
            if (!r)
                break;
            r = repo.put(f.file.kind, f.file.ownerId, { f.storedName(), f.file.sha256, f.file.size });
        }
        if (r)
            r = tx.commit();
    }
    if (!r) {
        undoFiles();
        return fail(
            r.error().kind,
            QObject::tr("The pack could not be imported and nothing was changed: %1").arg(r.error().message));
    }
    repo.removeUnreferenced(); // files replaced by this import
    return {};
}

Result<PackImportPlan> PackImporter::importFile(const QString &packPath, bool dryRun,
                                                const PackProgress &progress) const
{
    auto staged = PackReader::read(packPath, PackFileRepository::folder(m_dataDir), progress);
    if (!staged)
        return std::unexpected(staged.error());
    auto p = plan(*staged);
    if (!p || dryRun)
        return p;
    if (auto r = apply(*p); !r)
        return std::unexpected(r.error());
    return p;
}

} // namespace ost
