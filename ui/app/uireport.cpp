#include "uireport.h"

#include "mainwindow/mainwindow.h"
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
    QJsonObject full = report;
    if (const auto *main = qobject_cast<const MainWindow *>(&window))
        full.insert(u"location"_s, main->currentLocation().toText());
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(full).toJson()) > 0 && f.commit();
}

} // namespace ost
