#pragma once

#include "catalogdata.h"
#include "core/error.h"
#include "storage/database.h"

#include <QStringList>

namespace ost {

// One drama of the reference list (resources/catalog/reference-dramas.json): facts of public
// record that name the dramas of the user's files. It is never shown by itself; a drama made
// from files takes its titles, year and broadcaster.
struct ReferenceDrama
{
    QString id;
    QString title;
    QStringList aliases;
    QString titleKo;
    int year = 0;
    QString broadcaster;
    int season = 1;
    QString source;

    QStringList names() const; // title, aliases and Hangul title
};

class ReferenceDramas
{
public:
    static constexpr auto kFileName = "reference-dramas.json";

    static Result<QList<ReferenceDrama>> load(const QString &catalogDirectory);
    // Unique ids and names, no name that the catalog's dramas use, seasons kept apart, every
    // entry traceable to a source. Every problem is listed.
    static QStringList validate(const QList<ReferenceDrama> &list, const CatalogData &catalog);
    // Replaces the reference tables of db (inside the caller's transaction).
    static Result<void> write(const QSqlDatabase &db, const QList<ReferenceDrama> &list);
};

} // namespace ost
