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
