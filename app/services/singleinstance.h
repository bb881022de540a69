#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace ost {

// One running app per user and library: a second launch hands its arguments (files to
// play) to the first over a local socket and exits; the first raises its window.
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);

    // True when a running instance accepted the arguments: this process should exit.
    bool forward(const QStringList &arguments, int timeoutMs = 2000) const;
    bool listen(); // become the running instance
    QString serverName() const { return m_name; }

Q_SIGNALS:
    void argumentsReceived(const QStringList &arguments);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace ost
