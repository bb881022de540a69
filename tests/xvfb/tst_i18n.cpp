// The real ostshelf in Korean and in English: started with LANG as a desktop session sets it
// (the build root has no generated ko_KR locale, so this also proves the variables are read
// without one), the window's words are read back with --ui-report and compared with the
// strings of translations/ostshelf_ko.ts; --help shows our own description translated.
#include "common/testmain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kApp = QStringLiteral(OSTSHELF_TEST_BINARY_DIR "/bin/ostshelf");

QProcessEnvironment environment(const QString &lang, const QString &configHome = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!configHome.isEmpty())
        env.insert(u"XDG_CONFIG_HOME"_s, configHome);
    for (const QString &v : { u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s, u"QT_QPA_PLATFORM"_s })
        env.remove(v);
    env.insert(u"LANG"_s, lang);
    env.insert(u"OSTSHELF_CATALOG"_s, QStringLiteral(OSTSHELF_TEST_CATALOG));
    return env;
}

struct Run
{
    int code = -1;
    QString out, err;
};

Run run(const QString &lang, const QStringList &args, const QString &configHome = {})
{
    QProcess p;
    p.setProcessEnvironment(environment(lang, configHome));
    p.start(kApp, args);
    p.waitForFinished(60000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

QJsonObject report(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const auto &s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("option");
        QTest::newRow("korean") << u"ko_KR.UTF-8"_s << u"한국 드라마 OST 라이브러리"_s << u"Qt"_s;
        QTest::newRow("japanese") << u"ja_JP.UTF-8"_s << u"韓国ドラマのサウンドトラックライブラリ"_s
                                  << u"Qt"_s;
        QTest::newRow("english") << u"en_US.UTF-8"_s << u"Korean drama soundtrack library"_s
                                 << u"Use DIR for the library"_s;
        // Broken or bare locales start in English without a word of alarm.
        QTest::newRow("C") << u"C"_s << u"Korean drama soundtrack library"_s << u"Use DIR for the library"_s;
        QTest::newRow("POSIX") << u"POSIX"_s << u"Korean drama soundtrack library"_s
                               << u"Use DIR for the library"_s;
        QTest::newRow("unknown") << u"xx_YY.UTF-8"_s << u"Korean drama soundtrack library"_s
                                 << u"Use DIR for the library"_s;
    }
    void help()
    {
        QFETCH(QString, lang);
        QFETCH(QString, description);
        QFETCH(QString, option);
        const Run r = run(lang, { u"--help"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(description), qPrintable(r.out));
        QVERIFY2(!r.err.contains(u"warning"_s, Qt::CaseInsensitive) && !r.err.contains(u"cannot"_s),
                 qPrintable(r.err));
        if (description.startsWith(u"Korean"_s))
            QVERIFY2(r.out.contains(option), qPrintable(r.out));
        else
            QVERIFY2(!r.out.contains(u"Use DIR for the library"_s), qPrintable(r.out)); // no English left
    }

    void window_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("allDramas");
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<QString>("statusStart");
        QTest::newRow("korean") << u"ko_KR.UTF-8"_s << u"파일(&F)"_s << u"모든 드라마"_s
                                << u"드라마, 노래, 아티스트 검색 — 도깨비, dokkaebi, ㄷㄲㅂ"_s
                                << u"라이브러리에 드라마"_s;
        QTest::newRow("japanese") << u"ja_JP.UTF-8"_s << u"ファイル(&F)"_s << u"すべてのドラマ"_s
                                  << u"ドラマ、曲、アーティストを検索 — 도깨비, dokkaebi, ㄷㄲㅂ"_s
                                  << u"ライブラリのドラマ"_s;
        QTest::newRow("english") << u"en_US.UTF-8"_s << u"&File"_s << u"All dramas"_s
                                 << u"Search dramas, songs, artists — 도깨비, dokkaebi, ㄷㄲㅂ"_s
                                 << u"dramas in the library"_s;
    }
    void window()
    {
        QFETCH(QString, lang);
        QFETCH(QString, file);
        QFETCH(QString, allDramas);
        QFETCH(QString, placeholder);
        QFETCH(QString, statusStart);
        QTemporaryDir data;
        const QString report = data.filePath(u"report.json"_s);
        QDir().mkpath(QStringLiteral(OSTSHELF_TEST_BINARY_DIR "/screenshots"));
        const QString shot
            = QStringLiteral(OSTSHELF_TEST_BINARY_DIR "/screenshots/i18n-") + lang.left(2) + u".png"_s;
        const Run r
            = run(lang, { u"--data-dir"_s, data.path(), u"--ui-report"_s, report, u"--screenshot"_s, shot });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"ostshelf.i18n"_s) || r.err.contains(u"user interface in"_s),
                 qPrintable(r.err));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY2(strings(o.value(u"menus"_s)).contains(file),
                 qPrintable(strings(o.value(u"menus"_s)).join(u" | "_s)));
        QVERIFY2(strings(o.value(u"sidebar"_s)).contains(allDramas),
                 qPrintable(strings(o.value(u"sidebar"_s)).join(u" | "_s)));
        QVERIFY2(strings(o.value(u"placeholders"_s)).contains(placeholder),
                 qPrintable(strings(o.value(u"placeholders"_s)).join(u" | "_s)));
        QVERIFY2(o.value(u"status"_s).toString().contains(statusStart),
                 qPrintable(o.value(u"status"_s).toString()));
        if (!lang.startsWith(u"en"_s)) {
            // No English menu title is left on the Korean or Japanese window.
            for (const QString &menu : strings(o.value(u"menus"_s)))
                QVERIFY2(menu.contains(u'('), qPrintable(menu));
        }
    }

    // View → Language saves ui/language; it comes before LANG at the next start, and a
    // language that is not shipped is ignored.
    void chosenLanguage_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("file");
        QTest::newRow("japanese over a Korean LANG") << u"ja"_s << u"ファイル(&F)"_s;
        QTest::newRow("english over a Korean LANG") << u"en"_s << u"&File"_s;
        QTest::newRow("not shipped: LANG decides") << u"xx"_s << u"파일(&F)"_s;
    }
    void chosenLanguage()
    {
        QFETCH(QString, chosen);
        QFETCH(QString, file);
        QTemporaryDir data, config;
        QDir().mkpath(config.filePath(u"ostshelf"_s));
        QFile conf(config.filePath(u"ostshelf/ostshelf.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[ui]\nlanguage=" + chosen.toUtf8() + "\n");
        conf.close();
        const QString path = data.filePath(u"report.json"_s);
        const Run r
            = run(u"ko_KR.UTF-8"_s, { u"--data-dir"_s, data.path(), u"--ui-report"_s, path }, config.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(strings(report(path).value(u"menus"_s)).contains(file),
                 qPrintable(strings(report(path).value(u"menus"_s)).join(u" | "_s)));
    }

    // After a language change the window is started again on the page it showed.
    void openLocation()
    {
        QTemporaryDir data;
        const QString path = data.filePath(u"report.json"_s);
        Run r = run(u"ja_JP.UTF-8"_s,
                    { u"--data-dir"_s, data.path(), u"--ui-report"_s, path, u"--open-location"_s,
                      u"drama:goblin"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(report(path).value(u"location"_s).toString(), u"drama:goblin"_s);
        r = run(
            u"ja_JP.UTF-8"_s,
            { u"--data-dir"_s, data.path(), u"--ui-report"_s, path, u"--open-location"_s, u"nowhere:1"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err)); // the grid, and a plain word on standard error
        QVERIFY2(r.err.contains(u"no such page"_s), qPrintable(r.err));
        QCOMPARE(report(path).value(u"location"_s).toString(), u"grid"_s);
    }
};

OST_TEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
