#pragma once

#include <QStringList>

class QCoreApplication;

namespace ost {

// Installs Qt's own catalog and ours (embedded under :/i18n) for the user's languages, as
// QLocale reads them from LANGUAGE, LC_ALL, LC_MESSAGES and LANG — also when the system has
// no generated glibc locale of that name (then the variables are read here directly). Logs
// (ostshelf.i18n) which catalog was loaded for which language, and warns when a language we
// ship is asked for but its catalog cannot be loaded. A language chosen in the View menu
// comes before the environment's.
class AppTranslations
{
public:
    static void install(QCoreApplication &app);
    static QStringList uiLanguages(); // "ko-KR", "ko", "en-US"… in the user's order of preference
    static QStringList shipped(); // languages with a catalog of ours: "ko", "ja"
    // The language chosen in View → Language ("en", "ko", "ja"), or empty for the system's.
    // It applies from the next install(), so the window is rebuilt after a change.
    static QString chosen();
    static void setChosen(const QString &language);
};

} // namespace ost
