// The gram index against the linear scan it replaced: on a generated library, thousands of
// queries (substrings of every kind of field, Hangul syllables, initial consonants,
// romanizations, several words, typos and hostile input) must give identical hits, scores
// and order from both.
#include "catalog/catalogwriter.h"
#include "catalog/librarygenerator.h"
#include "common/testlibrary.h"
#include "common/testmain.h"
#include "repositories/catalogrepository.h"
#include "search/searchdocumentreader.h"
#include "search/searchindex.h"
#include "search/textnormalizer.h"
#include "services/searchindexstore.h"
#include "storage/library.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ost;

class TestSearchIndex : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QList<SearchDocument> m_docs;
    SearchIndex m_index;

    static QString hits(const QList<SearchHit> &list)
    {
        QStringList out;
        for (const auto &h : list)
            out << u"%1:%2:%3"_s.arg(int(h.type)).arg(h.id).arg(h.score);
        return out.join(u' ');
    }

    // Compares the two methods on one query; returns how many hits they found.
    qsizetype compare(const QString &query, int limit = 1000000)
    {
        const auto byIndex = m_index.search(query, limit, SearchIndex::Method::Index);
        const auto byScan = m_index.search(query, limit, SearchIndex::Method::Scan);
        if (byIndex != byScan) {
            qWarning().noquote() << "query" << query << "\n index:" << hits(byIndex).left(400)
                                 << "\n scan: " << hits(byScan).left(400);
            return -1;
        }
        return byIndex.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto lib = Library::open(test::libraryOptions(m_dir.path()));
        QVERIFY2(lib, qPrintable(lib ? QString() : lib.error().message));
        QVERIFY(
            CatalogWriter::write(lib->database(), LibraryGenerator::generate(1000, 8000), u"generated"_s));
        auto docs = SearchDocumentReader(lib->database()).all();
        QVERIFY(docs);
        m_docs = *docs;
        m_index = SearchIndex(m_docs);
        QCOMPARE(m_index.documentCount(), m_docs.size());
        QVERIFY(m_docs.size() > 9000);
    }

    void indexAgreesWithScan_data()
    {
        QTest::addColumn<quint32>("verifyAllBelow");
        QTest::newRow("as shipped") << SearchIndex::kVerifyAllBelow;
        QTest::newRow("every long word best first") << 0u;
    }

    void indexAgreesWithScan()
    {
        QFETCH(quint32, verifyAllBelow);
        m_index.setVerifyAllBelow(verifyAllBelow);
        const auto restore = qScopeGuard([this] { m_index.setVerifyAllBelow(SearchIndex::kVerifyAllBelow); });
        QRandomGenerator rng(20261201);
        auto anyField = [&]() -> QString {
            for (;;) {
                const SearchDocument &d = m_docs.at(qsizetype(rng.bounded(quint32(m_docs.size()))));
                if (d.fields.isEmpty())
                    continue;
                const QString text = d.fields.at(qsizetype(rng.bounded(quint32(d.fields.size())))).text;
                if (!text.isEmpty())
                    return text;
            }
        };
        auto substring = [&](const QString &text, int maxLength) {
            const int length = 1 + int(rng.bounded(quint32(std::min<qsizetype>(maxLength, text.size()))));
            const int start = int(rng.bounded(quint32(text.size() - length + 1)));
            return text.mid(start, length);
        };
        QStringList queries;
        for (int i = 0; i < 900; ++i)
            queries << substring(anyField(), 1 + i % 9); // Latin, Hangul, with spaces and case
        for (int n = 0; n < 400;) { // Hangul only, as typed a syllable at a time
            const QString text = TextNormalizer::fold(anyField());
            if (TextNormalizer::isInitialsQuery(TextNormalizer::initials(text)) && ++n)
                queries << substring(text, 3);
        }
        for (int n = 0; n < 400;) { // initial consonants
            const QString initials = TextNormalizer::initials(anyField());
            if (TextNormalizer::isInitialsQuery(initials) && ++n)
                queries << substring(initials, 5);
        }
        for (int i = 0; i < 300; ++i) { // romanization of Hangul
            const QString roman = TextNormalizer::romanize(anyField());
            queries << substring(roman, 8);
        }
        for (int i = 0; i < 400; ++i) // several words from different documents
            queries << substring(anyField(), 6) + u' ' + substring(anyField(), 4)
                    + (i % 3 == 0 ? u" "_s + substring(anyField(), 2) : QString());
        for (int i = 0; i < 200; ++i) // a whole field, which scores most
            queries << anyField();
        for (int i = 0; i < 300; ++i) { // a typo
            QString q = substring(anyField(), 7);
            q[qsizetype(rng.bounded(quint32(q.size())))] = QChar(u'a' + char16_t(rng.bounded(26)));
            queries << q;
        }
        for (const QString &q :
             { u"a"_s,          u"e"_s,         u"1"_s,      u"사"_s,     u"ㅅ"_s,
               u"ㅅㄹ"_s,       u"사랑"_s,      u"sarang"_s, u"a b"_s,    u"love 1"_s,
               u"ㄱ ㄴ"_s,      u"kim 민"_s,    u"star"_s,   u"memo"_s,   u"memory"_s,
               u"light"_s,      u"starlight"_s, u"눈물"_s,   u"park"_s,   u"tears"_s,
               u"memory 1"_s,   u"memory 12"_s, u"star 1"_s, u"1 star"_s, u"kim love"_s,
               u"love kim 1"_s, u"사랑 1"_s,    u"ㅅㄹ 1"_s, u"e a"_s,    u"park star light"_s })
            queries << q; // the most common grams, with the longest lists
        queries << hostileQueries();

        int withHits = 0;
        for (qsizetype i = 0; i < queries.size(); ++i) {
            const QString &q = queries.at(i);
            // What the popup asks for, a few per type: the same ones from both, for every query.
            const qsizetype n = compare(q, 8);
            QVERIFY2(n >= 0, qPrintable(u"index and scan differ for \""_s + q + u'"'));
            withHits += n > 0;
            // The top result alone and the top two: the index verifies only the matches that
            // could still place, so the smallest limits test that pruning hardest.
            if (i % 3 == 1)
                QVERIFY2(compare(q, 1) >= 0 && compare(q, 2) >= 0,
                         qPrintable(u"index and scan differ for \""_s + q + u"\" (top hits)"_s));
            // Every hit, for a third of them (each hit is a few strings: this is the slow part).
            if (i % 3 == 0)
                QVERIFY2(compare(q) >= 0,
                         qPrintable(u"index and scan differ for \""_s + q + u"\" (all hits)"_s));
        }
        qInfo("%lld queries, %d with hits", static_cast<long long>(queries.size()), withHits);
        QVERIFY(queries.size() > 2500);
        QVERIFY(withHits > queries.size() * 7 / 10); // the queries really exercise the index
    }

    void hostileInputIsAnswered_data()
    {
        QTest::addColumn<QString>("query");
        int i = 0;
        for (const QString &q : hostileQueries())
            QTest::addRow("%d", i++) << q;
    }
    void hostileInputIsAnswered()
    {
        QFETCH(QString, query);
        const auto hits = m_index.search(query, 8);
        for (const auto &h : hits)
            QVERIFY(h.score > 0 && !h.id.isEmpty());
    }

    void wholeFieldIsNotLostBelowLongerPrefixes()
    {
        // A long word is read through its first trigram's list, best first. A whole field of a
        // low weight sits low in that list yet scores above prefixes of long titles: the reading
        // must not stop before it.
        QList<SearchDocument> docs;
        for (int i = 0; i < 300; ++i) {
            SearchDocument d;
            d.id = u"long%1"_s.arg(i);
            d.title = u"Starlight Memories Forever Again %1"_s.arg(i);
            d.fields << SearchDocument::Field { TextNormalizer::fold(d.title), 100 };
            docs << d;
        }
        SearchDocument whole;
        whole.id = u"whole"_s;
        whole.title = u"Zed"_s;
        whole.fields << SearchDocument::Field { u"zed"_s, 100 }
                     << SearchDocument::Field { u"starlight"_s, 60 };
        docs << whole;
        SearchIndex index(docs);
        index.setVerifyAllBelow(0);
        const auto byIndex = index.search(u"Starlight"_s, 1);
        QCOMPARE(byIndex, index.search(u"Starlight"_s, 1, SearchIndex::Method::Scan));
        QCOMPARE(byIndex.size(), 1);
        QCOMPARE(byIndex.first().id, u"whole"_s);
        QCOMPARE(byIndex.first().score, 60 + 80);
    }

    void sameQuerySameOrder()
    {
        // Equal scores are ordered by type, title length, title and order added, never by chance.
        const auto first = m_index.search(u"love"_s, 50);
        QVERIFY(first.size() > 20);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_index.search(u"love"_s, 50), first);
        for (qsizetype i = 1; i < first.size(); ++i)
            QVERIFY(first[i - 1].score >= first[i].score);
    }

    void savedIndexLoadsBackTheSame()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadWrite));
        QVERIFY(m_index.save(buffer, "key-1"));
        buffer.seek(0);
        auto loaded = SearchIndex::load(buffer, "key-1");
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(loaded->documentCount(), m_index.documentCount());
        for (const QString &q :
             { u"love"_s, u"사랑"_s, u"ㅅㄹ"_s, u"sarang"_s, u"memory 1"_s, u"a"_s, u"gen"_s })
            QCOMPARE(loaded->search(q, 1000), m_index.search(q, 1000));

        // Another state of the library, another version or a foreign file: refused, not used.
        buffer.seek(0);
        QVERIFY(!SearchIndex::load(buffer, "key-2"));
        QBuffer foreign;
        foreign.setData("OSTSIDX\0\x02\0\0\0 whatever");
        QVERIFY(foreign.open(QIODevice::ReadOnly));
        QVERIFY(!SearchIndex::load(foreign, "key-1"));
    }

    void damagedSavedIndexIsRefused()
    {
        // Truncated anywhere or with a byte changed, the file is refused or, where the change
        // falls in text or scores, gives an index that still answers without reading out of bounds.
        const QList<SearchDocument> docs(m_docs.begin(), m_docs.begin() + 400);
        const SearchIndex small(docs);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(small.save(buffer, "k"));
        const QByteArray good = buffer.data();
        QRandomGenerator rng(7);
        int refused = 0;
        for (int i = 0; i < 300; ++i) {
            QByteArray bad = good;
            if (i % 2 == 0)
                bad.truncate(qsizetype(rng.bounded(quint32(good.size()))));
            else
                bad[qsizetype(rng.bounded(quint32(good.size())))] ^= char(1 + rng.bounded(255));
            QBuffer in(&bad);
            QVERIFY(in.open(QIODevice::ReadOnly));
            auto loaded = SearchIndex::load(in, "k");
            if (!loaded) {
                ++refused;
                continue;
            }
            for (const QString &q : { u"a"_s, u"love"_s, u"ㅅ"_s, u"memory 1"_s })
                Q_UNUSED(loaded->search(q, 50)); // under ASan: no read out of bounds
        }
        QVERIFY(refused > 150); // every truncation at least
    }

    void libraryChangesRenewTheSearchRevision()
    {
        auto lib = Library::open(test::libraryOptions(m_dir.path()));
        QVERIFY(lib);
        const SearchIndexStore store(lib->database(), {});
        const auto before = store.currentKey();
        QVERIFY(before && !before->isEmpty());
        QCOMPARE(*store.currentKey(), *before); // reading changes nothing
        QVERIFY(lib->database().exec(
            u"INSERT INTO drama_aliases(drama_id, alias) VALUES ('goblin', 'Tokkaebi test')"_s));
        const auto afterInsert = store.currentKey();
        QVERIFY(afterInsert && *afterInsert != *before);
        QVERIFY(lib->database().exec(u"DELETE FROM drama_aliases WHERE alias = 'Tokkaebi test'"_s));
        QVERIFY(*store.currentKey() != *afterInsert);
        QVERIFY(lib->database().exec(u"INSERT INTO favorite_dramas(drama_id) VALUES ('goblin')"_s));
        const auto afterFavorite = store.currentKey();
        QVERIFY(lib->database().exec(u"DELETE FROM favorite_dramas WHERE drama_id = 'goblin'"_s));
        QCOMPARE(*store.currentKey(), *afterFavorite); // favorites are not searched: the index stays
    }

    void storeLoadsWhileUnchangedAndBuildsAfterAChange()
    {
        auto lib = Library::open(test::libraryOptions(m_dir.path()));
        QVERIFY(lib);
        const QString path = m_dir.filePath(u"cache/search-index.bin"_s);
        const SearchIndexStore store(lib->database(), path);
        auto first = store.obtain([] { return true; });
        QVERIFY(first && first->index);
        QCOMPARE(first->origin, SearchIndexStore::Origin::Built);
        QVERIFY(QFileInfo::exists(path));
        auto second = store.obtain([] { return true; });
        QVERIFY(second && second->index);
        QCOMPARE(second->origin, SearchIndexStore::Origin::Loaded);
        QCOMPARE(second->index->search(u"goblin"_s, 20), first->index->search(u"goblin"_s, 20));
        QVERIFY(lib->database().exec(u"UPDATE dramas SET title = 'Goblin Renamed' WHERE id = 'goblin'"_s));
        auto third = store.obtain([] { return true; });
        QVERIFY(third && third->index);
        QCOMPARE(third->origin, SearchIndexStore::Origin::Built);
        QCOMPARE(third->index->search(u"goblin renamed"_s, 8).value(0).id, u"goblin"_s);
        // A damaged file is built again, not trusted.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() / 2);
        f.close();
        auto fourth = store.obtain([] { return true; });
        QVERIFY(fourth && fourth->index);
        QCOMPARE(fourth->origin, SearchIndexStore::Origin::Built);
    }

private:
    static QStringList hostileQueries()
    {
        QString thousand;
        for (int i = 0; i < 1000; ++i)
            thousand += QChar(u"ab 사ㄱ!"[i % 6]);
        return {
            thousand,
            QString(1000, u'a'),
            QString(1000, u'ㄱ'),
            u"     "_s,
            u"!!!?.,;:'\"()[]"_s,
            QString(QChar(0xD800)) + u"abc"_s, // a lone high surrogate
            u"abc"_s + QChar(0xDC00), // a lone low surrogate
            u"e\u0301\u0301\u0301"_s, // combining marks
            u"사\u0300랑"_s,
            u"😀🎵 love 💔"_s,
            u"Love 사랑 ㅅㄹ sarang 愛 любовь"_s,
            u"\t\n\r"_s,
            QString(QChar(0)) + u"a"_s,
            QString(QChar(1)) + u"love"_s, // the separator the index uses between fields
        };
    }
};

OST_TEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
