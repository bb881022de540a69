#include "singleinstance.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ost {

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
{
    // Per user and per library: two libraries (--data-dir) may run side by side.
    const QByteArray key = QByteArray::number(::getuid()) + '|' + QDir(dataDir).absolutePath().toUtf8();
    m_name = u"ostshelf-"_s
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::forward(const QStringList &arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << arguments;
    socket.write(bytes);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers "ok" once it took them: a hung one does not swallow the launch.
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.readAll() == "ok";
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left by a crashed instance: nobody answered forward(), so take it over.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            qCWarning(lcPlayback) << "single instance: cannot listen on" << m_name << m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                QByteArray bytes = socket->readAll();
                QDataStream in(&bytes, QIODevice::ReadOnly);
                QStringList args;
                in >> args;
                if (in.status() != QDataStream::Ok || args.size() > 1000)
                    return; // not one of ours
                socket->write("ok");
                socket->flush();
                Q_EMIT argumentsReceived(args);
            });
        }
    });
    return true;
}

} // namespace ost
