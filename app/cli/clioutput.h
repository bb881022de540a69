#pragma once

#include "core/error.h"

#include <QJsonValue>
#include <QTextStream>

namespace ost::cli {

// Standard output and error for ostshelf-cli commands. Exit statuses: 0 done, 1 failed,
// 2 usage (a command or its arguments are wrong), 3 not found, 4 invalid input (a file or a
// value that makes no sense), 5 input/output, 6 database, 7 written by a newer OST Shelf.
QTextStream &out();
QTextStream &err();
int failWith(const QString &message); // status 1
int failWith(const Error &error); // the status of its kind
int failUsage(const QString &usage); // status 2
int exitStatus(Error::Kind kind);
void printJson(const QJsonValue &value);

} // namespace ost::cli
