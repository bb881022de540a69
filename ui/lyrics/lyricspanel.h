#pragma once

#include "lyrics/lyrics.h"

#include <QDockWidget>
#include <QPointer>

class QCheckBox;
class QLabel;
class QListView;

namespace ost {

class LyricsModel;
class PlaybackController;

// The lyrics pane (View → Lyrics): the playing song's lyrics, read off the UI thread from the
// .lrc beside its file or its lyrics tag. The line being sung is bold and kept in view; a click
// or Enter on a line seeks there; Hangul lines carry a romanization line (switchable) and a
// second-language line where the file gives one. "Lyrics: none" is said plainly.
class LyricsPanel final : public QDockWidget
{
    Q_OBJECT
public:
    explicit LyricsPanel(PlaybackController *playback, QWidget *parent = nullptr);

    LyricsModel *model() const { return m_model; }
    QListView *lineView() const { return m_lines; }
    void showLyrics(const Lyrics &lyrics); // what a load delivers
    void showNone(const QString &why); // "Lyrics: none" and why
    void setPosition(qint64 ms);

Q_SIGNALS:
    void seekRequested(qint64 ms);

private:
    void load(const QString &audioFile);

    QPointer<PlaybackController> m_playback;
    LyricsModel *m_model;
    QLabel *m_status;
    QCheckBox *m_romanization;
    QListView *m_lines;
    quint64 m_request = 0; // the newest load wins
};

} // namespace ost
