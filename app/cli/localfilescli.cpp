#include "localfilescli.h"

#include "clioutput.h"
#include "repositories/catalogrepository.h"
#include "repositories/localfilerepository.h"
#include "repositories/scanrepository.h"
#include "scanning/libraryscanner.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ost::cli {

int runScan(const Library &lib, const QStringList &folders, bool json)
{
    QStringList dirs = folders;
    ScanRepository scans(lib.database());
    if (dirs.isEmpty()) {
        auto saved = scans.folders();
        if (!saved)
            return failWith(saved.error());
        dirs = *saved;
        if (dirs.isEmpty())
            return failUsage(u"scan needs one or more folders, e.g.: ostshelf-cli scan ~/Music"_s);
    }
    for (const auto &d : dirs)
        if (auto r = scans.addFolder(d); !r)
            return failWith(r.error());
    const bool tty = ::isatty(STDERR_FILENO) && !json;
    LibraryScanner scanner(lib.database());
    auto summary = scanner.scan(dirs, nullptr, [tty](const LibraryScanner::Progress &p) {
        if (tty)
            err() << "\rscanning: " << p.seen << " audio files, " << p.read << " new or changed" << Qt::flush;
    });
    if (tty)
        err() << "\n";
    if (!summary)
        return failWith(summary.error());
    if (json) {
        printJson(QJsonObject { { u"files"_s, summary->files },
                                { u"unchanged"_s, summary->unchanged },
                                { u"read"_s, summary->read },
                                { u"linked"_s, summary->linked },
                                { u"added"_s, summary->added },
                                { u"other"_s, summary->other },
                                { u"duplicates"_s, summary->duplicates },
                                { u"review"_s, summary->review },
                                { u"errors"_s, summary->errors },
                                { u"dramas_made"_s, summary->dramasMade },
                                { u"songs_made"_s, summary->songsMade },
                                { u"moved"_s, summary->moved },
                                { u"missing"_s, summary->missing },
                                { u"problems"_s, QJsonArray::fromStringList(summary->problems) },
                                { u"elapsed_ms"_s, summary->elapsedMs } });
        return 0;
    }
    out() << summary->text() << " (" << summary->elapsedMs << " ms)\n";
    for (const QString &problem : summary->problems)
        out() << "  unreadable: " << problem << "\n";
    if (summary->review > 0)
        out() << "review the uncertain matches with: ostshelf-cli review\n";
    return 0;
}

int runLink(const Library &lib, const CatalogRepository &catalog, const QStringList &args)
{
    if (args.size() < 2)
        return failUsage(u"usage: link SONG FILE"_s);
    auto id = catalog.resolveSong(args.mid(0, args.size() - 1).join(u' '));
    if (!id)
        return failWith(id.error());
    if (auto r = LocalFileRepository(lib.database()).link(*id, args.last()); !r)
        return failWith(r.error());
    out() << "linked " << *id << " to " << args.last() << "\n";
    return 0;
}

int runUnlink(const Library &lib, const CatalogRepository &catalog, const QStringList &args)
{
    if (args.isEmpty())
        return failUsage(u"usage: unlink SONG"_s);
    auto id = catalog.resolveSong(args.join(u' '));
    if (!id)
        return failWith(id.error());
    if (auto r = LocalFileRepository(lib.database()).unlink(*id); !r)
        return failWith(r.error());
    out() << "unlinked " << *id << "\n";
    return 0;
}

int runReview(const Library &lib, const QString &accept, const QString &reject, bool json)
{
    ScanRepository scans(lib.database());
    if (!accept.isEmpty() || !reject.isEmpty()) {
        bool ok = false;
        const qint64 id = (accept.isEmpty() ? reject : accept).toLongLong(&ok);
        if (!ok)
            return failUsage(u"review --accept/--reject needs a review id (see ostshelf-cli review)"_s);
        auto r = accept.isEmpty() ? scans.reject(id) : scans.accept(id);
        if (!r)
            return failWith(r.error());
        out() << (accept.isEmpty() ? "rejected " : "linked ") << r->path
              << (accept.isEmpty() ? QString() : u" to "_s + r->songId) << "\n";
        return 0;
    }
    auto list = scans.reviewList();
    if (!list)
        return failWith(list.error());
    if (json) {
        QJsonArray arr;
        for (const auto &i : *list)
            arr << QJsonObject { { u"id"_s, i.id },          { u"path"_s, i.path },
                                 { u"title"_s, i.title },    { u"artist"_s, i.artist },
                                 { u"song_id"_s, i.songId }, { u"song_title"_s, i.songTitle },
                                 { u"reason"_s, i.reason } };
        printJson(arr);
        return 0;
    }
    if (list->isEmpty())
        out() << "nothing to review\n";
    for (const auto &i : *list)
        out() << QString::number(i.id).rightJustified(5) << "  " << i.path << "\n       → " << i.songTitle
              << " (" << i.songId << "): " << i.reason << "\n";
    return 0;
}

int runMissing(const Library &lib, bool json)
{
    auto list = ScanRepository(lib.database()).missing();
    if (!list)
        return failWith(list.error());
    if (json) {
        QJsonArray arr;
        for (const auto &m : *list)
            arr << QJsonObject { { u"song_id"_s, m.songId },
                                 { u"title"_s, m.songTitle },
                                 { u"path"_s, m.path } };
        printJson(arr);
        return 0;
    }
    if (list->isEmpty())
        out() << "every linked file is present\n";
    for (const auto &m : *list)
        out() << m.songTitle << " (" << m.songId << "): missing " << m.path << "\n";
    return 0;
}

} // namespace ost::cli
