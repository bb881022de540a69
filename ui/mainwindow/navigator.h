#pragma once

#include "services/navigationhistory.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace ost {

// Where the window is and where it has been: back and forward through the visited locations,
// from the Go menu, Alt+Left/Right and the mouse's back and forward buttons anywhere in the
// window. The back and forward actions are enabled only when there is somewhere to go.
class Navigator final : public QObject
{
    Q_OBJECT
public:
    explicit Navigator(QWidget *window);
    ~Navigator() override;

    Location current() const { return m_history.current(); }
    void setActions(QAction *back, QAction *forward);

    void navigate(const Location &location); // a new visit: forward history is dropped
    void back();
    void forward();

Q_SIGNALS:
    void locationChanged(const ost::Location &location);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void go(const Location &location);
    void updateActions();

    QWidget *m_window;
    NavigationHistory m_history;
    QPointer<QAction> m_back;
    QPointer<QAction> m_forward;
};

} // namespace ost
