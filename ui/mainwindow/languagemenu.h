#pragma once

#include <QMenu>

namespace ost {

// View → Language: the system's language, English and every language we ship, each named in
// its own language (한국어, 日本語). A choice is saved (AppTranslations::setChosen) and
// announced; main.cpp then rebuilds the window in it on the page it showed.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    void languageChanged(const QString &language); // empty: the system's

private:
    void choose(const QString &language);
};

} // namespace ost
