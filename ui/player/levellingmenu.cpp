#include "levellingmenu.h"

#include "playback/playbackcontroller.h"
#include "services/loudnessservice.h"

#include <QActionGroup>
#include <QFileInfo>
#include <QSettings>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

QString modeKey(LevelSettings::Mode mode)
{
    switch (mode) {
    case LevelSettings::Mode::Off: return u"off"_s;
    case LevelSettings::Mode::Album: return u"album"_s;
    case LevelSettings::Mode::Track: break;
    }
    return u"track"_s;
}

QString decibels(double db)
{
    // A minus sign, not a hyphen; no sign for 0.
    const QString number = QString::number(std::abs(db), 'f', std::abs(db - std::round(db)) < 0.05 ? 0 : 1);
    return (db <= -0.05 ? u"\u2212"_s : db >= 0.05 ? u"+"_s : QString()) + number + u" dB"_s;
}

} // namespace

LevelSettings LevellingMenu::loadSettings()
{
    QSettings s;
    LevelSettings out;
    const QString mode = s.value(u"player/levelMode"_s, u"track"_s).toString();
    out.mode = mode == u"off" ? LevelSettings::Mode::Off
        : mode == u"album"    ? LevelSettings::Mode::Album
                              : LevelSettings::Mode::Track;
    const double preamp = s.value(u"player/preampDb"_s, 0.0).toDouble();
    out.preampDb = std::isfinite(preamp)
        ? std::clamp(preamp, LevelSettings::kMinPreampDb, LevelSettings::kMaxPreampDb)
        : 0.0;
    out.preventClipping = s.value(u"player/preventClipping"_s, true).toBool();
    return out;
}

void LevellingMenu::saveSettings(const LevelSettings &settings)
{
    QSettings s;
    s.setValue(u"player/levelMode"_s, modeKey(settings.mode));
    s.setValue(u"player/preampDb"_s, settings.preampDb);
    s.setValue(u"player/preventClipping"_s, settings.preventClipping);
}

LevellingMenu::LevellingMenu(PlaybackController *controller, LoudnessService *loudness, QWidget *parent)
    : QMenu(tr("Loudness &levelling"), parent)
    , m_controller(controller)
    , m_modes(new QActionGroup(this))
    , m_preamps(new QActionGroup(this))
    , m_loudness(loudness)
{
    setObjectName(u"levellingMenu"_s);
    const LevelSettings settings = loadSettings();
    controller->setLevelSettings(settings);

    const std::pair<LevelSettings::Mode, QString> modes[] = {
        { LevelSettings::Mode::Off, tr("&Off") },
        { LevelSettings::Mode::Track, tr("By &track gain") },
        { LevelSettings::Mode::Album, tr("By &album gain") },
    };
    for (const auto &[mode, text] : modes) {
        QAction *a = addAction(text);
        a->setObjectName(u"levelling_"_s + modeKey(mode));
        a->setCheckable(true);
        a->setChecked(settings.mode == mode);
        a->setData(int(mode));
        m_modes->addAction(a);
    }
    addSeparator();
    for (const double db : kPreamps) {
        QAction *a = addAction(tr("Pre-amp %1").arg(decibels(db)));
        a->setObjectName(u"levellingPreamp%1"_s.arg(int(db)));
        a->setCheckable(true);
        a->setChecked(std::abs(settings.preampDb - db) < 0.01);
        a->setData(db);
        m_preamps->addAction(a);
    }
    m_clipping = addAction(tr("&Prevent clipping"));
    m_clipping->setObjectName(u"levellingClipping"_s);
    m_clipping->setCheckable(true);
    m_clipping->setChecked(settings.preventClipping);
    addSeparator();
    m_measure = addAction(QString());
    showMeasuring(false);
    m_measure->setObjectName(u"levellingMeasure"_s);
    m_measure->setToolTip(
        tr("Files without ReplayGain or R128 tags are decoded once and measured (EBU R128), "
           "so that they are levelled too"));
    m_afterScan = addAction(tr("Measure new files after each &scan"));
    m_afterScan->setObjectName(u"levellingMeasureAfterScan"_s);
    m_afterScan->setCheckable(true);
    m_afterScan->setChecked(LoudnessService::measuresAfterScan());
    connect(m_afterScan, &QAction::toggled, this, [](bool on) { LoudnessService::setMeasuresAfterScan(on); });
    addSeparator();
    m_status = addAction(QString());
    m_status->setObjectName(u"levellingStatus"_s);
    m_status->setEnabled(false);

    connect(m_modes, &QActionGroup::triggered, this, &LevellingMenu::apply);
    connect(m_preamps, &QActionGroup::triggered, this, &LevellingMenu::apply);
    connect(m_clipping, &QAction::toggled, this, &LevellingMenu::apply);
    connect(m_measure, &QAction::triggered, this, &LevellingMenu::measureOrStop);
    connect(loudness, &LoudnessService::progress, this, [this](int done, int total, const QString &file) {
        showMeasuring(true); // also when a scan started it
        Q_EMIT statusMessage(tr("Measuring loudness: %1 of %2 files (%3)")
                                 .arg(done + 1)
                                 .arg(total)
                                 .arg(QFileInfo(file).fileName()));
    });
    connect(loudness, &LoudnessService::finished, this, [this](const LoudnessService::Summary &summary) {
        showMeasuring(false);
        Q_EMIT statusMessage(summary.text());
    });
    connect(loudness, &LoudnessService::errorOccurred, this, [this](const QString &message) {
        showMeasuring(false);
        Q_EMIT statusMessage(message);
    });
    connect(controller, &PlaybackController::levelChanged, this, &LevellingMenu::showLevel);
    showLevel(controller->currentLevel());
}

