#include "languagemenu.h"

#include "app/apptranslations.h"

#include <QActionGroup>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ost {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(this);
    const QString current = AppTranslations::chosen();
    const auto add = [&](const QString &language, const QString &name) {
        QAction *action = addAction(name, this, [this, language] { choose(language); });
        action->setObjectName(u"language_"_s + (language.isEmpty() ? u"system"_s : language));
        action->setCheckable(true);
        action->setChecked(language == current);
        group->addAction(action);
    };
    add(QString(), tr("System language"));
    addSeparator();
    add(u"en"_s, u"English"_s);
    QStringList shipped = AppTranslations::shipped();
    shipped.sort();
    for (const QString &language : std::as_const(shipped)) {
        const QString native = QLocale(language).nativeLanguageName();
        add(language, native.isEmpty() ? language : native);
    }
}

void LanguageMenu::choose(const QString &language)
{
    if (language == AppTranslations::chosen())
        return;
    AppTranslations::setChosen(language);
    Q_EMIT languageChanged(language);
}

} // namespace ost
