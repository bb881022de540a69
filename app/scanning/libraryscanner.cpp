#include "libraryscanner.h"

#include "core/logging.h"
#include "matching/songmatcher.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "tags/tagreader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

struct Seen
{
    qint64 size = 0;
    qint64 mtime = 0;
};

} // namespace

QString LibraryScanner::Summary::text() const
{
    QString s = QObject::tr("%n audio file(s) found", nullptr, files);
    s += u": "_s + QObject::tr("%1 unchanged, %2 read; %3 linked, %4 to review, %5 not in the catalog, %6 unreadable")
                       .arg(unchanged).arg(read).arg(linked).arg(review).arg(unmatched).arg(errors);
    if (cancelled)
        s += u" "_s + QObject::tr("(cancelled; what was scanned is kept)");
    return s;
}

LibraryScanner::LibraryScanner(Database db)
    : m_db(std::move(db))
{
}

bool LibraryScanner::isAudioFile(const QString &fileName)
{
    static const QSet<QString> kinds { u"mp3"_s, u"flac"_s, u"ogg"_s, u"oga"_s, u"opus"_s, u"m4a"_s, u"aac"_s,
                                       u"wav"_s, u"wma"_s, u"ape"_s, u"wv"_s, u"aiff"_s, u"aif"_s, u"mpc"_s };
    return kinds.contains(fileName.section(u'.', -1).toLower());
}

Result<LibraryScanner::Summary> LibraryScanner::scan(const QStringList &folders, const std::atomic<bool> *cancel,
                                                     const ProgressFn &progress)
{
    if (m_db.isReadOnly())
        return fail(QObject::tr("The library is open read-only; folders cannot be scanned into it."));
    for (const auto &f : folders)
        if (!QFileInfo(f).isDir())
            return fail(QObject::tr("Cannot scan \"%1\": it is not a folder.").arg(f));
    QElapsedTimer timer;
    timer.start();
    auto matcher = SongMatcher::load(m_db);
    if (!matcher)
        return std::unexpected(matcher.error());
    const QSqlDatabase db = m_db.connection();

    QHash<QString, Seen> known;
    if (auto q = runQuery(db, u"SELECT path, size, mtime FROM scanned_files"_s))
        while (q->next())
            known.insert(q->value(0).toString(), { q->value(1).toLongLong(), q->value(2).toLongLong() });
    QHash<QString, QString> linkedPathOf; // song -> path
    if (auto q = runQuery(db, u"SELECT song_id, path FROM local_files"_s))
        while (q->next())
            linkedPathOf.insert(q->value(0).toString(), q->value(1).toString());

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
        return r;
    };
    static const QRegularExpression trackNo(u"^\\d{1,3}[\\s._-]+"_s);

    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (cancel && cancel->load()) {
                sum.cancelled = true;
                break;
            }
            if (!isAudioFile(path))
                continue;
            struct stat st {};
            if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
                continue; // devices, pipes and broken links are never read
            ++sum.files;
            prog.seen = sum.files;
            if (progress && sum.files % 25 == 0)
                progress(prog);
            const Seen now { qint64(st.st_size), qint64(st.st_mtime) };
            if (const auto k = known.constFind(path); k != known.cend() && k->size == now.size && k->mtime == now.mtime) {
                ++sum.unchanged;
                continue;
            }
            ++sum.read;
            prog.read = sum.read;
            prog.current = path;
            if (!tx) {
                tx.emplace(db);
                if (!tx->isActive())
                    return std::unexpected(tx->beginError());
            }
            QString status, reason, songId;
            TrackTags tags;
            if (auto t = TagReader::read(path)) {
                tags = *t;
                SongMatcher::Match m;
                if (!tags.title.isEmpty())
                    m = matcher->match(tags.title, tags.artist);
                if (m.confidence == SongMatcher::Confidence::None)
                    m = matcher->matchDisplay(QFileInfo(path).completeBaseName().remove(trackNo));
                songId = m.songId;
                reason = m.why;
                if (m.confidence == SongMatcher::Confidence::None) {
                    status = u"unmatched"_s;
                } else if (m.confidence == SongMatcher::Confidence::Uncertain) {
                    status = u"review"_s;
                } else if (const QString other = linkedPathOf.value(songId); !other.isEmpty() && other != path
                           && QFileInfo::exists(other)) {
                    // Never replace a link the user has: ask instead.
                    status = u"review"_s;
                    reason = QObject::tr("the song is already linked to %1").arg(other);
                } else {
                    status = u"linked"_s;
                    auto l = runQuery(db,
                                      u"INSERT INTO local_files(song_id, path) VALUES (?, ?) ON CONFLICT(song_id) DO UPDATE "
                                      "SET path = excluded.path, linked_at = excluded.linked_at"_s,
                                      { songId, path });
                    if (!l)
                        return std::unexpected(l.error());
                    linkedPathOf.insert(songId, path);
                }
            } else {
                status = u"error"_s;
                reason = t.error().message;
            }
            sum.linked += status == u"linked"_s;
            sum.review += status == u"review"_s;
            sum.unmatched += status == u"unmatched"_s;
            sum.errors += status == u"error"_s;
            auto w = runQuery(db,
                              u"INSERT INTO scanned_files(path, size, mtime, title, artist, album, duration_ms, song_id, "
                              "status, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET "
                              "size = excluded.size, mtime = excluded.mtime, title = excluded.title, "
                              "artist = excluded.artist, album = excluded.album, duration_ms = excluded.duration_ms, "
                              "song_id = excluded.song_id, status = excluded.status, reason = excluded.reason, "
                              "scanned_at = excluded.scanned_at"_s,
                              { path, now.size, now.mtime, nullIfEmpty(tags.title), nullIfEmpty(tags.artist),
                                nullIfEmpty(tags.album), tags.durationMs, nullIfEmpty(songId), status, nullIfEmpty(reason) });
            if (!w)
                return std::unexpected(w.error());
            if (++inBatch >= kBatch)
                if (auto c = commitBatch(); !c)
                    return std::unexpected(c.error());
        }
        if (sum.cancelled)
            break;
    }
    if (auto c = commitBatch(); !c)
        return std::unexpected(c.error());
    if (progress)
        progress(prog);
    sum.elapsedMs = timer.elapsed();
    qCInfo(lcStorage) << "scan:" << sum.text() << "in" << sum.elapsedMs << "ms";
    return sum;
}

} // namespace ost
