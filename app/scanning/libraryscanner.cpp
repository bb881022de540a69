#include "libraryscanner.h"

#include "core/logging.h"
#include "scanning/fileplacer.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "tags/tagreader.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/stat.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

struct Seen
{
    qint64 size = 0;
    qint64 mtime = 0;
    QString songId;
    QString status;
};

bool under(const QString &path, const QStringList &folders)
{
    for (const QString &f : folders) {
        const QString dir = f.endsWith(u'/') ? f : f + u'/';
        if (path.startsWith(dir))
            return true;
    }
    return false;
}

} // namespace

QString LibraryScanner::Summary::text() const
{
    QString s = QObject::tr("%n audio file(s) found", nullptr, files);
    s += u": "_s
        + QObject::tr(
              "%1 unchanged, %2 read; %3 new songs, %4 linked to songs the library had, %5 other music, "
              "%6 to review, %7 copies, %8 unreadable")
              .arg(unchanged)
              .arg(read)
              .arg(added)
              .arg(linked)
              .arg(other)
              .arg(review)
              .arg(duplicates)
              .arg(errors);
    if (dramasMade > 0)
        s += u"; "_s + QObject::tr("%n new drama(s)", nullptr, dramasMade);
    if (moved > 0)
        s += u"; "_s + QObject::tr("%n moved file(s) found again", nullptr, moved);
    if (missing > 0)
        s += u"; "_s + QObject::tr("%n file(s) missing", nullptr, missing);
    if (cancelled)
        s += u" "_s + QObject::tr("(cancelled; what was scanned is kept)");
    return s;
}

LibraryScanner::LibraryScanner(Database db)
    : m_db(std::move(db))
{ }

bool LibraryScanner::isAudioFile(const QString &fileName)
{
    static const QSet<QString> kinds {
        u"mp3"_s, u"flac"_s, u"ogg"_s, u"oga"_s, u"opus"_s, u"m4a"_s, u"aac"_s,
        u"wav"_s, u"wma"_s,  u"ape"_s, u"wv"_s,  u"aiff"_s, u"aif"_s, u"mpc"_s
    };
    return kinds.contains(fileName.section(u'.', -1).toLower());
}

