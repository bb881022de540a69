#pragma once

#include "catalogdata.h"
#include "core/error.h"

namespace ost {

// Reads the human-editable catalog (resources/catalog/*.json) and checks it: schema,
// references, duplicate ids and duplicate songs. Every problem is reported, not only the first.
class CatalogSource
{
public:
    static Result<CatalogData> load(const QString &directory);
    static QStringList validate(const CatalogData &data);
    // sha256 over the source files, stored in the compiled database as catalog_version.
    static QString fingerprint(const QString &directory);
};

} // namespace ost
