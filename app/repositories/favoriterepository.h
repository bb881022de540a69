#pragma once

#include "storage/database.h"

#include <QSet>

namespace ost {

// Favorite dramas and songs. Each change is one committed statement: saved at once.
class FavoriteRepository
{
public:
    enum class Kind { Drama, Song };
    explicit FavoriteRepository(Database db);

    Result<void> setFavorite(Kind kind, const QString &id, bool favorite);
    Result<bool> isFavorite(Kind kind, const QString &id) const;
    Result<QStringList> list(Kind kind) const; // newest first

private:
    Database m_db;
};

} // namespace ost
