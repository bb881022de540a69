#include "historycli.h"

#include "clioutput.h"
#include "history/playhistoryrepository.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ost::cli {

namespace {

QString how(const PlayRecord &p)
{
    return p.kind == PlayRecord::Kind::Preview ? u"preview"_s : p.skipped ? u"skipped"_s : u"played"_s;
}

} // namespace

int runHistory(Library &library, const QStringList &args, const QCommandLineParser &parser, bool json)
{
    const QString action = args.value(0, u"list"_s);
    PlayHistoryRepository repo(library.database());
    if (action == u"clear"_s && args.size() == 1) {
        auto cleared = repo.clear();
        if (!cleared)
            return failWith(cleared.error());
        if (auto purged = repo.purgeCleared(); !purged) // no undo here: gone at once
            return failWith(purged.error());
        out() << "history cleared\n";
        return 0;
    }
    if (action != u"list"_s || args.size() > 1)
        return failUsage(u"usage: history [list] [--limit N] [--json] | history clear"_s);
    int limit = 20;
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1)
            return failUsage(
                u"--limit needs a number of plays of at least 1, not \"%1\""_s.arg(parser.value(u"limit"_s)));
    }
    auto entries = repo.recent(limit);
    if (!entries)
        return failWith(entries.error());
    auto total = repo.count();
    if (!total)
        return failWith(total.error());
    if (json) {
        QJsonArray plays;
        for (const HistoryEntry &e : std::as_const(*entries))
            plays << QJsonObject { { u"song"_s, e.play.songId },
                                   { u"title"_s, e.title.isEmpty() ? QJsonValue() : QJsonValue(e.title) },
                                   { u"artists"_s, e.artists },
                                   { u"drama"_s, e.dramaId.isEmpty() ? QJsonValue() : QJsonValue(e.dramaId) },
                                   { u"started_at"_s, e.play.startedAt.toString(Qt::ISODateWithMs) },
                                   { u"listened_ms"_s, e.play.listenedMs },
                                   { u"length_ms"_s, e.play.lengthMs },
                                   { u"kind"_s,
                                     e.play.kind == PlayRecord::Kind::Preview ? u"preview"_s : u"full"_s },
                                   { u"skipped"_s, e.play.skipped } };
        printJson(QJsonObject { { u"total"_s, *total }, { u"plays"_s, plays } });
        return 0;
    }
    if (entries->isEmpty()) {
        out() << "History: nothing played yet\n";
        return 0;
    }
    out() << "History: " << *total << " play(s), newest first\n";
    for (const HistoryEntry &e : std::as_const(*entries)) {
        out() << e.play.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << "  " << how(e.play) << " "
              << minutesSeconds(e.play.listenedMs) << "  "
              << (e.title.isEmpty() ? u"(no longer in the library)"_s : e.title)
              << (e.artists.isEmpty() ? QString() : u" — "_s + e.artists)
              << (e.dramaTitle.isEmpty() ? QString() : u" · "_s + e.dramaTitle) << "  [" << e.play.songId
              << "]\n";
    }
    return 0;
}

} // namespace ost::cli
