#include "backupcli.h"

#include "backup/backuprestorer.h"
#include "backup/backupstore.h"
#include "backup/backupwriter.h"
#include "clioutput.h"
#include "storage/library.h"
#include "storage/pendingrestore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ost::cli {

namespace {

const auto kUsage = u"usage: backup create FILE [--xz] | backup create --auto [--keep N]\n"
                    "       backup restore FILE [--dry-run]\n"
                    "       backup list [--json]"_s;

QJsonObject countsJson(const BackupManifest::Counts &c)
{
    return QJsonObject { { u"playlists"_s, c.playlists },
                         { u"playlist_items"_s, c.playlistItems },
                         { u"favorite_dramas"_s, c.favoriteDramas },
                         { u"favorite_songs"_s, c.favoriteSongs },
                         { u"custom_posters"_s, c.customPosters },
                         { u"local_files"_s, c.localFiles },
                         { u"pack_files"_s, c.packFiles } };
}

QString countsText(const BackupManifest::Counts &c)
{
    return u"%1 playlists (%2 songs), %3 favorite dramas, %4 favorite songs, %5 custom posters, %6 linked files"_s
        .arg(c.playlists)
        .arg(c.playlistItems)
        .arg(c.favoriteDramas)
        .arg(c.favoriteSongs)
        .arg(c.customPosters)
        .arg(c.localFiles);
}

void printNotices(const Library &lib)
{
    for (const auto &n : lib.notices())
        err() << "note: " << n << Qt::endl;
}

int create(const LibraryOptions &options, const QStringList &args, const QCommandLineParser &p, bool json)
{
    const bool automatic = p.isSet(u"auto"_s);
    if (automatic == (args.size() == 2))
        return failUsage(kUsage);
    auto lib = Library::open(options);
    if (!lib)
        return failWith(lib.error());
    printNotices(*lib);
    if (automatic) {
        bool ok = true;
        const int keep = p.isSet(u"keep"_s) ? p.value(u"keep"_s).toInt(&ok) : BackupStore::kKeepAutomatic;
        if (!ok || keep < 1 || keep > 1000)
            return failUsage(u"--keep needs a number from 1 to 1000"_s);
        auto path = BackupStore(lib->database(), lib->dataDir()).createAutomatic(keep);
        if (!path)
            return failWith(path.error());
        if (json)
            printJson(QJsonObject { { u"file"_s, *path }, { u"bytes"_s, double(QFileInfo(*path).size()) } });
        else
            out() << "wrote " << *path << " (" << QFileInfo(*path).size() << " bytes)\n";
        return 0;
    }
    const QString &file = args[1];
    BackupWriter writer(lib->database(), lib->dataDir());
    auto m = writer.write(file,
                          p.isSet(u"xz"_s) ? BackupWriter::Compression::Xz : BackupWriter::Compression::Zstd);
    if (!m)
        return failWith(m.error());
    for (const auto &w : writer.warnings())
        err() << "warning: " << w << Qt::endl;
    if (json) {
        printJson(QJsonObject { { u"file"_s, file },
                                { u"bytes"_s, double(QFileInfo(file).size()) },
                                { u"schema"_s, m->schemaVersion },
                                { u"files"_s, m->files.size() },
                                { u"counts"_s, countsJson(m->counts) } });
        return 0;
    }
    out() << "wrote " << file << " (" << QFileInfo(file).size() << " bytes): " << countsText(m->counts)
          << "\n";
    return 0;
}

int restore(const LibraryOptions &options, const QString &file, bool dryRun, bool json)
{
    const QString dataDir
        = QDir::cleanPath(options.dataDir.isEmpty() ? Library::defaultDataDir() : options.dataDir);
    if (!QFileInfo(dataDir).isDir()) {
        if (options.dataDirExplicit || !QDir().mkpath(dataDir))
            return failWith(
                Error { u"The data directory %1 does not exist."_s.arg(dataDir), Error::Kind::NotFound });
    }
    BackupRestorer restorer(dataDir);
    auto staged = restorer.stage(file);
    if (!staged)
        return failWith(staged.error());
    const auto &m = staged->manifest;
    for (const auto &w : staged->warnings)
        err() << "warning: " << w << Qt::endl;
    QJsonObject result { { u"file"_s, file },
                         { u"created"_s, m.createdAt },
                         { u"schema"_s, m.schemaVersion },
                         { u"counts"_s, countsJson(m.counts) },
                         { u"dry_run"_s, dryRun } };
    if (!json)
        out() << file << ": backup of " << m.createdAt << ", schema " << m.schemaVersion << ", "
              << countsText(m.counts) << "\n";
    if (dryRun) {
        if (json)
            printJson(result);
        else
            out() << "The backup is complete and sound. Dry run: nothing was changed.\n";
        return 0;
    }
    if (auto r = restorer.schedule(*staged); !r)
        return failWith(r.error());
    if (PendingRestore::libraryInUse(dataDir)) {
        result.insert(u"applied"_s, false);
        if (json)
            printJson(result);
        else
            out()
                << "OST Shelf has this library open: the restore is verified and will be put in place when it is next "
                   "started.\n";
        return 0;
    }
    // Opening the library puts the staged restore in place (and migrates it when it is older).
    auto lib = Library::open(options);
    if (!lib)
        return failWith(lib.error());
    result.insert(u"applied"_s, !PendingRestore::exists(dataDir));
    result.insert(u"notices"_s, QJsonArray::fromStringList(lib->notices()));
    if (json) {
        printJson(result);
    } else {
        for (const auto &n : lib->notices())
            out() << n << "\n";
    }
    return PendingRestore::exists(dataDir) ? 1 : 0;
}

int list(const LibraryOptions &options, bool json)
{
    auto lib = Library::open(options);
    if (!lib)
        return failWith(lib.error());
    printNotices(*lib);
    const auto all = BackupStore(lib->database(), lib->dataDir()).list();
    if (json) {
        QJsonArray a;
        for (const auto &b : all)
            a << QJsonObject { { u"kind"_s,
                                 b.kind == BackupInfo::Kind::Automatic ? u"automatic"_s : u"safety"_s },
                               { u"file"_s, b.path },
                               { u"created"_s, b.createdAt.toString(Qt::ISODate) },
                               { u"bytes"_s, double(b.bytes) },
                               { u"reason"_s, b.reason } };
        printJson(a);
        return 0;
    }
    if (all.isEmpty())
        out() << "No backups yet in " << BackupStore(lib->database(), lib->dataDir()).folder() << ".\n";
    for (const auto &b : all)
        out() << b.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << "  "
              << (b.kind == BackupInfo::Kind::Automatic ? u"automatic  "_s
                                                        : u"safety copy %1  "_s.arg(b.reason))
              << b.bytes << " bytes  " << b.path << "\n";
    return 0;
}

} // namespace

int runBackupCommand(const LibraryOptions &options, const QStringList &args, const QCommandLineParser &p,
                     bool json)
{
    if (args.isEmpty())
        return failUsage(kUsage);
    if (args[0] == u"create"_s)
        return create(options, args, p, json);
    if (args[0] == u"restore"_s && args.size() == 2)
        return restore(options, args[1], p.isSet(u"dry-run"_s), json);
    if (args[0] == u"list"_s && args.size() == 1)
        return list(options, json);
    return failUsage(kUsage);
}

} // namespace ost::cli