std::optional<qint64> LibraryScanner::modificationStamp(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

Result<LibraryScanner::Summary>
LibraryScanner::scan(const QStringList &folders, const std::atomic<bool> *cancel, const ProgressFn &progress)
{
    if (m_db.isReadOnly())
        return fail(Error::Kind::Io,
                    QObject::tr("The library is open read-only; folders cannot be scanned into it."));
    QStringList roots;
    for (const auto &f : folders) {
        if (!QFileInfo(f).isDir())
            return fail(Error::Kind::InvalidInput,
                        QObject::tr("Cannot scan \"%1\": it is not a folder.").arg(f));
        roots << QDir::cleanPath(QFileInfo(f).absoluteFilePath());
    }
    QElapsedTimer timer;
    timer.start();
    // Loaded when the first new or changed file needs it: an unchanged rescan never pays for it.
    std::unique_ptr<FilePlacer> placer;
    const auto ensurePlacer = [&]() -> Result<void> {
        if (placer)
            return {};
        auto loaded = FilePlacer::load(m_db, QFileInfo(m_db.path()).absolutePath());
        if (!loaded)
            return std::unexpected(loaded.error());
        placer = std::move(*loaded);
        return {};
    };
    const QSqlDatabase db = m_db.connection();

    QHash<QString, Seen> known;
    if (auto q
        = runQuery(db, u"SELECT path, size, mtime, coalesce(song_id, ''), status FROM scanned_files"_s))
        while (q->next())
            known.insert(q->value(0).toString(),
                         { q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toString(),
                           q->value(4).toString() });
    QSqlQuery write(db);
    if (!write.prepare(
            u"INSERT INTO scanned_files(path, size, mtime, title, artist, album, duration_ms, song_id, status, reason, "
            "album_artist, track, year, album_key, drama_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, title = excluded.title, "
            "artist = excluded.artist, album = excluded.album, duration_ms = excluded.duration_ms, "
            "song_id = excluded.song_id, status = excluded.status, reason = excluded.reason, "
            "scanned_at = excluded.scanned_at, album_artist = excluded.album_artist, track = excluded.track, "
            "year = excluded.year, album_key = excluded.album_key, drama_id = excluded.drama_id"_s))
        return fail(Error::Kind::Database, QObject::tr("Cannot prepare the scan's statements."));

    Summary sum;
    Progress prog;
    std::optional<Transaction> tx;
    int inBatch = 0;
    const auto commitBatch = [&]() -> Result<void> {
        if (!tx)
            return {};
        auto r = tx->commit();
        tx.reset();
        inBatch = 0;
        if (r && progress) {
            prog.committed = true;
            prog.dramasMade = placer ? placer->dramasMade() : 0;
            prog.songsMade = placer ? placer->songsMade() : 0;
            progress(prog);
            prog.committed = false;
        }
        return r;
    };
    QSet<QString> seen;
    static const QSet<QString> stale { u"missing"_s, u"unmatched"_s };

    for (const QString &folder : roots) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (cancel && cancel->load()) {
                sum.cancelled = true;
                break;
            }
            if (!isAudioFile(path))
                continue;
            struct stat st
            {
            };
            if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
                continue; // devices, pipes, broken links and files gone since the listing are never read
            ++sum.files;
            seen.insert(path);
            prog.seen = sum.files;
            if (progress && sum.files % 25 == 0)
                progress(prog);
            // Nanoseconds: a file retagged within the second of the last scan is still seen as changed.
            const Seen now {
                qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec, {}, {}
            };
            const auto k = known.constFind(path);
            if (k != known.cend() && k->size == now.size && k->mtime == now.mtime
                && !stale.contains(k->status)) {
                ++sum.unchanged;
                continue;
            }
            ++sum.read;
            prog.read = sum.read;
            prog.current = path;
            if (auto r = ensurePlacer(); !r)
                return std::unexpected(r.error());
            if (!tx) {
                tx.emplace(db);
                if (!tx->isActive())
                    return std::unexpected(tx->beginError());
            }
            FileFacts facts { path, {} };
            Placement placed;
            QString status, reason;
            if (auto t = TagReader::read(path)) {
                facts.tags = *t;
                auto p = placer->place(facts, k != known.cend() ? k->songId : QString());
                if (!p)
                    return std::unexpected(p.error());
                placed = *p;
                status = placed.status();
                reason = placed.reason;
            } else {
                status = u"error"_s;
                reason = QFileInfo(path).isReadable()
                    ? t.error().message
                    : QObject::tr("permission denied: the file cannot be read");
                if (sum.problems.size() < kMaxProblems)
                    sum.problems << path + u": "_s + reason;
            }
            sum.linked += status == u"linked"_s;
            sum.added += status == u"added"_s;
            sum.other += status == u"other"_s;
            sum.duplicates += status == u"duplicate"_s;
            sum.review += status == u"review"_s;
            sum.errors += status == u"error"_s;
            const TrackTags &tags = facts.tags;
            const QVariantList values { path,
                                        now.size,
                                        now.mtime,
                                        nullIfEmpty(tags.title),
                                        nullIfEmpty(tags.artist),
                                        nullIfEmpty(tags.album),
                                        tags.durationMs,
                                        nullIfEmpty(placed.songId),
                                        status,
                                        nullIfEmpty(reason),
                                        nullIfEmpty(tags.albumArtist),
                                        nullIfZero(tags.track),
                                        nullIfZero(tags.year),
                                        nullIfEmpty(placed.albumKey),
                                        nullIfEmpty(placed.dramaId) };
            for (int i = 0; i < values.size(); ++i)
                write.bindValue(i, values.at(i));
            if (!write.exec())
                return fail(
                    Error::Kind::Database,
                    QObject::tr("Cannot record the scan of %1: %2").arg(path, write.lastError().text()));
            if (++inBatch >= kBatch)
                if (auto c = commitBatch(); !c)
                    return std::unexpected(c.error());
        }
        if (sum.cancelled)
            break;
    }

    // Files of these folders not seen any more: moved (their song has another file now) or
    // missing (kept, with their song, favorites and playlist places, until they come back).
    if (!sum.cancelled) {
        QHash<QString, QString> linkedPath;
        if (auto q = runQuery(db, u"SELECT song_id, path FROM local_files"_s))
            while (q->next())
                linkedPath.insert(q->value(0).toString(), q->value(1).toString());
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            if (seen.contains(it.key()) || !under(it.key(), roots))
                continue;
            if (!tx) {
                tx.emplace(db);
                if (!tx->isActive())
                    return std::unexpected(tx->beginError());
            }
            const QString now = linkedPath.value(it->songId);
            const bool moved
                = !it->songId.isEmpty() && !now.isEmpty() && now != it.key() && seen.contains(now);
            auto r = moved
                ? runQuery(db, u"DELETE FROM scanned_files WHERE path = ?"_s, { it.key() })
                : runQuery(
                    db,
                    u"UPDATE scanned_files SET status = 'missing', reason = ? WHERE path = ? AND status <> 'missing'"_s,
                    { QObject::tr("the file is gone from its folder"), it.key() });
            if (!r)
                return std::unexpected(r.error());
            sum.moved += moved;
            sum.missing += !moved;
        }
    }
    if (auto c = commitBatch(); !c)
        return std::unexpected(c.error());
    sum.dramasMade = placer ? placer->dramasMade() : 0;
    sum.songsMade = placer ? placer->songsMade() : 0;
    if (progress)
        progress(prog);
    sum.elapsedMs = timer.elapsed();
    qCInfo(lcStorage) << "scan:" << sum.text() << "in" << sum.elapsedMs << "ms";
    return sum;
}

} // namespace ost
