#include "navigator.h"

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QWidget>

namespace ost {

Navigator::Navigator(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this); // mouse back/forward buttons anywhere in the window
}

Navigator::~Navigator()
{
    qApp->removeEventFilter(this);
}

void Navigator::setActions(QAction *back, QAction *forward)
{
    m_back = back;
    m_forward = forward;
    updateActions();
}

void Navigator::navigate(const Location &location)
{
    m_history.visit(location);
    go(location);
}

void Navigator::back()
{
    if (m_history.canGoBack())
        go(m_history.back());
}

void Navigator::forward()
{
    if (m_history.canGoForward())
        go(m_history.forward());
}

void Navigator::go(const Location &location)
{
    updateActions();
    Q_EMIT locationChanged(location);
}

void Navigator::updateActions()
{
    if (m_back)
        m_back->setEnabled(m_history.canGoBack());
    if (m_forward)
        m_forward->setEnabled(m_history.canGoForward());
}

bool Navigator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        auto *me = static_cast<QMouseEvent *>(event);
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && w->window() == m_window) {
            if (me->button() == Qt::BackButton) {
                back();
                return true;
            }
            if (me->button() == Qt::ForwardButton) {
                forward();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ost
