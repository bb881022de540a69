// Answering a query (SearchIndex::search): matching the folded text through the gram lists
// (or, as the reference the tests hold the index to, by scanning it) and passing hits along
// links.
#include "searchindex.h"
#include "textnormalizer.h"

#include <algorithm>
#include <string_view>

namespace ost {

namespace {

thread_local std::vector<std::vector<int>> t_freeScores;

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

SearchIndex::Scores::Scores(size_t documents)
{
    if (!t_freeScores.empty()) {
        best = std::move(t_freeScores.back());
        t_freeScores.pop_back();
    }
    if (best.size() != documents)
        best.assign(documents, 0);
}

SearchIndex::Scores::~Scores()
{
    for (const quint32 doc : touched)
        best[doc] = 0;
    if (t_freeScores.size() < 3)
        t_freeScores.push_back(std::move(best));
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
    std::vector<GramPostings::List> lists;
    for (qsizetype p = 0; p + GramPostings::kMaxGram <= n; ++p) {
        const auto list = text.grams.find(QStringView(needle).sliced(p, GramPostings::kMaxGram));
        if (list.count == 0)
            return;
        if (std::none_of(lists.begin(), lists.end(), [&](const auto &l) { return l.data == list.data; }))
            lists.push_back(list);
    }
    std::sort(lists.begin(), lists.end(), [](const auto &a, const auto &b) { return a.count < b.count; });
    std::vector<quint32> candidates = GramPostings::documents(lists.front());
    std::vector<quint32> narrowed;
    for (size_t i = 1; i < lists.size() && !candidates.empty(); ++i) {
        narrowed.clear();
        GramPostings::intersect(lists[i], candidates, narrowed);
        candidates.swap(narrowed);
    }
    const QByteArray utf8 = needle.toUtf8();
    const std::string_view wanted(utf8.constData(), size_t(utf8.size()));
    for (const quint32 doc : candidates)
        for (quint32 span = text.docFirstSpan[doc]; span < text.docFirstSpan[doc + 1]; ++span) {
            const std::string_view field = text.span(span);
            if (field.size() < wanted.size())
                continue;
            const size_t pos = field.find(wanted);
            if (pos == std::string_view::npos)
                continue;
            best.raise(doc,
                       GramPostings::fieldScore(text.spanWeight[span], Text::characters(field), n, pos == 0)
                           + bonus);
        }
}

void SearchIndex::matchByScan(const Text &text, const QString &needle, int bonus, Scores &best) const
{
    // The search as it was before the index: one substring scan through all folded text.
    if (text.spanWeight.empty())
        return;
    const QByteArray utf8 = needle.toUtf8();
    const std::string_view hay(text.bytes.constData(), size_t(text.bytes.size()));
    const std::string_view wanted(utf8.constData(), size_t(utf8.size()));
    const auto spansEnd = text.spanStart.end() - 1; // without the sentinel
    size_t from = 0;
    while (true) {
        const size_t pos = hay.find(wanted, from);
        if (pos == std::string_view::npos)
            break;
        const auto spanIt = std::upper_bound(text.spanStart.begin(), spansEnd, quint32(pos)) - 1;
        const auto span = size_t(spanIt - text.spanStart.begin());
        const auto doc
            = size_t(std::upper_bound(text.docFirstSpan.begin(), text.docFirstSpan.end(), quint32(span))
                     - text.docFirstSpan.begin() - 1);
        best.raise(quint32(doc),
                   GramPostings::fieldScore(text.spanWeight[span], Text::characters(text.span(span)),
                                            needle.size(), pos == *spanIt)
                       + bonus);
        from = *spanIt + size_t(text.spanBytes(span)) + 1; // one hit per field is enough
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
    const QStringList words = queryWords(query);
    if (words.size() > 1) {
        std::vector<std::pair<quint32, int>> all; // documents every word so far matched, worst score
        for (qsizetype w = 0; w < words.size(); ++w) {
            Scores word(m_docs.size());
            match(TextNormalizer::isInitialsQuery(words[w]) ? m_initials : m_text, words[w], 0, method, word);
            propagate(word);
            if (w == 0) {
                for (const quint32 doc : word.touched)
                    all.emplace_back(doc, word.best[doc]);
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
