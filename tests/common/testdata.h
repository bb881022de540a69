// Small helpers many tests share.
#pragma once

#include "storage/library.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QString>

namespace ost::test {

// SHA-256 of data, in hex.
inline QByteArray sha(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// The library database in a data folder.
inline QString libraryPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QString::fromLatin1(Library::kFileName));
}

} // namespace ost::test
