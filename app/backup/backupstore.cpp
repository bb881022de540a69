#include "backupstore.h"

#include "core/logging.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

QDateTime parseStamp(const QString &s)
{
    QDateTime t = QDateTime::fromString(s.left(15), u"yyyyMMdd-HHmmss"_s);
    t.setTimeZone(QTimeZone::UTC);
    return t;
}

const QRegularExpression &automaticName()
{
    static const QRegularExpression re(u"^auto-(\\d{8}-\\d{6})(-\\d+)?\\.ostbackup$"_s);
    return re;
}

int sequence(const QString &fileName)
{
    const auto m = automaticName().match(fileName);
    return m.captured(2).isEmpty() ? 1 : m.captured(2).mid(1).toInt();
}

} // namespace

BackupStore::BackupStore(Database db, QString dataDir)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
{ }

QString BackupStore::folder(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"backups"_s);
}

QString BackupStore::folder() const
{
    return folder(m_dataDir);
}

QList<BackupInfo> BackupStore::automatic() const
{
    const QRegularExpression &re = automaticName();
    // Newest first: by time, then by the number added when two were made in the same second.
    QList<std::pair<std::pair<QString, int>, BackupInfo>> found;
    for (const auto &fi : QDir(folder()).entryInfoList({ u"auto-*.ostbackup"_s }, QDir::Files)) {
        const auto m = re.match(fi.fileName());
        if (!m.hasMatch())
            continue;
        const int seq = sequence(fi.fileName());
        found.append({ { m.captured(1), seq },
                       BackupInfo { BackupInfo::Kind::Automatic, fi.filePath(), parseStamp(m.captured(1)),
                                    fi.size(), QString() } });
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<BackupInfo> out;
    for (const auto &f : found)
        out << f.second;
    return out;
}

QList<BackupInfo> BackupStore::list() const
{
    static const QRegularExpression safety(u"^library-(\\d{8}-\\d{6})-\\d+-\\d+-v\\d+-([a-z-]+)\\.sqlite$"_s);
    QList<BackupInfo> out = automatic();
    for (const auto &fi : QDir(folder()).entryInfoList({ u"library-*.sqlite"_s }, QDir::Files)) {
        const auto m = safety.match(fi.fileName());
        if (m.hasMatch())
            out << BackupInfo { BackupInfo::Kind::Safety, fi.filePath(), parseStamp(m.captured(1)), fi.size(),
                                m.captured(2) };
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto &a, const auto &b) { return a.createdAt > b.createdAt; });
    return out;
}

bool BackupStore::automaticDue(const QDateTime &now, qint64 intervalSecs) const
{
    const auto all = automatic();
    return all.isEmpty() || !all.first().createdAt.isValid()
        || all.first().createdAt.secsTo(now) >= intervalSecs;
}

Result<QString> BackupStore::createAutomatic(int keep, const PackProgress &progress) const
{
    bool sound = false;
    {
        auto q = runQuery(m_db.connection(), u"PRAGMA quick_check"_s);
        sound = q && q->next() && q->value(0).toString() == u"ok"_s;
    } // the statement must be finished before VACUUM INTO
    if (!sound)
        return fail(
            Error::Kind::Database,
            QObject::tr("The library failed its consistency check, so no automatic backup was made and the "
                        "existing ones were kept."));
    if (!QDir().mkpath(folder()))
        return fail(Error::Kind::Io, QObject::tr("Cannot create the backup folder %1.").arg(folder()));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    // Two in the same second are numbered on from the newest, never into a rotated-out name.
    int seq = 1;
    for (const auto &b : automatic())
        if (QFileInfo(b.path).fileName().startsWith(u"auto-"_s + stamp))
            seq = std::max(seq, sequence(QFileInfo(b.path).fileName()) + 1);
    QString target = QDir(folder()).filePath(seq == 1 ? u"auto-%1.ostbackup"_s.arg(stamp)
                                                      : u"auto-%1-%2.ostbackup"_s.arg(stamp).arg(seq));
    auto written = BackupWriter(m_db, m_dataDir).write(target, BackupWriter::Compression::Zstd, progress);
    if (!written)
        return std::unexpected(written.error());
    const auto all = automatic();
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    qCInfo(lcArchive) << "automatic backup:" << target;
    return target;
}

} // namespace ost
