#include "playerbar.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ost {

PlayerBar::PlayerBar(QWidget *parent)
    : QWidget(parent)
    , m_art(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_prev(new QToolButton(this))
    , m_play(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_seek(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_favorite(new QToolButton(this))
    , m_mode(new QComboBox(this))
    , m_previewHere(new QToolButton(this))
    , m_queue(new QToolButton(this))
    , m_mute(new QToolButton(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
{
    setAccessibleName(tr("Player"));
    setObjectName(u"playerBar"_s);
    m_art->setFixedSize(36, 54);
    m_art->setScaledContents(true);
    QFont bold = font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_prev->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_prev->setAccessibleName(tr("Previous"));
    m_prev->setToolTip(tr("Previous song"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setAccessibleName(tr("Play or pause"));
    m_play->setToolTip(tr("Play / pause (Space)"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_next->setAccessibleName(tr("Next"));
    m_next->setToolTip(tr("Next song"));
    m_seek->setAccessibleName(tr("Position"));
    m_seek->setRange(0, 0);
    m_time->setText(u"0:00 / 0:00"_s);
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(u"00:00 / 00:00"_s));
    m_favorite->setCheckable(true);
    m_favorite->setText(u"♡"_s);
    m_favorite->setAccessibleName(tr("Favorite song"));
    m_favorite->setToolTip(tr("Add the current song to favorites"));
    m_favorite->setObjectName(u"playerFavorite"_s);
    for (int seconds : { 10, 15, 20, 30, 45, 60 })
        m_mode->addItem(tr("Preview %1 s").arg(seconds), seconds);
    m_mode->addItem(tr("Full songs"), 0);
    m_mode->setAccessibleName(tr("Playback mode"));
    m_mode->setToolTip(tr(
        "Preview mode plays each song's hook for a few seconds, then the next; full mode plays whole songs"));
    m_mode->setObjectName(u"playbackMode"_s);
    m_previewHere->setText(u"⤓"_s);
    m_previewHere->setAccessibleName(tr("Preview from here"));
    m_previewHere->setToolTip(tr("Preview from here: previews of this song start at the current position"));
    m_queue->setText(tr("Queue"));
    m_queue->setCheckable(true);
    m_queue->setAccessibleName(tr("Show the queue"));
    m_queue->setToolTip(tr("Show or hide the play queue"));
    m_mute->setCheckable(true);
    m_mute->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    m_mute->setAccessibleName(tr("Mute"));
    m_mute->setToolTip(tr("Mute"));
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(110);
    m_volume->setAccessibleName(tr("Volume"));

    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(m_title);
    text->addWidget(m_subtitle);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_art);
    layout->addLayout(text, 2);
    layout->addWidget(m_favorite);
    layout->addWidget(m_prev);
    layout->addWidget(m_play);
    layout->addWidget(m_next);
    layout->addWidget(m_seek, 3);
    layout->addWidget(m_time);
    layout->addWidget(m_previewHere);
    layout->addWidget(m_mode);
    layout->addWidget(m_queue);
    layout->addWidget(m_mute);
    layout->addWidget(m_volume);

    connect(m_play, &QToolButton::clicked, this, &PlayerBar::playPauseClicked);
    connect(m_prev, &QToolButton::clicked, this, &PlayerBar::previousClicked);
    connect(m_next, &QToolButton::clicked, this, &PlayerBar::nextClicked);
    connect(m_seek, &QSlider::sliderMoved, this, [this](int v) { Q_EMIT seekRequested(v); });
    // Arrow keys, Page Up/Down and clicks on the groove seek too (they do not "move" the slider).
    connect(m_seek, &QAbstractSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            Q_EMIT seekRequested(m_seek->sliderPosition());
    });
    m_seek->setSingleStep(5000);
    m_seek->setPageStep(30000);
    connect(m_volume, &QSlider::valueChanged, this, &PlayerBar::volumeChanged);
    connect(m_mute, &QToolButton::toggled, this, [this](bool m) {
        m_mute->setIcon(style()->standardIcon(m ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
        Q_EMIT muteToggled(m);
    });
    connect(m_favorite, &QToolButton::clicked, this, [this](bool on) {
        m_favorite->setChecked(!on); // shows the saved state, set back by setFavorite()
        Q_EMIT favoriteToggled(on);
    });
    connect(m_mode, &QComboBox::activated, this,
            [this](int i) { Q_EMIT previewSecondsChosen(m_mode->itemData(i).toInt()); });
    connect(m_previewHere, &QToolButton::clicked, this, &PlayerBar::previewStartRequested);
    connect(m_queue, &QToolButton::toggled, this, &PlayerBar::queueToggled);
    setFavorite(false, false);
    setMessage(tr("Nothing playing"));
    setControlsEnabled(false);
}

void PlayerBar::setNowPlaying(const QString &title, const QString &subtitle, const QPixmap &poster)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_art->setPixmap(poster);
    m_art->setVisible(!poster.isNull());
}

void PlayerBar::setMessage(const QString &message)
{
    setNowPlaying(message, QString(), QPixmap());
}

void PlayerBar::setPlaying(bool playing)
{
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void PlayerBar::setDuration(qint64 ms)
{
    m_duration = ms;
    m_seek->setRange(0, int(ms));
    setPosition(m_seek->value());
}

void PlayerBar::setPosition(qint64 ms)
{
    if (!m_seek->isSliderDown())
        m_seek->setValue(int(ms));
    m_time->setText(formatTime(ms) + u" / "_s + formatTime(m_duration));
}

void PlayerBar::setVolume(int percent)
{
    m_volume->setValue(percent);
}

void PlayerBar::setControlsEnabled(bool enabled)
{
    for (QWidget *w :
         { static_cast<QWidget *>(m_prev), static_cast<QWidget *>(m_play), static_cast<QWidget *>(m_next),
           static_cast<QWidget *>(m_seek), static_cast<QWidget *>(m_previewHere) })
        w->setEnabled(enabled);
}

void PlayerBar::setFavorite(bool available, bool favorite)
{
    m_favorite->setEnabled(available);
    m_favorite->setChecked(favorite);
    m_favorite->setText(favorite ? u"♥"_s : u"♡"_s);
    m_favorite->setToolTip(favorite ? tr("Remove the current song from favorites")
                                    : tr("Add the current song to favorites"));
}

void PlayerBar::setPreviewSeconds(int seconds)
{
    const int i = m_mode->findData(seconds);
    m_mode->setCurrentIndex(i >= 0 ? i : m_mode->findData(30));
}

void PlayerBar::setMuted(bool muted)
{
    m_mute->setChecked(muted);
}

void PlayerBar::setQueueVisible(bool visible)
{
    const QSignalBlocker block(m_queue);
    m_queue->setChecked(visible);
}

QString PlayerBar::formatTime(qint64 ms)
{
    const qint64 s = ms / 1000;
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

} // namespace ost
