#include "common/testmain.h"
#include "search/textnormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ost::TextNormalizer;

class TestTextNormalizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case and punctuation") << u"Stay with Me!"_s << u"staywithme"_s;
        QTest::newRow("apostrophe") << u"It’s Definitely You"_s << u"itsdefinitelyyou"_s;
        QTest::newRow("hangul spacing") << u"사랑의 불시착"_s << u"사랑의불시착"_s;
        // 도깨비 written as conjoining jamo (NFD) folds to the composed syllables.
        QTest::newRow("nfd") << u"도깨비"_s.normalized(QString::NormalizationForm_D) << u"도깨비"_s;
        QTest::newRow("hyphen") << u"Hometown Cha-Cha-Cha"_s << u"hometownchachacha"_s;
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextNormalizer::fold(input), expected);
    }

    void initials()
    {
        QCOMPARE(TextNormalizer::initials(u"도깨비"_s), u"ㄷㄲㅂ"_s);
        QCOMPARE(TextNormalizer::initials(u"태양의 후예"_s), u"ㅌㅇㅇㅎㅇ"_s);
        QVERIFY(TextNormalizer::isInitialsQuery(u"ㄷㄲㅂ"_s));
        QVERIFY(!TextNormalizer::isInitialsQuery(u"도ㄲ"_s));
    }

    void romanize_data()
    {
        QTest::addColumn<QString>("hangul");
        QTest::addColumn<QString>("roman");
        QTest::newRow("dokkaebi") << u"도깨비"_s << u"dokkaebi"_s;
        QTest::newRow("sarang") << u"사랑"_s << u"sarang"_s;
        QTest::newRow("liaison") << u"별에서"_s << u"byeoreseo"_s;
        QTest::newRow("final k") << u"박"_s << u"bak"_s;
        QTest::newRow("latin kept") << u"EXO 첸"_s << u"exochen"_s;
    }
    void romanize()
    {
        QFETCH(QString, hangul);
        QFETCH(QString, roman);
        QCOMPARE(TextNormalizer::romanize(hangul), roman);
    }
};

OST_TEST_APPLESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
