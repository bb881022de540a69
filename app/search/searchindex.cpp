#include "searchindex.h"

#include "textnormalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <limits>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ost {

SearchIndex::SearchIndex(const QList<SearchDocument> &documents)
{
    m_docs.reserve(documents.size());
    for (const auto &d : documents)
        add(d);
    finish();
}

void SearchIndex::add(const SearchDocument &d)
{
    const int docIndex = int(m_docs.size());
    m_docs.push_back(Doc { d.type, d.id, d.title, d.subtitle });
    m_linkedFrom.emplace_back();
    if (d.type == EntityType::Artist)
        m_artistDoc.insert(d.id, docIndex);
    for (const auto &link : d.artistLinks) {
        if (const int a = m_artistDoc.value(link.artistId, -1); a >= 0)
            m_linkedFrom[a].emplace_back(docIndex, link.weight);
        else
            m_pendingLinks.push_back(PendingLink { docIndex, link.artistId, link.weight });
    }
    for (const auto &f : d.fields) {
        const QString folded = TextNormalizer::fold(f.text);
        if (folded.isEmpty())
            continue;
        addText(m_text, m_textSpans, folded, docIndex, f.weight);
        if (TextNormalizer::containsHangul(folded)) {
            // Romanized Hangul ranks just below the written form.
            addText(m_text, m_textSpans, TextNormalizer::romanize(folded), docIndex, f.weight - 5);
            addText(m_initials, m_initialSpans, TextNormalizer::initials(folded), docIndex, f.weight);
        }
    }
}

void SearchIndex::finish()
{
    for (const auto &p : m_pendingLinks)
        if (const int a = m_artistDoc.value(p.artistId, -1); a >= 0)
            m_linkedFrom[a].emplace_back(p.doc, p.weight);
    m_pendingLinks.clear();
    m_pendingLinks.shrink_to_fit();
    m_artistDoc.clear();
    m_artistDoc.squeeze();
    m_docs.shrink_to_fit();
    m_textSpans.shrink_to_fit();
    m_initialSpans.shrink_to_fit();
    m_text.squeeze();
    m_initials.squeeze();
}

void SearchIndex::propagateFromArtists(std::vector<int> &best) const
{
    // An artist hit scores 100 (name weight) plus bonuses; a linked song keeps the bonuses
    // with its link's lower weight.
    for (size_t a = 0; a < m_linkedFrom.size(); ++a) {
        if (best[a] <= 0 || m_linkedFrom[a].empty())
            continue;
        for (const auto &[doc, weight] : m_linkedFrom[a]) {
            const int score = best[a] - (100 - weight);
            if (score > best[doc])
                best[doc] = score;
        }
    }
}

void SearchIndex::addText(QString &buffer, std::vector<Span> &spans, const QString &folded, int doc, int weight)
{
    spans.push_back(Span { buffer.size(), folded.size(), doc, weight });
    buffer.append(folded);
    buffer.append(QChar(u'\1'));
}

void SearchIndex::scan(const QString &buffer, const std::vector<Span> &spans, const QString &needle, int bonus,
                       std::vector<int> &best) const
{
    const QStringView hay(buffer);
    qsizetype from = 0;
    auto spanIt = spans.begin();
    while (true) {
        const qsizetype pos = hay.indexOf(needle, from);
        if (pos < 0)
            break;
        // Spans are ordered by start: move forward to the span holding pos.
        spanIt = std::upper_bound(spanIt, spans.end(), pos, [](qsizetype p, const Span &s) { return p < s.start; }) - 1;
        const Span &s = *spanIt;
        int score = s.weight + bonus;
        if (pos == s.start)
            score += needle.size() == s.length ? 60 : 30; // whole field, then prefix
        // Shorter fields are more specific matches.
        score += int(std::max<qsizetype>(0, 20 - (s.length - needle.size())));
        if (score > best[s.doc])
            best[s.doc] = score;
        from = s.start + s.length + 1; // one hit per span is enough
    }
}

QList<SearchHit> SearchIndex::search(const QString &query, int limitPerType) const
{
    const QString needle = TextNormalizer::fold(query);
    if (needle.isEmpty() || m_docs.empty())
        return {};
    std::vector<int> best(m_docs.size(), 0);
    if (TextNormalizer::isInitialsQuery(needle)) {
        scan(m_initials, m_initialSpans, needle, 0, best);
    } else {
        scan(m_text, m_textSpans, needle, 0, best);
        // A query typed in Hangul also matches romanized text typed in Latin and vice versa
        // through the romanized copies already in m_text.
        if (TextNormalizer::containsHangul(needle)) {
            const QString roman = TextNormalizer::romanize(needle);
            if (roman != needle && roman.size() >= 2)
                scan(m_text, m_textSpans, roman, -30, best);
        }
    }

    // Several words ("guardian lonely"): every word must match somewhere in the document.
    static const QRegularExpression whitespace(u"\\s+"_s);
    const QStringList words = query.split(whitespace, Qt::SkipEmptyParts);
    if (words.size() > 1) {
        std::vector<int> all(m_docs.size(), std::numeric_limits<int>::max());
        for (const QString &word : words) {
            const QString w = TextNormalizer::fold(word);
            if (w.isEmpty())
                continue;
            std::vector<int> wordBest(m_docs.size(), 0);
            scan(TextNormalizer::isInitialsQuery(w) ? m_initials : m_text,
                 TextNormalizer::isInitialsQuery(w) ? m_initialSpans : m_textSpans, w, 0, wordBest);
            propagateFromArtists(wordBest);
            for (size_t i = 0; i < all.size(); ++i)
                all[i] = std::min(all[i], wordBest[i]);
        }
        for (size_t i = 0; i < all.size(); ++i)
            if (all[i] != std::numeric_limits<int>::max() && all[i] > 0)
                best[i] = std::max(best[i], all[i] - 20);
    }
    propagateFromArtists(best);

    QList<int> hits;
    for (int i = 0; i < int(best.size()); ++i)
        if (best[i] > 0)
            hits << i;
    std::sort(hits.begin(), hits.end(), [&](int a, int b) {
        if (best[a] != best[b])
            return best[a] > best[b];
        if (m_docs[a].type != m_docs[b].type)
            return m_docs[a].type < m_docs[b].type;
        return m_docs[a].title.size() < m_docs[b].title.size();
    });
    QList<SearchHit> out;
    int perType[4] = { 0, 0, 0, 0 };
    for (int i : hits) {
        const Doc &d = m_docs[i];
        int &count = perType[int(d.type)];
        if (count >= limitPerType)
            continue;
        ++count;
        out << SearchHit { d.type, d.id, d.title, d.subtitle, best[i] };
    }
    return out;
}

} // namespace ost
