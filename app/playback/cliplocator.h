#pragma once

#include "storage/database.h"

#include <QHash>

namespace ost {

// Where a song's preview clip is when no file of the user's is linked: the clip that came with
// a pack, else the demo clip synthesized for the bundled catalog. Touches the disk: call it on
// the database thread.
class ClipLocator
{
public:
    ClipLocator(Database db, QString dataDir, QString demoDir);

    QHash<QString, QString> clips(const QStringList &songIds) const; // only songs that have one

private:
    Database m_db;
    QString m_dataDir;
    QString m_demoDir;
};

} // namespace ost
