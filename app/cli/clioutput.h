#pragma once

#include <QJsonValue>
#include <QTextStream>

namespace ost::cli {

// Standard output and error for ostshelf-cli commands; errors exit with status 1.
QTextStream &out();
QTextStream &err();
int failWith(const QString &message);
void printJson(const QJsonValue &value);

} // namespace ost::cli
