// LyricsModel under QAbstractItemModelTester: a line with its romanization and second-language
// line, the current line following the position with one row changed at a time.
#include "common/testmain.h"
#include "lyrics/lrcparser.h"
#include "models/lyricsmodel.h"
#include "search/textnormalizer.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;

class TestLyricsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesRomanizationAndTheCurrentLine()
    {
        LyricsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLyrics(
            LrcParser::fromText(u"[00:10.00]그대\n[00:10.00]You\n[00:20.00]Stay\n[00:30.00]곁에"_s));
        QCOMPARE(model.rowCount(), 3);
        const QString roman = TextNormalizer::romanizeWords(u"그대"_s);
        QCOMPARE(model.index(0).data().toString(), u"그대\n"_s + roman + u"\nYou"_s);
        QCOMPARE(model.index(1).data().toString(), u"Stay"_s); // no Hangul, no romanization line
        QCOMPARE(model.index(0).data(LyricsModel::TimeRole).toLongLong(), 10000);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setPosition(5000);
        QCOMPARE(model.currentRow(), -1);
        QCOMPARE(changed.size(), 0);
        model.setPosition(21000);
        QCOMPARE(model.currentRow(), 1);
        QCOMPARE(changed.size(), 1); // only the row that became current
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QVERIFY(model.index(1).data(LyricsModel::CurrentRole).toBool());
        QVERIFY(model.index(1).data(Qt::FontRole).value<QFont>().bold());
        changed.clear();
        model.setPosition(25000); // still the same line: nothing changes
        QCOMPARE(changed.size(), 0);
        model.setPosition(31000);
        QCOMPARE(changed.size(), 2); // the old current row and the new one
        QVERIFY(!model.index(1).data(LyricsModel::CurrentRole).toBool());

        model.setRomanizationShown(false);
        QCOMPARE(model.index(0).data().toString(), u"그대\nYou"_s);
    }
};

OST_TEST_MAIN(TestLyricsModel)
#include "tst_lyricsmodel.moc"
