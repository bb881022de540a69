#include "searchindex.h"

#include "textnormalizer.h"

#include <QHash>

#include <algorithm>
#include <string_view>

namespace ost {

namespace {

QString linkKey(EntityType type, const QString &id)
{
    return QString::number(int(type)) + u':' + id;
}

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

void SearchIndex::Text::beginDocument(quint32 doc)
{
    docFirstSpan.push_back(quint32(spanStart.size()));
    grams.beginDocument(doc);
}

void SearchIndex::Text::addField(const QString &folded, int weight)
{
    spanStart.push_back(quint32(bytes.size()));
    spanWeight.push_back(quint8(std::clamp(weight, 0, 255)));
    bytes.append(folded.toUtf8());
    bytes.append('\1');
    grams.addField(folded, weight);
}

qsizetype SearchIndex::Text::characters(std::string_view utf8)
{
    // Folded text is in the Basic Multilingual Plane: one UTF-16 unit per UTF-8 lead byte.
    qsizetype n = 0;
    for (const char c : utf8)
        n += (quint8(c) & 0xC0) != 0x80;
    return n;
}

void SearchIndex::Text::finish()
{
    spanStart.push_back(quint32(bytes.size()));
    docFirstSpan.push_back(quint32(spanStart.size() - 1));
    grams.finish();
    bytes.squeeze();
    spanStart.shrink_to_fit();
    spanWeight.shrink_to_fit();
    docFirstSpan.shrink_to_fit();
}

qsizetype SearchIndex::Text::memoryBytes() const
{
    return bytes.capacity()
        + qsizetype(spanStart.capacity() * 4 + spanWeight.capacity() + docFirstSpan.capacity() * 4)
        + grams.memoryBytes();
}

SearchIndex::SearchIndex(const QList<SearchDocument> &documents)
{
    m_docs.reserve(documents.size());
    for (const auto &d : documents)
        add(d);
    finish();
}

quint16 SearchIndex::appendString(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() > 0xFFFF) { // cut at a character boundary
        qsizetype end = 0xFFFF;
        while (end > 0 && (quint8(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        utf8.truncate(end);
    }
    m_strings.append(utf8);
    return quint16(utf8.size());
}

void SearchIndex::add(const SearchDocument &d)
{
    const auto docIndex = quint32(m_docs.size());
    Doc doc;
    doc.type = d.type;
    doc.offset = quint32(m_strings.size());
    doc.idBytes = appendString(d.id);
    doc.titleBytes = appendString(d.title);
    doc.subtitleBytes = appendString(d.subtitle);
    m_docs.push_back(doc);
    for (const auto &link : d.links)
        m_pendingLinks.push_back(PendingLink { docIndex, link.weight, linkKey(link.type, link.id) });

    m_text.beginDocument(docIndex);
    m_initials.beginDocument(docIndex);
    for (const auto &f : d.fields) {
        const QString folded = TextNormalizer::fold(f.text);
        if (folded.isEmpty())
            continue;
        m_text.addField(folded, f.weight);
        if (TextNormalizer::containsHangul(folded)) {
            // Romanized Hangul ranks just below the written form.
            m_text.addField(TextNormalizer::romanize(folded), f.weight - 5);
            m_initials.addField(TextNormalizer::initials(folded), f.weight);
        }
    }
}

void SearchIndex::finish()
{
    m_text.finish();
    m_initials.finish();

    QHash<QString, quint32> byKey;
    for (size_t i = 0; i < m_docs.size(); ++i)
        if (m_docs[i].type == EntityType::Artist || m_docs[i].type == EntityType::Drama)
            byKey.insert(linkKey(m_docs[i].type, docId(m_docs[i])), quint32(i));
    struct Edge
    {
        quint32 source, target;
        quint8 weight;
    };
    std::vector<Edge> edges;
    edges.reserve(m_pendingLinks.size());
    for (const auto &p : m_pendingLinks)
        if (const auto it = byKey.constFind(p.key); it != byKey.cend())
            edges.push_back(Edge { *it, p.doc, quint8(std::clamp(p.weight, 0, 100)) });
    m_pendingLinks = {};
    std::stable_sort(edges.begin(), edges.end(),
                     [](const Edge &a, const Edge &b) { return a.source < b.source; });
    m_linkFirst.assign(m_docs.size() + 1, 0);
    m_linkTarget.reserve(edges.size());
    m_linkWeight.reserve(edges.size());
    for (const Edge &e : edges) {
        ++m_linkFirst[e.source + 1];
        m_linkTarget.push_back(e.target);
        m_linkWeight.push_back(e.weight);
    }
    for (size_t i = 0; i < m_docs.size(); ++i)
        m_linkFirst[i + 1] += m_linkFirst[i];
    m_docs.shrink_to_fit();
    m_strings.squeeze();

    std::vector<quint32> order(m_docs.size());
    std::vector<qsizetype> titleLength(m_docs.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = quint32(i);
        titleLength[i] = Text::characters(titleBytes(m_docs[i]));
    }
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        const Doc &x = m_docs[a];
        const Doc &y = m_docs[b];
        if (x.type != y.type)
            return x.type < y.type;
        if (titleLength[a] != titleLength[b])
            return titleLength[a] < titleLength[b];
        if (const int c = titleBytes(x).compare(titleBytes(y)); c != 0)
            return c < 0; // UTF-8 byte order is code point order
        return a < b;
    });
    m_tieOrder.resize(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        m_tieOrder[order[i]] = quint32(i);
}

SearchIndex::Stats SearchIndex::stats() const
{
    Stats s;
    s.documents = documentCount();
    s.fields = qsizetype(m_text.spanWeight.size() + m_initials.spanWeight.size());
    s.textChars = m_text.bytes.size() + m_initials.bytes.size();
    s.grams = m_text.grams.gramCount() + m_initials.grams.gramCount();
    s.postings = m_text.grams.entryCount() + m_initials.grams.entryCount();
    s.documentBytes = qsizetype(m_docs.capacity() * sizeof(Doc)) + m_strings.capacity();
    s.postingBytes = m_text.grams.memoryBytes() + m_initials.grams.memoryBytes();
    s.textBytes = m_text.memoryBytes() + m_initials.memoryBytes() - s.postingBytes;
    s.linkBytes = qsizetype((m_linkFirst.capacity() + m_linkTarget.capacity() + m_tieOrder.capacity()) * 4
                            + m_linkWeight.capacity());
    s.memoryBytes = s.documentBytes + s.textBytes + s.postingBytes + s.linkBytes;
    return s;
}

namespace {
thread_local std::vector<std::vector<int>> t_freeScores;
}

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

QList<SearchHit> SearchIndex::rank(const Scores &scores, int limitPerType) const
{
    const std::vector<int> &best = scores.best;
    auto before = [&](quint32 a, quint32 b) {
        if (best[a] != best[b])
            return best[a] > best[b];
        return m_tieOrder[a] < m_tieOrder[b];
    };
    // The best limitPerType of each type in one pass: a heap per type whose front is the worst
    // kept, so most hits cost one comparison.
    std::vector<quint32> heaps[4];
    const auto limit = size_t(limitPerType);
    for (const quint32 doc : scores.touched) {
        std::vector<quint32> &heap = heaps[int(m_docs[doc].type)];
        if (heap.size() < limit) {
            heap.push_back(doc);
            std::push_heap(heap.begin(), heap.end(), before);
        } else if (before(doc, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), before);
            heap.back() = doc;
            std::push_heap(heap.begin(), heap.end(), before);
        }
    }
    std::vector<quint32> top;
    for (const auto &heap : heaps)
        top.insert(top.end(), heap.begin(), heap.end());
    std::sort(top.begin(), top.end(), before);
    QList<SearchHit> out;
    out.reserve(qsizetype(top.size()));
    for (const quint32 i : top) {
        const Doc &d = m_docs[i];
        out << SearchHit { d.type, docId(d), docTitle(d), docSubtitle(d), best[i] };
    }
    return out;
}

} // namespace ost
