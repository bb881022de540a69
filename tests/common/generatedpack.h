#pragma once

// A drama pack of generated dramas (LibraryGenerator) with a poster for each, painted by our
// own PosterGenerator: for the import benchmark and the app's import test.
#include "catalog/librarygenerator.h"
#include "packs/packwriter.h"
#include "posters/postergenerator.h"

#include <QDir>

namespace ost::test {

inline Result<PackManifest> writeGeneratedPack(const QString &path, const QString &workDir, int dramas,
                                               int songs, QSize posterSize = QSize(300, 450))
{
    PackManifest m;
    m.title = QStringLiteral("Generated pack of %1 dramas").arg(dramas);
    m.catalog = LibraryGenerator::generate(dramas, songs, 7);
    QList<PackSource> sources;
    QDir().mkpath(workDir);
    for (const auto &d : m.catalog.dramas) {
        PosterSpec spec;
        spec.dramaId = d.id;
        spec.title = d.title;
        spec.titleKo = d.titleKo;
        spec.year = d.year;
        const QString file = QDir(workDir).filePath(d.id + QStringLiteral(".jpg"));
        if (!PosterGenerator::generate(spec, posterSize).save(file, "JPEG", 85))
            return fail(QStringLiteral("cannot write %1").arg(file));
        sources << PackSource { PackFile::Kind::Poster, d.id, file };
    }
    return PackWriter::write(path, m, sources);
}

} // namespace ost::test
