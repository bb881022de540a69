// Answering a query (SearchIndex::search): matching the folded text through the gram lists
// (or, as the reference the tests hold the index to, by scanning it) and passing hits along
// links.
#include "searchindex.h"
#include "textnormalizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <string_view>

namespace ost {

namespace {

struct PooledScores
{
    std::vector<int> best;
    std::vector<quint32> touched;
};
thread_local std::vector<PooledScores> t_freeScores;
thread_local std::vector<quint8> t_filter;

// The words of a multi-word query, folded, without repeats, at most SearchIndex::kMaxWords.
// (Split by hand: a regular expression costs 70 ms the first time it is used.)
QStringList queryWords(const QString &query)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= query.size() && words.size() < SearchIndex::kMaxWords; ++i) {
        const bool space = i == query.size() || query.at(i).isSpace();
        if (!space && start < 0)
            start = i;
        if (space && start >= 0) {
            const QString w = TextNormalizer::fold(query.sliced(start, i - start));
            if (!w.isEmpty() && !words.contains(w))
                words << w;
            start = -1;
        }
    }
    return words;
}

} // namespace

SearchIndex::Scores::Scores(size_t documents, const std::vector<quint8> *only)
    : filter(only)
{
    if (!t_freeScores.empty()) {
        best = std::move(t_freeScores.back().best);
        touched = std::move(t_freeScores.back().touched);
        t_freeScores.pop_back();
    }
    if (best.size() != documents)
        best.assign(documents, 0);
}

SearchIndex::Scores::~Scores()
{
    for (const quint32 doc : touched)
        best[doc] = 0;
    touched.clear();
    if (t_freeScores.size() < 3)
        t_freeScores.push_back(PooledScores { std::move(best), std::move(touched) });
}

quint32 SearchIndex::estimate(const Text &text, const QString &word) const
{
    const qsizetype n = word.size();
    if (n <= GramPostings::kMaxGram)
        return text.grams.find(word).count;
    quint32 fewest = std::numeric_limits<quint32>::max();
    for (qsizetype p = 0; p + GramPostings::kMaxGram <= n; ++p)
        fewest = std::min(fewest, text.grams.find(QStringView(word).sliced(p, GramPostings::kMaxGram)).count);
    return fewest;
}

void SearchIndex::indexSources()
{
    m_sources.clear();
    for (size_t doc = 0; doc + 1 < m_linkFirst.size(); ++doc)
        if (m_linkFirst[doc] != m_linkFirst[doc + 1])
            m_sources.push_back(quint32(doc));
    m_sources.shrink_to_fit();
    m_receivingTypes = 0;
    for (const quint32 target : m_linkTarget)
        m_receivingTypes |= quint8(1u << (m_docs[target].type % GramPostings::kTypes));
    m_reverseFirst.assign(m_docs.size() + 1, 0);
    for (const quint32 target : m_linkTarget)
        ++m_reverseFirst[target + 1];
    for (size_t doc = 0; doc < m_docs.size(); ++doc)
        m_reverseFirst[doc + 1] += m_reverseFirst[doc];
    m_reverseLink.resize(m_linkTarget.size());
    std::vector<quint32> next(m_reverseFirst.begin(), m_reverseFirst.end() - 1);
    for (quint32 i = 0; i < quint32(m_linkTarget.size()); ++i)
        m_reverseLink[next[m_linkTarget[i]]++] = i;
}

std::vector<GramPostings::List> SearchIndex::trigramLists(const Text &text, const QString &needle)
{
    std::vector<GramPostings::List> lists;
    for (qsizetype p = 0; p + GramPostings::kMaxGram <= needle.size(); ++p) {
        const auto list = text.grams.find(QStringView(needle).sliced(p, GramPostings::kMaxGram));
        if (list.count == 0)
            return {};
        if (std::none_of(lists.begin(), lists.end(), [&](const auto &l) { return l.data == list.data; }))
            lists.push_back(list);
    }
    std::sort(lists.begin(), lists.end(), [](const auto &a, const auto &b) { return a.count < b.count; });
    return lists;
}

