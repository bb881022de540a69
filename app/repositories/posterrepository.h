#pragma once

#include "storage/database.h"

namespace ost {

// Custom posters chosen by the user: the image is copied into <data dir>/posters/ (checked
// to be a real image of sane size first) and recorded in custom_posters.
class PosterRepository
{
public:
    PosterRepository(Database db, QString dataDir);

    Result<QString> setCustomPoster(const QString &dramaId, const QString &imagePath);
    Result<void> clearCustomPoster(const QString &dramaId);
    // drama id -> absolute file path: the user's choice, else a poster that came with a pack,
    // else a cover found with the user's files.
    Result<QHash<QString, QString>> customPosters() const;
    Result<QHash<QString, QString>> chosenPosters() const; // the user's choices only

    static constexpr int kMaxDimension = 8000;

private:
    Database m_db;
    QString m_dataDir;
};

} // namespace ost
