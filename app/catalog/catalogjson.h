#pragma once

#include "catalogdata.h"

#include <QJsonObject>
#include <QStringList>

namespace ost {

// The catalog's JSON form (docs/catalog-format.md), shared by the bundled catalog source and
// drama packs. Sections are the arrays "artists", "dramas", "songs", "awards", "collections".
class CatalogJson
{
public:
    static const QStringList &sections();
    // Reads the sections strictly: every wrong type or missing field is added to problems,
    // named "<section><suffix>[index]" or "<section><suffix> "id"". Absent sections are empty.
    static CatalogData parse(const QJsonObject &sections, const QString &suffix, QStringList &problems);
    // Writes the same form back; appearance positions are written when known.
    static QJsonObject toJson(const CatalogData &data);
};

} // namespace ost
