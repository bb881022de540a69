#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace ost {

class LibraryService;

// Says plainly that the library file turned out damaged while in use, and stops the app from
// answering from it: the window-modal message offers to restart, which checks the whole file
// and carries everything still readable into a new library (Library::open), or to quit.
class DamageNotice final : public QObject
{
    Q_OBJECT
public:
    DamageNotice(LibraryService *service, QWidget *window);

Q_SIGNALS:
    void restartRequested();
    void quitRequested();

private:
    void show(const QString &message);

    QPointer<QWidget> m_window;
    bool m_shown = false;
};

} // namespace ost
