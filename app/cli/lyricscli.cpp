#include "lyricscli.h"

#include "clioutput.h"
#include "lyrics/lyricsfinder.h"
#include "repositories/catalogrepository.h"
#include "repositories/localfilerepository.h"
#include "search/textnormalizer.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ost::cli {

namespace {

QString clock(qint64 ms)
{
    return u"%1:%2.%3"_s.arg(ms / 60000, 2, 10, QChar(u'0'))
        .arg(ms / 1000 % 60, 2, 10, QChar(u'0'))
        .arg(ms % 1000 / 10, 2, 10, QChar(u'0'));
}

} // namespace

int runSongLyrics(const Library &library, const CatalogRepository &catalog, const QStringList &args,
                  bool json)
{
    if (args.isEmpty())
        return failUsage(u"usage: song ID|TITLE --lyrics [--json]"_s);
    auto id = catalog.resolveSong(args.join(u' '));
    if (!id)
        return failWith(id.error());
    auto song = catalog.song(*id);
    if (!song)
        return failWith(song.error());
    auto paths = LocalFileRepository(library.database()).paths({ *id });
    if (!paths)
        return failWith(paths.error());
    Lyrics lyrics;
    if (const QString file = paths->value(*id); !file.isEmpty()) {
        auto found = LyricsFinder::forAudioFile(file);
        if (!found)
            return failWith(found.error());
        lyrics = *found;
    }
    if (json) {
        QJsonArray lines;
        for (const LyricLine &l : std::as_const(lyrics.lines)) {
            QJsonObject o { { u"text"_s, l.text } };
            if (l.timeMs >= 0)
                o.insert(u"time_ms"_s, l.timeMs);
            if (const QString roman = TextNormalizer::romanizeWords(l.text); !roman.isEmpty())
                o.insert(u"romanization"_s, roman);
            if (!l.second.isEmpty())
                o.insert(u"second"_s, l.second);
            lines << o;
        }
        printJson(QJsonObject { { u"song"_s, song->id },
                                { u"title"_s, song->title },
                                { u"source"_s, lyrics.source },
                                { u"encoding"_s, lyrics.encoding },
                                { u"synced"_s, lyrics.synced },
                                { u"lines"_s, lines } });
        return 0;
    }
    out() << song->title << (song->titleKo.isEmpty() ? QString() : u" ("_s + song->titleKo + u")"_s) << "\n";
    if (lyrics.isEmpty()) {
        out() << (paths->value(*id).isEmpty()
                      ? "Lyrics: none (no audio file of yours is linked to this song)\n"
                      : "Lyrics: none\n");
        return 0;
    }
    out() << "Lyrics from " << lyrics.source << " (" << lyrics.encoding << (lyrics.synced ? ", synced" : "")
          << ")\n";
    const QString indent = lyrics.synced ? u"           "_s : QString();
    for (const LyricLine &l : std::as_const(lyrics.lines)) {
        out() << (l.timeMs >= 0 ? u"["_s + clock(l.timeMs) + u"] "_s : QString()) << l.text << "\n";
        if (const QString roman = TextNormalizer::romanizeWords(l.text); !roman.isEmpty())
            out() << indent << roman << "\n";
        if (!l.second.isEmpty())
            out() << indent << l.second << "\n";
    }
    return 0;
}

} // namespace ost::cli
