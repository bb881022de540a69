#pragma once

#include "loudness/replaygain.h"

#include <QMenu>

class QActionGroup;

namespace ost {

class LoudnessService;
class PlaybackController;

// Playback → Loudness levelling: off, by track or by album gain (ReplayGain/R128 tags), a
// pre-amp for tagged files, clipping prevention, and a line saying what the song playing
// gets ("−6.2 dB from its track gain", "no loudness tags: 0 dB"). Choices apply at once and
// are kept in the settings (player/levelMode, player/preampDb, player/preventClipping).
class LevellingMenu final : public QMenu
{
    Q_OBJECT
public:
    LevellingMenu(PlaybackController *controller, LoudnessService *loudness, QWidget *parent = nullptr);

    static LevelSettings loadSettings();
    static void saveSettings(const LevelSettings &settings);
    static constexpr double kPreamps[] = { -6.0, -3.0, 0.0, 3.0, 6.0 };

    QString statusText() const; // the line about the song playing

Q_SIGNALS:
    void statusMessage(const QString &text); // the measurement's progress and outcome

private:
    void apply();
    void showLevel(const Level &level);
    void measureOrStop();
    void showMeasuring(bool running); // the measure item's text: start, or stop while it runs

    PlaybackController *m_controller;
    QActionGroup *m_modes;
    QActionGroup *m_preamps;
    QAction *m_clipping;
    QAction *m_status;
    LoudnessService *m_loudness;
    QAction *m_measure;
    QAction *m_afterScan;
};

} // namespace ost
