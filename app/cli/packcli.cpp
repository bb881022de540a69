#include "packcli.h"

#include "clioutput.h"
#include "packs/packexporter.h"
#include "packs/packimporter.h"
#include "repositories/catalogrepository.h"
#include "repositories/playlistrepository.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ost::cli {

namespace {

QJsonObject sectionJson(const PackImportPlan::Section &s)
{
    auto ids = [](const QList<PackImportPlan::Change> &l) {
        QJsonArray a;
        for (const auto &c : l)
            a << QJsonObject { { u"id"_s, c.id }, { u"title"_s, c.title } };
        return a;
    };
    return QJsonObject { { u"added"_s, ids(s.added) },
                         { u"updated"_s, ids(s.updated) },
                         { u"unchanged"_s, s.unchanged } };
}

void printPlan(const PackImportPlan &plan, bool json, bool dryRun)
{
    if (json) {
        printJson(QJsonObject { { u"dry_run"_s, dryRun },
                                { u"dramas"_s, sectionJson(plan.dramas) },
                                { u"songs"_s, sectionJson(plan.songs) },
                                { u"artists"_s, sectionJson(plan.artists) },
                                { u"awards"_s, sectionJson(plan.awards) },
                                { u"collections"_s, sectionJson(plan.collections) },
                                { u"files"_s,
                                  QJsonObject { { u"new"_s, plan.filesNew },
                                                { u"changed"_s, plan.filesChanged },
                                                { u"unchanged"_s, plan.filesUnchanged } } },
                                { u"warnings"_s, QJsonArray::fromStringList(plan.warnings) } });
        return;
    }
    out() << plan.summary() << "\n";
    for (const auto &c : plan.dramas.added)
        out() << "  + drama " << c.id << "  " << c.title << "\n";
    for (const auto &c : plan.dramas.updated)
        out() << "  ~ drama " << c.id << "  " << c.title << "\n";
    for (const auto &w : plan.warnings)
        out() << "warning: " << w << "\n";
    if (plan.isEmpty())
        out() << "Nothing to change: the library already has everything in this pack.\n";
    else
        out() << (dryRun ? "Dry run: nothing was changed.\n" : "Imported.\n");
}

} // namespace

int runPackCommand(const Library &library, const CatalogRepository &catalog, const QStringList &args,
                   const QCommandLineParser &p, bool json)
{
    const QString usage
        = u"usage: pack export FILE (--drama ID… | --collection ID | --playlist NAME | --all)\n"
          "       pack import FILE [--dry-run] [--json]"_s;
    if (args.size() != 2 || (args[0] != u"export"_s && args[0] != u"import"_s))
        return failUsage(usage);
    const QString &file = args[1];
    if (args[0] == u"import"_s) {
        const bool dryRun = p.isSet(u"dry-run"_s);
        auto plan = PackImporter(library.database(), library.dataDir())
                        .importFile(file, dryRun || library.isReadOnly());
        if (!plan)
            return failWith(plan.error());
        printPlan(*plan, json, dryRun);
        return 0;
    }

    CatalogSelection selection;
    QString title;
    for (const auto &d : p.values(u"drama"_s)) {
        auto id = catalog.resolveDrama(d);
        if (!id)
            return failWith(id.error());
        selection.dramaIds << *id;
    }
    if (p.isSet(u"all"_s)) {
        selection.everything = true;
        title = QObject::tr("The whole catalog");
    }
    if (p.isSet(u"collection"_s))
        selection.collectionIds << p.value(u"collection"_s);
    PackExporter exporter(library.database(), library.dataDir(), Library::demoClipDir());
    if (p.isSet(u"playlist"_s)) {
        auto id = PlaylistRepository(library.database()).resolve(p.value(u"playlist"_s));
        if (!id)
            return failWith(id.error());
        auto s = exporter.playlistSelection(*id);
        if (!s)
            return failWith(s.error());
        selection.dramaIds << s->dramaIds;
        selection.songIds << s->songIds;
        title = p.value(u"playlist"_s);
    }
    if (selection.isEmpty())
        return failUsage(
            u"pack export needs --drama ID (several allowed), --collection ID, --playlist NAME or --all\n"_s
            + usage);
    if (title.isEmpty())
        title = !selection.collectionIds.isEmpty() ? selection.collectionIds.first()
                                                   : selection.dramaIds.join(u", "_s);
    auto manifest = exporter.exportTo(file, selection, title);
    if (!manifest)
        return failWith(manifest.error());
    if (json) {
        printJson(QJsonObject { { u"file"_s, file },
                                { u"dramas"_s, manifest->catalog.dramas.size() },
                                { u"songs"_s, manifest->catalog.songs.size() },
                                { u"artists"_s, manifest->catalog.artists.size() },
                                { u"collections"_s, manifest->catalog.collections.size() },
                                { u"files"_s, manifest->files.size() },
                                { u"bytes"_s, double(QFileInfo(file).size()) } });
        return 0;
    }
    out() << "wrote " << file << ": " << manifest->catalog.dramas.size() << " dramas, "
          << manifest->catalog.songs.size() << " songs, " << manifest->catalog.artists.size() << " artists, "
          << manifest->catalog.collections.size() << " collections, " << manifest->files.size() << " files ("
          << QFileInfo(file).size() << " bytes)\n";
    return 0;
}

} // namespace ost::cli
