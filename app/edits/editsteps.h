#pragma once

#include "core/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace ost::editsteps {

// The statements of the user's edits, shared by LibraryEdits when an edit is made and when the
// edits are applied again over a new catalog. Each runs inside the caller's transaction.

// Runs each statement with its values; the first error ends the run.
Result<void> runAll(const QSqlDatabase &db, const QList<std::pair<QString, QVariantList>> &steps);
// Moves everything of drama `from` (songs, favorite, posters, covers, names, the user's
// placements) to `into`, and retires `from`.
Result<void> applyMerge(const QSqlDatabase &db, const QString &from, const QString &into);
// Puts a song under a drama (null: under none) at the end of its soundtrack, with a part.
Result<void> applyPlacement(const QSqlDatabase &db, const QString &songId, const QVariant &dramaId,
                            const QVariant &part);
// Credits a song to the artists named in `artists` ("A feat. B, C"), making artists of the
// files for names the library does not know.
Result<void> applySongArtists(const QSqlDatabase &db, const QString &songId, const QString &artists);

} // namespace ost::editsteps
