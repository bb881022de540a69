#include "replaygain.h"

#include <QObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ost::ReplayGainTags {

namespace {

// A decimal number, nothing else: QString::toDouble would also take "inf" and "nan".
std::optional<double> decimal(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 32)
        return std::nullopt;
    qsizetype i = 0;
    if (text[0] == u'+' || text[0] == u'-' || text[0] == u'\u2212')
        ++i;
    bool digits = false;
    bool point = false;
    for (qsizetype j = i; j < text.size(); ++j) {
        const QChar c = text[j];
        if (c.isDigit() && c.unicode() < 128)
            digits = true;
        else if ((c == u'.' || c == u',') && !point)
            point = true;
        else
            return std::nullopt;
    }
    if (!digits)
        return std::nullopt;
    QString plain = text.toString();
    plain.replace(u'\u2212', u'-').replace(u',', u'.');
    bool ok = false;
    const double value = plain.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

Result<double> parseGain(QStringView text)
{
    QStringView number = text.trimmed();
    if (number.endsWith(u"db"_s, Qt::CaseInsensitive))
        number.chop(2);
    const auto value = decimal(number);
    if (!value)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("\"%1\" is not a gain in dB").arg(text.left(40).toString()));
    if (std::abs(*value) > kMaxGainDb)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("a gain of %1 dB is beyond ±%2 dB").arg(*value).arg(kMaxGainDb));
    return *value;
}

Result<double> parsePeak(QStringView text)
{
    const auto value = decimal(text);
    if (!value)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("\"%1\" is not a peak level").arg(text.left(40).toString()));
    if (*value <= 0.0 || *value > kMaxPeak)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("a peak of %1 is outside 0 to %2").arg(*value).arg(kMaxPeak));
    return *value;
}

Result<double> parseR128(QStringView text)
{
    const QStringView t = text.trimmed();
    bool ok = false;
    const int q78 = t.toInt(&ok);
    if (!ok || t.size() > 7)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("\"%1\" is not an R128 gain (a whole number in 1/256 dB)")
                        .arg(text.left(40).toString()));
    const double db = q78 / 256.0 + 5.0;
    if (std::abs(db) > kMaxGainDb)
        return fail(Error::Kind::InvalidInput,
                    QObject::tr("an R128 gain of %1 dB is beyond ±%2 dB").arg(q78 / 256.0).arg(kMaxGainDb));
    return db;
}

ReplayGain fromProperties(const QList<std::pair<QString, QString>> &properties)
{
    ReplayGain out;
    std::optional<double> r128Track;
    std::optional<double> r128Album;
    auto take = [&](const QString &key, const QString &value, auto parse, std::optional<double> &into) {
        if (into)
            return;
        if (auto v = parse(value))
            into = *v;
        else
            out.notes << key + u": "_s + v.error().message;
    };
    for (const auto &[rawKey, value] : properties) {
        const QString key = rawKey.toUpper();
        if (key == u"REPLAYGAIN_TRACK_GAIN")
            take(key, value, parseGain, out.trackGainDb);
        else if (key == u"REPLAYGAIN_TRACK_PEAK")
            take(key, value, parsePeak, out.trackPeak);
        else if (key == u"REPLAYGAIN_ALBUM_GAIN")
            take(key, value, parseGain, out.albumGainDb);
        else if (key == u"REPLAYGAIN_ALBUM_PEAK")
            take(key, value, parsePeak, out.albumPeak);
        else if (key == u"R128_TRACK_GAIN")
            take(key, value, parseR128, r128Track);
        else if (key == u"R128_ALBUM_GAIN")
            take(key, value, parseR128, r128Album);
    }
    if (!out.trackGainDb)
        out.trackGainDb = r128Track;
    if (!out.albumGainDb)
        out.albumGainDb = r128Album;
    return out;
}

Level level(const ReplayGain &gain, const LevelSettings &settings)
{
    Level out;
    if (settings.mode == LevelSettings::Mode::Off)
        return out;
    // The mode's own gain, else the other one: an album gain stands in for a missing track
    // gain and the other way round, as ReplayGain players do.
    const bool useAlbum
        = settings.mode == LevelSettings::Mode::Album ? bool(gain.albumGainDb) : !gain.trackGainDb;
    const std::optional<double> db = useAlbum ? gain.albumGainDb : gain.trackGainDb;
    if (!db)
        return out; // untagged: 0 dB, and no pre-amp
    // The peak that goes with the gain used, else the other one.
    const std::optional<double> &ownPeak = useAlbum ? gain.albumPeak : gain.trackPeak;
    const std::optional<double> peak = ownPeak ? ownPeak : (useAlbum ? gain.trackPeak : gain.albumPeak);
    out.tagged = true;
    out.measured = gain.measured;
    out.gainDb
        = *db + std::clamp(settings.preampDb, LevelSettings::kMinPreampDb, LevelSettings::kMaxPreampDb);
    out.factor = std::pow(10.0, out.gainDb / 20.0);
    if (settings.preventClipping && peak && *peak * out.factor > 1.0) {
        out.factor = 1.0 / *peak;
        out.gainDb = 20.0 * std::log10(out.factor);
        out.limitedByPeak = true;
    }
    return out;
}

} // namespace ost::ReplayGainTags
