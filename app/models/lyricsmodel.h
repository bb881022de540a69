#pragma once

#include "lyrics/lyrics.h"

#include <QAbstractListModel>

namespace ost {

// The lines of the playing song's lyrics for the lyrics pane: each line with, under it, its
// romanization (Hangul lines, switchable) and its second-language line. The line sung at the
// position is the current one; moving the position changes only the rows that stop or start
// being current.
class LyricsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TimeRole = Qt::UserRole + 1, // qint64 ms, -1 when not synced
        TextRole, // the line as written
        RomanizationRole, // empty for lines without Hangul
        SecondRole, // the second-language line, if any
        CurrentRole, // bool
    };
    Q_ENUM(Role)

    explicit LyricsModel(QObject *parent = nullptr);

    void setLyrics(const Lyrics &lyrics);
    const Lyrics &lyrics() const { return m_lyrics; }
    void setPosition(qint64 ms);
    int currentRow() const { return m_current; }
    void setRomanizationShown(bool shown);
    bool romanizationShown() const { return m_romanization; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void currentRowChanged(int row);

private:
    Lyrics m_lyrics;
    QStringList m_romanized; // per line, computed once
    int m_current = -1;
    bool m_romanization = true;
};

} // namespace ost
