#pragma once

#include "storage/database.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace ost {

// Finds the catalog song a file or playlist entry means, from a title and an artist in
// Latin, Hangul or romanization ("Stay With Me" / "Chanyeol, Punch" / "찬열 & 펀치").
class SongMatcher
{
public:
    enum class Confidence { None, Uncertain, Confident };
    struct Match
    {
        QString songId;
        Confidence confidence = Confidence::None;
        QString why; // for review lists and import reports
    };

    static Result<SongMatcher> load(const Database &db);

    Match match(const QString &title, const QString &artist) const;
    // "Artist - Title", "Title - Artist" or a bare title, as #EXTINF lines and file names hold.
    Match matchDisplay(const QString &display) const;
    qsizetype songCount() const { return m_songs.size(); }
    // The keys a title is known by: folded, romanized, and without a bracketed decoration.
    static QStringList titleKeys(const QString &title);
    // The keys a name is known by: folded, and romanized when it is Hangul.
    static void addNameKeys(QSet<QString> &keys, const QString &name);
    bool hasSong(const QString &id) const { return m_rowById.contains(id); }

private:
    struct Entry
    {
        QString id;
        QSet<QString> artistKeys;
    };
    static QStringList artistParts(const QString &artist);
    void addTitle(int song, const QString &title);

    QList<Entry> m_songs;
    QHash<QString, QList<int>> m_byTitle;
    QHash<QString, int> m_rowById;
};

} // namespace ost
