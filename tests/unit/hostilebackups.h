#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ost::test {

// A backup built byte by byte to be refused, and a part of the message that must name why.
struct HostileBackup
{
    QByteArray name;
    QByteArray archive;
    QString expected;
};

// Every hostile or broken backup tst_backup feeds the restorer: unsafe names, links and
// devices, case collisions, too many or too large entries, a compression bomb, manifests that
// are missing, malformed or lie, a damaged or newer database, truncated and corrupted streams.
// db is a sound library file to wrap.
QList<HostileBackup> hostileBackups(const QByteArray &db);

} // namespace ost::test
