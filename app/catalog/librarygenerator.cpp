#include "librarygenerator.h"

#include "search/textnormalizer.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

const QStringList kKoA = { u"사랑의"_s, u"푸른"_s, u"하얀"_s,   u"그리운"_s, u"눈부신"_s, u"비밀의"_s,
                           u"마지막"_s, u"처음"_s, u"봄날의"_s, u"겨울"_s,   u"여름밤"_s, u"새벽"_s,
                           u"달빛"_s,   u"별빛"_s, u"작은"_s,   u"영원한"_s };
const QStringList kKoB
    = { u"정원"_s, u"약속"_s, u"기억"_s, u"계절"_s, u"편지"_s, u"바다"_s, u"도시"_s, u"왕국"_s,
        u"학교"_s, u"병원"_s, u"식당"_s, u"거리"_s, u"마을"_s, u"하늘"_s, u"노래"_s, u"시간"_s };
const QStringList kEnA
    = { u"Love"_s,      u"Blue"_s,      u"White"_s,  u"Longing"_s, u"Dazzling"_s,     u"Secret"_s,
        u"Last"_s,      u"First"_s,     u"Spring"_s, u"Winter"_s,  u"Summer Night"_s, u"Dawn"_s,
        u"Moonlight"_s, u"Starlight"_s, u"Little"_s, u"Eternal"_s };
const QStringList kEnB
    = { u"Garden"_s, u"Promise"_s,  u"Memory"_s, u"Season"_s, u"Letter"_s,  u"Sea"_s, u"City"_s, u"Kingdom"_s,
        u"School"_s, u"Hospital"_s, u"Diner"_s,  u"Street"_s, u"Village"_s, u"Sky"_s, u"Song"_s, u"Time"_s };
const QStringList kSongKo
    = { u"그대"_s, u"눈물"_s, u"바람"_s, u"기억"_s, u"하늘"_s, u"별"_s,     u"꿈"_s,   u"시간"_s,
        u"계절"_s, u"노래"_s, u"편지"_s, u"약속"_s, u"마음"_s, u"목소리"_s, u"햇살"_s, u"고백"_s };
const QStringList kSongEn
    = { u"You"_s,   u"Tears"_s, u"Wind"_s,     u"Memory"_s,    u"Sky"_s,    u"Star"_s,
        u"Dream"_s, u"Time"_s,  u"Season"_s,   u"Song"_s,      u"Letter"_s, u"Promise"_s,
        u"Heart"_s, u"Voice"_s, u"Sunlight"_s, u"Confession"_s };
const QStringList kSurnames
    = { u"김"_s, u"이"_s, u"박"_s, u"최"_s, u"정"_s, u"강"_s, u"조"_s, u"윤"_s, u"장"_s, u"한"_s };
const QStringList kSurnamesEn = { u"Kim"_s,  u"Lee"_s, u"Park"_s, u"Choi"_s, u"Jung"_s,
                                  u"Kang"_s, u"Cho"_s, u"Yoon"_s, u"Jang"_s, u"Han"_s };
const QStringList kGiven
    = { u"민준"_s, u"서연"_s, u"지우"_s, u"하은"_s, u"도윤"_s, u"수아"_s, u"예준"_s, u"태희"_s,
        u"윤아"_s, u"유나"_s, u"은지"_s, u"세정"_s, u"준호"_s, u"소희"_s, u"진영"_s, u"보라"_s };
const QStringList kBroadcasters
    = { u"KBS2"_s, u"SBS"_s, u"MBC"_s, u"tvN"_s, u"JTBC"_s, u"ENA"_s, u"Netflix"_s };

QString pick(QRandomGenerator &rng, const QStringList &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

QString capitalizedRoman(const QString &hangul)
{
    QString r = TextNormalizer::romanize(hangul);
    if (!r.isEmpty())
        r[0] = r[0].toUpper();
    return r;
}

} // namespace

CatalogData LibraryGenerator::generate(int dramaCount, int songCount, quint32 seed)
{
    QRandomGenerator rng(seed);
    CatalogData data;

    const int artistCount = std::max(10, songCount / 20);
    const int groupCount = std::max(1, artistCount / 10);
    for (int i = 0; i < artistCount; ++i) {
        const int s = int(rng.bounded(quint32(kSurnames.size())));
        const QString given = pick(rng, kGiven);
        Artist a;
        a.id = u"gen-artist-%1"_s.arg(i, 6, 10, QChar(u'0'));
        a.nameKo = kSurnames.at(s) + given;
        a.name = kSurnamesEn.at(s) + u' ' + capitalizedRoman(given) + u' ' + QString::number(i);
        a.kind = u"solo"_s;
        data.artists << a;
    }
    for (int g = 0; g < groupCount; ++g) {
        Artist group;
        group.id = u"gen-group-%1"_s.arg(g, 5, 10, QChar(u'0'));
        group.name = pick(rng, kEnA) + u" Band "_s + QString::number(g);
        group.nameKo = pick(rng, kKoA) + u" 밴드"_s;
        group.kind = u"group"_s;
        for (int m = 0; m < 4; ++m)
            group.memberIds << data.artists.at(int(rng.bounded(quint32(artistCount)))).id;
        group.memberIds.removeDuplicates();
        data.artists << group;
    }

    for (int i = 0; i < dramaCount; ++i) {
        Drama d;
        d.id = u"gen-drama-%1"_s.arg(i, 6, 10, QChar(u'0'));
        const int a = int(rng.bounded(quint32(kKoA.size())));
        const int b = int(rng.bounded(quint32(kKoB.size())));
        d.titleKo = kKoA.at(a) + u' ' + kKoB.at(b) + u' ' + QString::number(i + 1);
        d.title = kEnA.at(a) + u' ' + kEnB.at(b) + u' ' + QString::number(i + 1);
        d.romanization = capitalizedRoman(kKoA.at(a)) + u' ' + TextNormalizer::romanize(kKoB.at(b));
        d.year = 2000 + int(rng.bounded(26));
        d.broadcaster = pick(rng, kBroadcasters);
        d.synopsis = u"A generated drama for scale tests."_s;
        data.dramas << d;
    }

    for (int i = 0; i < songCount; ++i) {
        Song s;
        s.id = u"gen-song-%1"_s.arg(i, 7, 10, QChar(u'0'));
        const int w = int(rng.bounded(quint32(kSongKo.size())));
        const int w2 = int(rng.bounded(quint32(kSongKo.size())));
        s.titleKo = kSongKo.at(w) + u' ' + kSongKo.at(w2) + u' ' + QString::number(i + 1);
        s.title = kSongEn.at(w) + u' ' + kSongEn.at(w2) + u' ' + QString::number(i + 1);
        s.year = 2000 + int(rng.bounded(26));
        s.credits << SongCredit { data.artists.at(int(rng.bounded(quint32(artistCount)))).id, {}, u"main"_s };
        if (rng.bounded(5) == 0) {
            const QString other = data.artists.at(int(rng.bounded(quint32(artistCount)))).id;
            if (other != s.credits.first().artistId)
                s.credits << SongCredit { other, {}, rng.bounded(2) ? u"main"_s : u"featuring"_s };
        }
        if (dramaCount > 0 && rng.bounded(10) != 0) {
            const int drama = i % dramaCount;
            s.dramas << SongAppearance { data.dramas.at(drama).id, {}, i / dramaCount + 1 };
        }
        data.songs << s;
    }
    return data;
}

} // namespace ost
