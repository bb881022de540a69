#pragma once

#include <QString>

class QMainWindow;

namespace ost {

// What the main window shows in words — menu titles, the sidebar's rows, input placeholders,
// the status line, the window title — as JSON, for tests that start the real program
// (ostshelf --ui-report FILE) and check its language.
class UiReport
{
public:
    static bool write(const QMainWindow &window, const QString &path);
};

} // namespace ost
