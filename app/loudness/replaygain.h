#pragma once

#include "core/error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ost {

// The loudness facts a file's tags carry: ReplayGain 2.0 track and album gain (dB, to reach
// the reference level of −18 LUFS) and peak (linear, 1.0 = full scale). R128 tags of Opus
// files are turned into the same terms. Missing or unreadable values stay empty; notes say
// which tag was ignored and why.
struct ReplayGain
{
    std::optional<double> trackGainDb;
    std::optional<double> trackPeak;
    std::optional<double> albumGainDb;
    std::optional<double> albumPeak;
    QStringList notes;
    bool measured = false; // from OST Shelf's own measurement, not from tags

    bool hasGain() const { return trackGainDb || albumGainDb; }
    bool operator==(const ReplayGain &) const = default;
};

// How the player levels loudness: which gain it applies, a pre-amp added to tagged files,
// and whether a gain may push the track's peak past full scale.
struct LevelSettings
{
    enum class Mode { Off, Track, Album };
    Mode mode = Mode::Track;
    double preampDb = 0.0;
    bool preventClipping = true;

    static constexpr double kMinPreampDb = -15.0;
    static constexpr double kMaxPreampDb = 15.0;
    bool operator==(const LevelSettings &) const = default;
};

// What levelling does to one file: the gain chosen (dB, with the pre-amp), the factor the
// player's volume is multiplied by (clipping prevention applied), and in words.
struct Level
{
    double gainDb = 0.0;
    double factor = 1.0;
    bool tagged = false; // the file had a gain for the mode (else it plays at 0 dB)
    bool measured = false; // that gain came from OST Shelf's measurement
    bool limitedByPeak = false;
};

namespace ReplayGainTags {

// "−6.20 dB", "+3 dB", "-6.2", " 1.5dB": a gain in dB. Refused: text that is not a number,
// infinities, NaN, and gains beyond ±kMaxGainDb (no real track needs them).
Result<double> parseGain(QStringView text);
// "0.988831": a linear peak, finite and in (0, kMaxPeak].
Result<double> parsePeak(QStringView text);
// R128_TRACK_GAIN / R128_ALBUM_GAIN of Opus (RFC 7845): a Q7.8 integer relative to −23 LUFS,
// returned as a ReplayGain gain (relative to −18 LUFS: 5 dB more).
Result<double> parseR128(QStringView text);

// From tag properties, keys in upper case as TagLib gives them (REPLAYGAIN_TRACK_GAIN,
// R128_TRACK_GAIN, ...); ReplayGain tags win over R128 ones when a file has both.
ReplayGain fromProperties(const QList<std::pair<QString, QString>> &properties);

// The level to play a file at under settings.
Level level(const ReplayGain &gain, const LevelSettings &settings);

inline constexpr double kMaxGainDb = 51.0;
inline constexpr double kMaxPeak = 10.0;

} // namespace ReplayGainTags

} // namespace ost