std::vector<quint32> SearchIndex::candidates(const std::vector<GramPostings::List> &lists, size_t documents)
{
    std::vector<quint32> out;
    if (lists.empty())
        return out;
    if (lists.front().count < kBitmapFrom) {
        out = GramPostings::documents(lists.front());
        std::vector<quint32> narrowed;
        for (size_t i = 1; i < lists.size() && !out.empty(); ++i) {
            narrowed.clear();
            GramPostings::intersect(lists[i], out, narrowed);
            out.swap(narrowed);
        }
        std::sort(out.begin(), out.end());
        return out;
    }
    // Long lists: a bit per document (128 KiB at a million, within the cache) instead of a byte,
    // and the survivors come out in document order, so their text and scores are read in the
    // order they lie in memory.
    thread_local std::vector<quint64> have, next;
    const size_t words = (documents + 63) / 64;
    have.assign(words, 0);
    GramPostings::forEach(lists.front(),
                          [](quint32 doc, int) { have[doc >> 6] |= quint64(1) << (doc & 63); });
    for (size_t i = 1; i < lists.size(); ++i) {
        next.assign(words, 0);
        GramPostings::forEach(lists[i], [](quint32 doc, int) {
            if (have[doc >> 6] >> (doc & 63) & 1)
                next[doc >> 6] |= quint64(1) << (doc & 63);
        });
        have.swap(next);
    }
    for (size_t w = 0; w < words; ++w)
        for (quint64 b = have[w]; b; b &= b - 1)
            out.push_back(quint32(w * 64 + size_t(std::countr_zero(b))));
    return out;
}

void SearchIndex::match(const Text &text, const QString &needle, int bonus, Method method, Scores &best) const
{
    if (method == Method::Index)
        matchByIndex(text, needle, bonus, best);
    else
        matchByScan(text, needle, bonus, best);
}

void SearchIndex::matchByIndex(const Text &text, const QString &needle, int bonus, Scores &best) const
{
    const qsizetype n = needle.size();
    if (n <= GramPostings::kMaxScoredGram) {
        // The whole needle is a scored gram: its list holds every document and its exact score.
        GramPostings::forEach(text.grams.find(needle),
                              [&](quint32 doc, int score) { best.raise(doc, score + bonus); });
        return;
    }
    // Candidates: the documents holding every trigram of the needle, rarest list first; then
    // each candidate's fields are searched for the whole needle.
    const std::vector<GramPostings::List> lists = trigramLists(text, needle);
    if (lists.empty())
        return;
    const std::vector<quint32> candidates = SearchIndex::candidates(lists, m_docs.size());
    const QByteArray utf8 = needle.toUtf8();
    const std::string_view wanted(utf8.constData(), size_t(utf8.size()));
    for (const quint32 doc : candidates) {
        if (!best.wanted(doc))
            continue;
        matchDocument(text, doc, wanted, n, bonus, best);
    }
}

void SearchIndex::matchDocument(const Text &text, quint32 doc, std::string_view wanted,
                                qsizetype needleLength, int bonus, Scores &best)
{
    const int score = scoreDocument(text, doc, wanted, needleLength);
    if (score > 0)
        best.raise(doc, score + bonus);
}

int SearchIndex::scoreDocument(const Text &text, quint32 doc, std::string_view wanted, qsizetype needleLength)
{
    // One search through all the document's fields (they lie one after the other, each ended
    // by '\1', which no needle holds), then on from the field after each hit.
    const std::string_view fields = text.documentBytes(doc);
    quint32 span = text.docFirstSpan[doc];
    size_t fieldStart = 0;
    int best = 0;
    for (size_t pos = fields.find(wanted); pos != std::string_view::npos;) {
        size_t fieldEnd = fields.find('\1', fieldStart);
        while (fieldEnd < pos) {
            ++span;
            fieldStart = fieldEnd + 1;
            fieldEnd = fields.find('\1', fieldStart);
        }
        best = std::max(
            best,
            GramPostings::fieldScore(text.spanWeight[span],
                                     Text::characters(fields.substr(fieldStart, fieldEnd - fieldStart)),
                                     needleLength, pos == fieldStart));
        ++span;
        fieldStart = fieldEnd + 1;
        pos = fields.find(wanted, fieldStart);
    }
    return best;
}

void SearchIndex::matchByScan(const Text &text, const QString &needle, int bonus, Scores &best) const
{
    // The search as it was before the index: one substring scan through all folded text,
    // each hit scored in its document.
    if (text.spanWeight.empty())
        return;
    const QByteArray utf8 = needle.toUtf8();
    const std::string_view hay(text.bytes.constData(), size_t(text.bytes.size()));
    const std::string_view wanted(utf8.constData(), size_t(utf8.size()));
    size_t from = 0;
    while (true) {
        const size_t pos = hay.find(wanted, from);
        if (pos == std::string_view::npos)
            break;
        const auto doc = quint32(std::upper_bound(text.docStart.begin(), text.docStart.end(), quint32(pos))
                                 - text.docStart.begin() - 1);
        matchDocument(text, doc, wanted, needle.size(), bonus, best);
        from = text.docStart[doc + 1];
    }
}