void LevellingMenu::apply()
{
    LevelSettings settings;
    if (const QAction *mode = m_modes->checkedAction())
        settings.mode = LevelSettings::Mode(mode->data().toInt());
    // A pre-amp set in the settings file that none of the items offers stays until one is chosen.
    settings.preampDb = m_preamps->checkedAction() ? m_preamps->checkedAction()->data().toDouble()
                                                   : m_controller->levelSettings().preampDb;
    settings.preventClipping = m_clipping->isChecked();
    saveSettings(settings);
    m_controller->setLevelSettings(settings);
}

void LevellingMenu::showMeasuring(bool running)
{
    m_measure->setText(running ? tr("&Stop measuring loudness")
                               : tr("&Measure the loudness of untagged files"));
}

void LevellingMenu::measureOrStop()
{
    if (m_loudness->isMeasuring()) {
        m_loudness->cancel();
        return;
    }
    showMeasuring(true);
    Q_EMIT statusMessage(tr("Measuring the loudness of untagged files…"));
    m_loudness->measure();
}

QString LevellingMenu::statusText() const
{
    return m_status->text();
}

void LevellingMenu::showLevel(const Level &level)
{
    const LevelSettings settings = m_controller->levelSettings();
    QString text;
    if (m_controller->currentSongId().isEmpty()
        && m_controller->currentSource() == PlaybackController::Source::None)
        text = tr("Nothing is playing");
    else if (settings.mode == LevelSettings::Mode::Off)
        text = tr("Levelling is off: played as recorded");
    else if (!level.tagged)
        text = tr("This song has no loudness tags: played at 0 dB");
    else if (level.measured && level.limitedByPeak)
        text = tr("Playing at %1 from its measured loudness (held back so its peak does not clip)")
                   .arg(decibels(level.gainDb));
    else if (level.measured)
        text = tr("Playing at %1 from its measured loudness").arg(decibels(level.gainDb));
    else if (level.limitedByPeak)
        text = tr("Playing at %1 (held back so its peak does not clip)").arg(decibels(level.gainDb));
    else
        text = tr("Playing at %1").arg(decibels(level.gainDb));
    m_status->setText(text);
}

} // namespace ost
