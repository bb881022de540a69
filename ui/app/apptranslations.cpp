#include "apptranslations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

// "ko_KR.UTF-8@euro" -> "ko-KR"; "C", "POSIX" and empty -> empty.
QString languageOf(QString value)
{
    value = value.section(u'.', 0, 0).section(u'@', 0, 0);
    if (value.isEmpty() || value == u"C"_s || value == u"POSIX"_s)
        return {};
    return value.replace(u'_', u'-');
}

} // namespace

QStringList AppTranslations::shipped()
{
    QStringList out;
    for (const QString &name : QDir(u":/i18n"_s).entryList({ u"ostshelf_*.qm"_s }))
        if (const QString lang = name.mid(9).chopped(3); lang != u"en"_s)
            out << lang;
    return out;
}

QString AppTranslations::chosen()
{
    const QString language = QSettings().value(u"ui/language"_s).toString();
    return language == u"en"_s || shipped().contains(language) ? language : QString();
}

void AppTranslations::setChosen(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(u"ui/language"_s);
    else
        settings.setValue(u"ui/language"_s, language);
}

QStringList AppTranslations::uiLanguages()
{
    QStringList out;
    if (const QString language = chosen(); !language.isEmpty())
        out << language;
    const auto add = [&out](const QString &lang) {
        if (lang.isEmpty())
            return;
        if (!out.contains(lang))
            out << lang;
        if (const QString base = lang.section(u'-', 0, 0); !out.contains(base))
            out << base;
    };
    // LANGUAGE is a list by preference; it only counts when the locale is not C (as gettext does).
    const QString lcAll = qEnvironmentVariable("LC_ALL"), lcMessages = qEnvironmentVariable("LC_MESSAGES"),
                  lang = qEnvironmentVariable("LANG");
    const QString effective = !lcAll.isEmpty() ? lcAll : !lcMessages.isEmpty() ? lcMessages : lang;
    if (!languageOf(effective).isEmpty())
        for (const QString &l : qEnvironmentVariable("LANGUAGE").split(u':', Qt::SkipEmptyParts))
            add(languageOf(l));
    add(languageOf(effective));
    for (const QString &l : QLocale::system().uiLanguages())
        if (l != u"C"_s)
            add(l);
    return out;
}

void AppTranslations::install(QCoreApplication &app)
{
    const QStringList languages = uiLanguages();
    const QLocale locale = languages.isEmpty() ? QLocale::system() : QLocale(languages.first());
    if (!languages.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    const QStringList ours = shipped();
    auto *translator = new QTranslator(&app);
    for (const QString &lang : languages) {
        const QString base = lang.section(u'-', 0, 0);
        if (base == u"en"_s)
            break; // English is the source language: only its plural forms below
        if (!ours.contains(base))
            continue;
        if (translator->load(u":/i18n/ostshelf_"_s + base)) {
            QCoreApplication::installTranslator(translator);
            qCInfo(lcI18n) << "user interface in" << base << "(asked for" << languages.join(u", "_s) << ")";
            return;
        }
        qCWarning(lcI18n) << "the locale asks for" << lang << "but the catalog"
                          << (u":/i18n/ostshelf_"_s + base + u".qm"_s)
                          << "cannot be loaded; the window stays in English";
    }
    // Without a translation for the locale, the English plural forms still apply.
    if (translator->load(u":/i18n/ostshelf_en"_s)) {
        QCoreApplication::installTranslator(translator);
        qCInfo(lcI18n) << "user interface in English (asked for"
                       << (languages.isEmpty() ? u"nothing"_s : languages.join(u", "_s))
                       << "; shipped:" << ours.join(u", "_s) << ")";
    } else {
        delete translator;
        qCWarning(lcI18n) << "the English plural forms :/i18n/ostshelf_en.qm cannot be loaded";
    }
}

} // namespace ost
