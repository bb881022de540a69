#pragma once

#include "domain/song.h"
#include "edits/libraryedits.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace ost {

// Edit a song's title, Hangul title, artists (as a tag writes them) and OST part. Only what
// changed becomes an edit.
class SongEditDialog final : public QDialog
{
    Q_OBJECT
public:
    SongEditDialog(const Song &song, int part, QWidget *parent = nullptr);
    SongEdit edit() const;

private:
    Song m_song;
    int m_part;
    QString m_artists;
    QLineEdit *m_title;
    QLineEdit *m_titleKo;
    QLineEdit *m_artistsEdit;
    QSpinBox *m_partBox;
};

} // namespace ost
