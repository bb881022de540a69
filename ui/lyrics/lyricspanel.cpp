#include "lyricspanel.h"

#include "lyrics/lyricsfinder.h"
#include "lyricslinedelegate.h"
#include "models/lyricsmodel.h"
#include "playback/playbackcontroller.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace ost {

LyricsPanel::LyricsPanel(PlaybackController *playback, QWidget *parent)
    : QDockWidget(tr("Lyrics"), parent)
    , m_playback(playback)
    , m_model(new LyricsModel(this))
    , m_status(new QLabel)
    , m_romanization(new QCheckBox(tr("&Romanization")))
    , m_lines(new QListView)
{
    setObjectName(u"lyricsPanel"_s);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"lyricsStatus"_s);
    m_romanization->setToolTip(tr("Show a romanization line under each Hangul line"));
    m_romanization->setChecked(QSettings().value(u"lyrics/romanization"_s, true).toBool());
    m_model->setRomanizationShown(m_romanization->isChecked());
    m_lines->setModel(m_model);
    m_lines->setItemDelegate(new LyricsLineDelegate(m_lines));
    m_lines->setObjectName(u"lyricsLines"_s);
    m_lines->setAccessibleName(tr("Lyrics lines"));
    m_lines->setWordWrap(
        false); // one text line per line: wrapped rows were sized for fewer lines than they held
    m_lines->setUniformItemSizes(false);
    m_lines->setSpacing(4);
    m_lines->setResizeMode(QListView::Adjust); // rows follow the pane's width
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_status);
    layout->addWidget(m_romanization);
    layout->addWidget(m_lines, 1);
    setWidget(body);
    showNone(tr("nothing is playing"));

    connect(m_romanization, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setRomanizationShown(on);
        QSettings().setValue(u"lyrics/romanization"_s, on);
    });
    // A click or Enter on a line seeks to it.
    connect(m_lines, &QListView::activated, this, [this](const QModelIndex &i) {
        const qint64 ms = i.data(LyricsModel::TimeRole).toLongLong();
        if (ms >= 0)
            Q_EMIT seekRequested(ms);
    });
    connect(m_lines, &QListView::clicked, m_lines, &QListView::activated);
    connect(m_model, &LyricsModel::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_lines->scrollTo(m_model->index(row), QAbstractItemView::PositionAtCenter);
    });
    if (!playback)
        return;
    connect(this, &LyricsPanel::seekRequested, playback->player(), &PreviewPlayer::seek);
    connect(playback->player(), &PreviewPlayer::positionChanged, this, &LyricsPanel::setPosition);
    connect(playback, &PlaybackController::nowPlaying, this,
            // The player is the controller's child: it lives as long as this connection.
            [this, player = playback->player()](const Song &, PlaybackController::Source source) {
                if (source == PlaybackController::Source::LocalFile)
                    load(player->currentFile());
                else
                    showNone(tr("the demo clip has no lyrics; link your own file of the song"));
            });
    connect(playback, &PlaybackController::stopped, this, [this] { showNone(tr("nothing is playing")); });
}

void LyricsPanel::load(const QString &audioFile)
{
    const quint64 request = ++m_request;
    m_status->setText(tr("Reading the lyrics…"));
    QPointer<LyricsPanel> self(this);
    QThreadPool::globalInstance()->start([self, request, audioFile] {
        const Result<Lyrics> found = LyricsFinder::forAudioFile(audioFile);
        LyricsPanel *target = self.data();
        if (!target)
            return; // the window closed while the file was read
        QMetaObject::invokeMethod(
            target,
            [self, request, found] {
                LyricsPanel *panel = self.data(); // the invoke is queued: gone, or asked again, meanwhile
                if (!panel || request != panel->m_request)
                    return;
                if (!found)
                    panel->showNone(found.error().message);
                else if (found->isEmpty())
                    panel->showNone(tr("no .lrc file beside the song and no lyrics in its tags"));
                else
                    panel->showLyrics(*found);
            },
            Qt::QueuedConnection);
    });
}

void LyricsPanel::showLyrics(const Lyrics &lyrics)
{
    m_model->setLyrics(lyrics);
    m_status->setText(lyrics.synced ? tr("From %1").arg(lyrics.source)
                                    : tr("From %1 (not synced to the song)").arg(lyrics.source));
    m_romanization->setEnabled(true);
}

void LyricsPanel::showNone(const QString &why)
{
    m_model->setLyrics({});
    m_status->setText(tr("Lyrics: none (%1)").arg(why));
}

void LyricsPanel::setPosition(qint64 ms)
{
    m_model->setPosition(ms);
}

} // namespace ost
