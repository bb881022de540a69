#include "automaticbackup.h"

#include "backupstore.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSettings>

#include <algorithm>

namespace ost {

namespace {
constexpr auto kEnabledKey = "backup/automatic";
constexpr auto kKeepKey = "backup/keep";
} // namespace

bool AutomaticBackup::enabled()
{
    return QSettings().value(QLatin1StringView(kEnabledKey), true).toBool();
}

void AutomaticBackup::setEnabled(bool on)
{
    QSettings().setValue(QLatin1StringView(kEnabledKey), on);
}

int AutomaticBackup::keep()
{
    return std::clamp(QSettings().value(QLatin1StringView(kKeepKey), BackupStore::kKeepAutomatic).toInt(), 1,
                      100);
}

void AutomaticBackup::setKeep(int count)
{
    QSettings().setValue(QLatin1StringView(kKeepKey), std::clamp(count, 1, 100));
}

Result<std::optional<QString>> AutomaticBackup::runIfDue(const Database &db, const QString &dataDir)
{
    if (db.isReadOnly() || !enabled())
        return std::nullopt;
    const BackupStore store(db, dataDir);
    if (!store.automaticDue(QDateTime::currentDateTimeUtc()))
        return std::nullopt;
    auto written = store.createAutomatic(keep());
    if (!written)
        return std::unexpected(written.error());
    return *written;
}

} // namespace ost
