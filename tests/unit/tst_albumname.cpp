// The album-name parser over the shapes Korean stores, streaming services and taggers give
// OST releases, one row each, and the albums that must not be read as OSTs.
#include "albums/albumnameparser.h"
#include "common/testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ost::AlbumNameParser;

class TestAlbumName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("album");
        QTest::addColumn<bool>("ost");
        QTest::addColumn<QString>("drama");
        QTest::addColumn<int>("part");
        QTest::addColumn<QString>("broadcaster");
        QTest::addColumn<bool>("special");
        QTest::addColumn<int>("volume");
        const auto ost = [](const char *name, const QString &album, const QString &drama, int part = 0,
                            const QString &broadcaster = {}, bool special = false, int volume = 0) {
            QTest::newRow(name) << album << true << drama << part << broadcaster << special << volume;
        };
        const auto notOst = [](const char *name, const QString &album) {
            QTest::newRow(name) << album << false << QString() << 0 << QString() << false << 0;
        };
        // Parts, written every way
        ost("part dot", u"도깨비 OST Part.3"_s, u"도깨비"_s, 3);
        ost("part space", u"Goblin OST Part 7"_s, u"Goblin"_s, 7);
        ost("pt dot space", u"Goblin OST Pt. 1"_s, u"Goblin"_s, 1);
        ost("pt no space", u"Goblin OST Pt.12"_s, u"Goblin"_s, 12);
        ost("PART caps", u"HOTEL DEL LUNA OST PART 2"_s, u"HOTEL DEL LUNA"_s, 2);
        ost("hangul part", u"호텔 델루나 OST 파트 4"_s, u"호텔 델루나"_s, 4);
        ost("hangul part glued", u"호텔 델루나 OST 파트4"_s, u"호텔 델루나"_s, 4);
        ost("part dash", u"Itaewon Class OST - Part.4"_s, u"Itaewon Class"_s, 4);
        ost("part colon", u"Start-Up OST: Part 6"_s, u"Start-Up"_s, 6);
        ost("bench hangul", u"사랑의 불시착 OST Part.3 (드라마 OST)"_s, u"사랑의 불시착"_s, 3);
        ost("bench english", u"Crash Landing on You OST Part.1003"_s, u"Crash Landing on You"_s, 1003);
        ost("no part", u"Mr. Sunshine OST"_s, u"Mr. Sunshine"_s);
        ost("hangul no part", u"미스터 션샤인 OST"_s, u"미스터 션샤인"_s);
        ost("glued OST", u"도깨비OST Part.1"_s, u"도깨비"_s, 1);
        ost("dotted O.S.T.", u"Secret Garden O.S.T. Part.2"_s, u"Secret Garden"_s, 2);
        ost("lower ost", u"vincenzo ost part.1"_s, u"vincenzo"_s, 1);
        // Original soundtrack forms
        ost("OTS pt", u"Goblin (Original Television Soundtrack), Pt. 3"_s, u"Goblin"_s, 3);
        ost("OTS part", u"Vincenzo (Original Television Soundtrack) Part.2"_s, u"Vincenzo"_s, 2);
        ost("OS part", u"Itaewon Class (Original Soundtrack) Part.2"_s, u"Itaewon Class"_s, 2);
        ost("OS no part", u"Reply 1988 (Original Soundtrack)"_s, u"Reply 1988"_s);
        ost("O TV S", u"Queen of Tears (Original TV Soundtrack) Pt.5"_s, u"Queen of Tears"_s, 5);
        ost("netflix series", u"The Glory (Original Soundtrack from the Netflix Series)"_s, u"The Glory"_s);
        ost("drama soundtrack", u"Our Blues (Original Drama Soundtrack), Pt. 10"_s, u"Our Blues"_s, 10);
        ost("hangul soundtrack", u"눈물의 여왕 사운드트랙 Part.2"_s, u"눈물의 여왕"_s, 2);
        // Specials and volumes
        ost("OST special", u"Goblin OST Special"_s, u"Goblin"_s, 0, {}, true);
        ost("special track", u"Hotel del Luna OST Special Track"_s, u"Hotel del Luna"_s, 0, {}, true);
        ost("hangul special", u"태양의 후예 OST 스페셜"_s, u"태양의 후예"_s, 0, {}, true);
        ost("special title kept", u"Special Affairs Team TEN OST Part.1"_s, u"Special Affairs Team TEN"_s, 1);
        ost("vol", u"Boys Over Flowers OST Vol. 2"_s, u"Boys Over Flowers"_s, 0, {}, false, 2);
        ost("volume word", u"Winter Sonata OST Volume 1"_s, u"Winter Sonata"_s, 0, {}, false, 1);
        ost("vol glued", u"꽃보다 남자 OST Vol.1"_s, u"꽃보다 남자"_s, 0, {}, false, 1);
        // Broadcasters and slots, before and after, with and without quotes
        ost("tvN slot quote", u"tvN 토일드라마 '호텔 델루나' OST Part 5"_s, u"호텔 델루나"_s, 5, u"tvN"_s);
        ost("KBS 2TV slot", u"KBS 2TV 수목드라마 태양의 후예 OST"_s, u"태양의 후예"_s, 0, u"KBS2"_s);
        ost("JTBC suffix", u"이태원 클라쓰 (JTBC 금토드라마) OST"_s, u"이태원 클라쓰"_s, 0, u"JTBC"_s);
        ost("SBS special plan", u"SBS 특별기획 '별에서 온 그대' OST Part.3"_s, u"별에서 온 그대"_s, 3,
            u"SBS"_s);
        ost("MBC mini series", u"MBC 수목미니시리즈 '킹2홀스' OST Part.1"_s, u"킹2홀스"_s, 1, u"MBC"_s);
        ost("KBS2 no space", u"KBS2 월화드라마 '동백꽃 필 무렵' OST Part.2"_s, u"동백꽃 필 무렵"_s, 2,
            u"KBS2"_s);
        ost("netflix hangul", u"넷플릭스 시리즈 '킹덤' OST"_s, u"킹덤"_s, 0, u"Netflix"_s);
        ost("ENA quote", u"ENA 수목드라마 '이상한 변호사 우영우' OST Part.1"_s, u"이상한 변호사 우영우"_s, 1,
            u"ENA"_s);
        ost("slot without OST", u"SBS 금토드라마 '모범택시' Part.2"_s, u"모범택시"_s, 2, u"SBS"_s);
        ost("slot only", u"수목드라마 '또 오해영' OST Part.6"_s, u"또 오해영"_s, 6);
        ost("drama OST in brackets", u"구르미 그린 달빛 (드라마 OST)"_s, u"구르미 그린 달빛"_s);
        // Quotes of every kind
        ost("corner brackets", u"「도깨비」 OST Part.9"_s, u"도깨비"_s, 9);
        ost("white corner", u"『나의 아저씨』 OST Part.3"_s, u"나의 아저씨"_s, 3);
        ost("curly double", u"“Hotel del Luna” OST Part.10"_s, u"Hotel del Luna"_s, 10);
        ost("curly single", u"‘스물다섯 스물하나’ OST Part.1"_s, u"스물다섯 스물하나"_s, 1);
        ost("double ascii", u"\"Our Beloved Summer\" OST Part.1"_s, u"Our Beloved Summer"_s, 1);
        ost("angle", u"《미스터 션샤인》 OST Part.2"_s, u"미스터 션샤인"_s, 2);
        ost("apostrophe is no quote", u"It's Okay to Not Be Okay OST Part.1"_s, u"It's Okay to Not Be Okay"_s,
            1);
        // Full-width forms
        ost("full-width OST", u"도깨비 ＯＳＴ Ｐａｒｔ．５"_s, u"도깨비"_s, 5);
        ost("full-width brackets", u"이태원 클라쓰（JTBC 금토드라마）OST"_s, u"이태원 클라쓰"_s, 0,
            u"JTBC"_s);
        ost("ideographic space", u"호텔　델루나　OST　Part.2"_s, u"호텔 델루나"_s, 2);
        // Seasons and numbers belong to the title
        ost("hangul season", u"슬기로운 의사생활 시즌2 OST Part.3"_s, u"슬기로운 의사생활 시즌2"_s, 3);
        ost("english season", u"Hospital Playlist Season 2 OST Part 1"_s, u"Hospital Playlist Season 2"_s, 1);
        ost("bare number season", u"Stranger 2 OST Part.1"_s, u"Stranger 2"_s, 1);
        ost("year in title", u"응답하라 1988 OST Part.4"_s, u"응답하라 1988"_s, 4);
        ost("english year", u"Reply 1988 OST Part 2"_s, u"Reply 1988"_s, 2);
        ost("digit in title", u"킹2홀스 OST"_s, u"킹2홀스"_s);
        ost("title with colon", u"Moon Lovers: Scarlet Heart Ryeo OST Part.1"_s,
            u"Moon Lovers: Scarlet Heart Ryeo"_s, 1);
        ost("title with dash", u"Hometown Cha-Cha-Cha OST Part.3"_s, u"Hometown Cha-Cha-Cha"_s, 3);
        ost("title ending in dot", u"Mr. Queen OST Part.2"_s, u"Mr. Queen"_s, 2);
        // Not OSTs: left alone
        notOst("studio album", u"Palette"_s);
        notOst("single", u"Love wins all"_s);
        notOst("word containing ost", u"Lost Stars"_s);
        notOst("ghost", u"Ghost Stories"_s);
        notOst("part without OST", u"The Album Part 2"_s);
        notOst("broadcaster event", u"KBS 가요대축제 2019"_s);
        notOst("only punctuation", u"?!..."_s);
        notOst("only OST", u"OST"_s);
        notOst("only OST and part", u"OST Part.1"_s);
        notOst("empty", QString());
        notOst("best of", u"Best of K-Drama OST"_s);
        notOst("hangul compilation", u"드라마 OST 베스트 모음"_s);
        notOst("various", u"Various Artists OST Collection"_s);
        notOst("vol without OST", u"Special Album Vol. 2"_s);
    }
    void parse()
    {
        QFETCH(QString, album);
        QFETCH(bool, ost);
        QFETCH(QString, drama);
        QFETCH(int, part);
        QFETCH(QString, broadcaster);
        QFETCH(bool, special);
        QFETCH(int, volume);
        const ost::AlbumName a = AlbumNameParser::parse(album);
        QCOMPARE(a.isOst, ost);
        QCOMPARE(a.drama, drama);
        QCOMPARE(a.part, part);
        if (!broadcaster.isEmpty())
            QCOMPARE(a.broadcaster, broadcaster);
        QCOMPARE(a.special, special);
        QCOMPARE(a.volume, volume);
        if (!ost)
            QVERIFY2(!a.why.isEmpty(), "a refusal says why");
    }

    void keys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("season word vs bare")
            << u"Hospital Playlist Season 2"_s << u"Hospital Playlist 2"_s << true;
        QTest::newRow("hangul season")
            << u"슬기로운 의사생활 시즌2"_s << u"슬기로운 의사생활 시즌 2"_s << true;
        QTest::newRow("season 1 is the drama")
            << u"Hospital Playlist Season 1"_s << u"Hospital Playlist"_s << true;
        QTest::newRow("seasons differ") << u"Hospital Playlist"_s << u"Hospital Playlist 2"_s << false;
        QTest::newRow("S2") << u"Kingdom S2"_s << u"Kingdom Season 2"_s << true;
        QTest::newRow("year stays") << u"Reply 1988"_s << u"Reply 1997"_s << false;
        QTest::newRow("punctuation and case")
            << u"It's Okay to Not Be Okay"_s << u"Its okay to not be okay"_s << true;
        QTest::newRow("full width") << u"ＧＯＢＬＩＮ"_s << u"Goblin"_s << true;
        QTest::newRow("spacing hangul") << u"사랑의불시착"_s << u"사랑의 불시착"_s << true;
    }
    void keys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(AlbumNameParser::dramaKey(a) == AlbumNameParser::dramaKey(b), same);
    }

    void broadcasters()
    {
        QCOMPARE(AlbumNameParser::canonicalBroadcaster(u"KBS 2TV"_s), u"KBS2"_s);
        QCOMPARE(AlbumNameParser::canonicalBroadcaster(u"tvn"_s), u"tvN"_s);
        QCOMPARE(AlbumNameParser::canonicalBroadcaster(u"TV조선"_s), u"TV Chosun"_s);
        QCOMPARE(AlbumNameParser::canonicalBroadcaster(u"Goblin"_s), QString());
    }
};

OST_TEST_GUILESS_MAIN(TestAlbumName)
#include "tst_albumname.moc"
