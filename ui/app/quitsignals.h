#pragma once

#include <QObject>

class QSocketNotifier;

namespace ost {

// SIGTERM, SIGINT and SIGHUP (a session ending, Ctrl+C in a terminal, `kill`) end the app
// as closing its window does: pending saves finish and the library is closed cleanly, so
// the next start does not take it for a crash and check the whole file. The handler only
// writes a byte to a socket pair; quitRequested() is emitted in the event loop.
class QuitSignals final : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

Q_SIGNALS:
    void quitRequested(int signal);

private:
    static void handle(int signal);
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ost
