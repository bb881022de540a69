#include "clioutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace ost::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int failWith(const QString &message)
{
    err() << "ostshelf-cli: " << message << Qt::endl;
    return 1;
}

int exitStatus(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Failed: return 1;
    case Error::Kind::NotFound: return 3;
    case Error::Kind::InvalidInput: return 4;
    case Error::Kind::Io: return 5;
    case Error::Kind::Database: return 6;
    case Error::Kind::UnsupportedVersion: return 7;
    }
    return 1;
}

int failWith(const Error &error)
{
    failWith(error.message);
    return exitStatus(error.kind);
}

int failUsage(const QString &usage)
{
    failWith(usage);
    return 2;
}

void printJson(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

} // namespace ost::cli
