#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ost::test {

// Small packs built for tests: a valid one around one drama (pack-drama, its song pack-song by
// pack-artist) as JSON, for a case to change or break.
QJsonObject manifestFor(const QJsonArray &files);
QJsonObject fileEntry(const QString &path, const QString &kind, const QString &owner, const QByteArray &data);
QByteArray wav(); // a tiny preview clip, by its header
QByteArray png(int w, int h);

// A pack built byte by byte to be refused, and a part of the message that must name why.
struct HostilePack
{
    QByteArray name;
    QByteArray pack;
    QString problem;
};

// Unsafe names, links and devices, case collisions, size and hash lies, a preview that is no
// audio, a manifest path that escapes its folder, and more (tst_packs).
QList<HostilePack> hostilePacks();

} // namespace ost::test
