// ostshelf-democlips: writes the demo clip of every song in the compiled catalog
// (share/ostshelf/demo/<song-id>.wav). Run by the build after the catalog compiler.
#include "playback/democlipsynth.h"
#include "playback/tonegenerator.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace ost;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        err << "usage: ostshelf-democlips CATALOG.sqlite OUTPUT_DIR STAMP\n";
        return 2;
    }
    auto db = Database::open(args[1], Database::Mode::ReadOnly);
    if (!db) {
        err << db.error().message << "\n";
        return 1;
    }
    if (!QDir().mkpath(args[2])) {
        err << "cannot create " << args[2] << "\n";
        return 1;
    }
    auto q = runQuery(db->connection(), u"SELECT id FROM songs ORDER BY id"_s);
    if (!q) {
        err << q.error().message << "\n";
        return 1;
    }
    int count = 0;
    while (q->next()) {
        const QString id = q->value(0).toString();
        if (auto w = ToneGenerator::writePcm(QDir(args[2]).filePath(id + u".wav"_s),
                                             DemoClipSynth::render(id), DemoClipSynth::kSampleRate, 1);
            !w) {
            err << w.error().message << "\n";
            return 1;
        }
        ++count;
    }
    QFile stamp(args[3]);
    if (!stamp.open(QIODevice::WriteOnly)) {
        err << "cannot write " << args[3] << "\n";
        return 1;
    }
    stamp.write(QByteArray::number(count) + " demo clips\n");
    return 0;
}