void SearchIndex::propagate(Scores &scores) const
{
    // A hit on an artist or a drama passes to what links to it: the linked document keeps the
    // hit's bonuses with its link's lower weight. One step only, from the direct hits.
    std::vector<std::pair<quint32, int>> direct;
    for (const quint32 doc : scores.touched)
        if (m_linkFirst[doc] != m_linkFirst[doc + 1])
            direct.emplace_back(doc, scores.best[doc]);
    for (const auto &[source, score] : direct)
        for (quint32 i = m_linkFirst[source]; i < m_linkFirst[source + 1]; ++i)
            scores.raise(m_linkTarget[i], score - (100 - m_linkWeight[i]));
}

QList<SearchHit> SearchIndex::search(const QString &query, int limitPerType, Method method) const
{
    const QString needle = TextNormalizer::fold(query);
    if (needle.isEmpty() || m_docs.empty() || limitPerType <= 0)
        return {};
    Scores scores(m_docs.size());
    QStringList words = queryWords(query);
    // One word: its lists, best first, stopping early.
    if (method == Method::Index && words.size() <= 1) {
        std::vector<Needle> needles;
        if (TextNormalizer::isInitialsQuery(needle)) {
            needles.push_back({ &m_initials, needle, 0 });
        } else {
            needles.push_back({ &m_text, needle, 0 });
            if (TextNormalizer::containsHangul(needle)) {
                const QString roman = TextNormalizer::romanize(needle);
                if (roman != needle && roman.size() >= 2)
                    needles.push_back({ &m_text, roman, -30 });
            }
        }
        if (matchBestFirst(needles, limitPerType, scores))
            return rank(scores, limitPerType);
    }
    if (method == Method::Index && words.size() > 1
        && matchWordsBestFirst(needle, words, limitPerType, scores))
        return rank(scores, limitPerType);
    if (TextNormalizer::isInitialsQuery(needle)) {
        match(m_initials, needle, 0, method, scores);
    } else {
        match(m_text, needle, 0, method, scores);
        // A query typed in Hangul also matches romanized text typed in Latin and vice versa
        // through the romanized copies already in m_text.
        if (TextNormalizer::containsHangul(needle)) {
            const QString roman = TextNormalizer::romanize(needle);
            if (roman != needle && roman.size() >= 2)
                match(m_text, roman, -30, method, scores);
        }
    }

    // Several words ("guardian lonely"): every word must match somewhere in the document.
    // The rarest word is matched in full; each later one only in the documents all earlier
    // words matched (and in the sources of links, whose hits pass to them).
    if (words.size() > 1) {
        if (method == Method::Index) {
            std::vector<std::pair<quint32, qsizetype>> bySize;
            for (qsizetype w = 0; w < words.size(); ++w)
                bySize.emplace_back(estimate(textOf(words[w]), words[w]), w);
            std::stable_sort(bySize.begin(), bySize.end());
            QStringList sorted;
            for (const auto &[size, w] : bySize)
                sorted << words[w];
            words = sorted;
        }
        std::vector<std::pair<quint32, int>> all; // documents every word so far matched, worst score
        std::vector<quint8> &filter = t_filter;
        filter.assign(m_docs.size(), 0);
        for (const quint32 doc : m_sources)
            filter[doc] = 1;
        for (qsizetype w = 0; w < words.size() && (w == 0 || !all.empty()); ++w) {
            if (w > 0 && method == Method::Index
                && all.size() * kScoreEachBelow < size_t(estimate(textOf(words[w]), words[w]))) {
                // Few documents left, a long list: scoring each of them costs less than the list.
                const Word word { &textOf(words[w]), words[w].toUtf8(), words[w].size() };
                std::erase_if(all, [&](auto &hit) {
                    hit.second = std::min(hit.second, wordScore(word, hit.first));
                    return hit.second <= 0;
                });
                continue;
            }
            Scores word(m_docs.size(), w == 0 ? nullptr : &filter);
            match(textOf(words[w]), words[w], 0, method, word);
            propagate(word);
            if (w == 0) {
                for (const quint32 doc : word.touched) {
                    all.emplace_back(doc, word.best[doc]);
                    filter[doc] = 1;
                }
                continue;
            }
            std::erase_if(all, [&](auto &hit) {
                hit.second = std::min(hit.second, word.best[hit.first]);
                return hit.second <= 0;
            });
        }
        for (const auto &[doc, score] : all)
            scores.raise(doc, score - 20);
    }
    propagate(scores);
    return rank(scores, limitPerType);
}

} // namespace ost
