#include "uireport.h"

#include "mainwindow/sidebarview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QSaveFile>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ost {

bool UiReport::write(const QMainWindow &window, const QString &path)
{
    QJsonArray menus, sidebar, placeholders;
    for (const QAction *a : window.menuBar()->actions())
        menus << a->text();
    for (const SidebarView *view : window.findChildren<SidebarView *>())
        for (int row = 0; view->model() && row < view->model()->rowCount(); ++row)
            sidebar << view->model()->index(row, 0).data().toString();
    for (const QLineEdit *edit : window.findChildren<QLineEdit *>())
        if (!edit->placeholderText().isEmpty())
            placeholders << edit->placeholderText();
    const QJsonObject report { { u"window_title"_s, window.windowTitle() },
                               { u"menus"_s, menus },
                               { u"sidebar"_s, sidebar },
                               { u"placeholders"_s, placeholders },
                               { u"status"_s, window.statusBar()->currentMessage() } };
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(report).toJson()) > 0 && f.commit();
}

} // namespace ost
