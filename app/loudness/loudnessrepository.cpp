#include "loudnessrepository.h"

#include "r128meter.h"
#include "scanning/libraryscanner.h"
#include "storage/sqlquery.h"

#include <QFileInfo>
#include <QObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ost {

ReplayGain MeasuredLoudness::asReplayGain() const
{
    ReplayGain g;
    if (integratedLufs)
        g.trackGainDb = std::clamp(R128Meter::kReferenceLufs - *integratedLufs, -ReplayGainTags::kMaxGainDb,
                                   ReplayGainTags::kMaxGainDb);
    if (samplePeak > 0)
        g.trackPeak = samplePeak;
    g.measured = true;
    return g;
}

LoudnessRepository::LoudnessRepository(Database db)
    : m_db(std::move(db))
{ }

Result<void> LoudnessRepository::store(const QString &path, qint64 size, qint64 mtime,
                                       const MeasuredLoudness &loudness)
{
    if (m_db.isReadOnly())
        return fail(Error::Kind::Io,
                    QObject::tr("The library is open read-only; loudness measurements cannot be kept."));
    auto q = runQuery(
        m_db.connection(),
        u"INSERT INTO file_loudness(path, size, mtime, integrated_lufs, sample_peak, duration_ms) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET size = excluded.size, "
        "mtime = excluded.mtime, integrated_lufs = excluded.integrated_lufs, "
        "sample_peak = excluded.sample_peak, duration_ms = excluded.duration_ms, "
        "measured_at = excluded.measured_at"_s,
        { path, size, mtime, loudness.integratedLufs ? QVariant(*loudness.integratedLufs) : QVariant(),
          loudness.samplePeak, loudness.durationMs });
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<std::optional<MeasuredLoudness>> LoudnessRepository::find(const QString &path) const
{
    auto q = runQuery(m_db.connection(),
                      u"SELECT size, mtime, integrated_lufs, sample_peak, duration_ms FROM file_loudness "
                      "WHERE path = ?"_s,
                      { path });
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::nullopt;
    const auto stamp = LibraryScanner::modificationStamp(path);
    if (!stamp || *stamp != q->value(1).toLongLong() || QFileInfo(path).size() != q->value(0).toLongLong())
        return std::nullopt; // changed (or gone) since it was measured
    MeasuredLoudness m;
    if (!q->value(2).isNull())
        m.integratedLufs = q->value(2).toDouble();
    m.samplePeak = q->value(3).toDouble();
    m.durationMs = q->value(4).toLongLong();
    return m;
}

Result<int> LoudnessRepository::count() const
{
    auto q = runQuery(m_db.connection(), u"SELECT count(*) FROM file_loudness"_s);
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace ost
