#pragma once

// The library every test opens: its own folder, made from the build's bundled catalog.
#include "storage/library.h"

namespace ost::test {

inline LibraryOptions libraryOptions(const QString &dataDir)
{
    LibraryOptions o;
    o.dataDir = dataDir;
    o.dataDirExplicit = true;
    o.bundledCatalog = QStringLiteral(OSTSHELF_TEST_CATALOG);
    return o;
}

} // namespace ost::test
