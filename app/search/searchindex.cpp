#include "searchindex.h"

#include "textnormalizer.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <thread>

namespace ost {

void SearchIndex::Text::beginDocument()
{
    docFirstSpan.push_back(quint32(spanWeight.size()));
    docStart.push_back(quint32(bytes.size()));
}

void SearchIndex::Text::addField(const QString &folded, int weight)
{
    spanWeight.push_back(quint8(std::clamp(weight, 0, 255)));
    bytes.append(folded.toUtf8());
    bytes.append('\1');
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
    docFirstSpan.push_back(quint32(spanWeight.size()));
    docStart.push_back(quint32(bytes.size()));
    bytes.squeeze();
    spanWeight.shrink_to_fit();
    docFirstSpan.shrink_to_fit();
    docStart.shrink_to_fit();
}

quint32 SearchIndex::Text::fieldHash(std::string_view utf8)
{
    return quint32(qHash(QByteArrayView(utf8.data(), qsizetype(utf8.size())), 0));
}

void SearchIndex::Text::indexWholeFields()
{
    wholeFields.clear();
    const auto documents = quint32(docStart.size() - 1);
    for (quint32 doc = 0; doc < documents; ++doc) {
        const std::string_view fields = documentBytes(doc);
        for (size_t start = 0; start < fields.size();) {
            const size_t end = fields.find('\1', start);
            const std::string_view field = fields.substr(start, end - start);
            if (characters(field) > GramPostings::kMaxScoredGram)
                wholeFields.push_back(quint64(fieldHash(field)) << 32 | doc);
            start = end + 1;
        }
    }
    std::sort(wholeFields.begin(), wholeFields.end());
    wholeFields.erase(std::unique(wholeFields.begin(), wholeFields.end()), wholeFields.end());
    wholeFields.shrink_to_fit();
}

GramPostings SearchIndex::Text::buildGrams(int minGram, int maxGram, const std::vector<quint8> &types) const
{
    GramPostings out(minGram, maxGram, &types);
    std::u16string field;
    const auto documents = quint32(docStart.size() - 1);
    for (quint32 doc = 0; doc < documents; ++doc) {
        out.beginDocument(doc);
        const std::string_view fields = documentBytes(doc);
        quint32 span = docFirstSpan[doc];
        field.clear();
        for (size_t i = 0; i < fields.size();) {
            const auto c = quint8(fields[i]);
            if (c == 1) {
                out.addField(QStringView(field.data(), qsizetype(field.size())), spanWeight[span++]);
                field.clear();
                ++i;
            } else if (c < 0x80) {
                field.push_back(char16_t(c));
                ++i;
            } else if (c < 0xE0) { // folded text is in the Basic Multilingual Plane: 2 or 3 bytes
                field.push_back(char16_t((c & 0x1F) << 6 | (quint8(fields[i + 1]) & 0x3F)));
                i += 2;
            } else {
                field.push_back(char16_t((c & 0x0F) << 12 | (quint8(fields[i + 1]) & 0x3F) << 6
                                         | (quint8(fields[i + 2]) & 0x3F)));
                i += 3;
            }
        }
    }
    out.finish();
    return out;
}

qsizetype SearchIndex::Text::memoryBytes() const
{
    return bytes.capacity()
        + qsizetype(spanWeight.capacity() + docFirstSpan.capacity() * 4 + docStart.capacity() * 4
                    + wholeFields.capacity() * 8)
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

quint16 SearchIndex::appendSubtitle(const QString &text)
{
    // Pieces: the runs between the separators ", " and " · ", and the separators themselves.
    const qsizetype before = m_strings.size();
    auto appendPiece = [this](QStringView piece) {
        if (piece.isEmpty())
            return;
        const QByteArray utf8 = piece.toUtf8();
        auto it = m_pieceNumbers.constFind(utf8);
        if (it == m_pieceNumbers.cend()) {
            if (m_pieceStart.empty())
                m_pieceStart.push_back(0);
            it = m_pieceNumbers.insert(utf8, quint32(m_pieceStart.size() - 1));
            m_pieces.append(utf8);
            m_pieceStart.push_back(quint32(m_pieces.size()));
        }
        for (quint32 v = *it;; v >>= 7) {
            if (v < 0x80) {
                m_strings.append(char(v));
                break;
            }
            m_strings.append(char(quint8(v | 0x80)));
        }
    };
    const QStringView all(text);
    qsizetype start = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        qsizetype separator = 0;
        if (all[i] == u',' && i + 1 < all.size() && all[i + 1] == u' ')
            separator = 2;
        else if (all[i] == u' ' && all.sliced(i).startsWith(u" \u00b7 "))
            separator = 3;
        if (separator == 0)
            continue;
        appendPiece(all.sliced(start, i - start));
        appendPiece(all.sliced(i, separator));
        start = i + separator;
        i = start - 1;
    }
    appendPiece(all.sliced(start));
    const qsizetype bytes = m_strings.size() - before;
    if (bytes > 0xFFFF) { // a subtitle of thousands of names: cut at a piece
        qsizetype end = before + 0xFFFF;
        while (end > before && (quint8(m_strings.at(end - 1)) & 0x80))
            --end;
        m_strings.truncate(end);
    }
    return quint16(m_strings.size() - before);
}

QString SearchIndex::docSubtitle(const Doc &d) const
{
    QByteArray utf8;
    const auto *p
        = reinterpret_cast<const quint8 *>(m_strings.constData() + d.offset + d.idBytes + d.titleBytes);
    const quint8 *end = p + d.subtitleBytes;
    while (p < end) {
        quint32 v = 0;
        for (int shift = 0; p < end; shift += 7) {
            v |= quint32(*p & 0x7f) << shift;
            if (!(*p++ & 0x80))
                break;
        }
        utf8.append(m_pieces.constData() + m_pieceStart[v], qsizetype(m_pieceStart[v + 1] - m_pieceStart[v]));
    }
    return QString::fromUtf8(utf8);
}

bool SearchIndex::subtitlesValid() const
{
    const size_t pieces = m_pieceStart.empty() ? 0 : m_pieceStart.size() - 1;
    for (const Doc &d : m_docs) {
        const auto *p
            = reinterpret_cast<const quint8 *>(m_strings.constData() + d.offset + d.idBytes + d.titleBytes);
        const quint8 *end = p + d.subtitleBytes;
        while (p < end) {
            quint64 v = 0;
            int shift = 0;
            while (p < end && (*p & 0x80) && shift < 28) {
                v |= quint64(*p++ & 0x7f) << shift;
                shift += 7;
            }
            if (p == end || (*p & 0x80))
                return false;
            v |= quint64(*p++) << shift;
            if (v >= pieces)
                return false;
        }
    }
    return true;
}

void SearchIndex::add(const SearchDocument &d)
{
    const auto docIndex = quint32(m_docs.size());
    Doc doc;
    doc.type = quint8(d.type);
    doc.offset = quint32(m_strings.size());
    doc.idBytes = appendString(d.id);
    doc.titleBytes = appendString(d.title);
    doc.subtitleBytes = appendSubtitle(d.subtitle);
    m_docs.push_back(doc);
    for (const auto &link : d.links)
        m_pendingLinks.push_back(PendingLink { docIndex, link.weight, link.type, link.id });

    m_text.beginDocument();
    m_initials.beginDocument();
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
    // The gram lists from the folded text on two threads, in shares of about equal work:
    // two-character grams and the initials on a helper; one- and three-character grams and the
    // whole-field hashes here; then joined in order of length.
    m_types.resize(m_docs.size());
    for (size_t i = 0; i < m_docs.size(); ++i)
        m_types[i] = m_docs[i].type;
    GramPostings twoGrams;
    std::thread helper([this, &twoGrams] {
        twoGrams = m_text.buildGrams(2, 2, m_types);
        m_initials.grams = m_initials.buildGrams(1, GramPostings::kMaxGram, m_types);
        m_initials.indexWholeFields();
    });
    GramPostings grams = m_text.buildGrams(1, 1, m_types);
    GramPostings threeGrams = m_text.buildGrams(3, GramPostings::kMaxGram, m_types);
    m_text.indexWholeFields();
    helper.join();
    grams.append(std::move(twoGrams));
    grams.append(std::move(threeGrams));
    m_text.grams = std::move(grams);

    // Links name artists and dramas by id: one table per type, so no key string is built.
    QHash<QString, quint32> artists;
    QHash<QString, quint32> dramas;
    for (size_t i = 0; i < m_docs.size(); ++i) {
        if (typeOf(m_docs[i]) == EntityType::Artist)
            artists.insert(docId(m_docs[i]), quint32(i));
        else if (typeOf(m_docs[i]) == EntityType::Drama)
            dramas.insert(docId(m_docs[i]), quint32(i));
    }
    struct Edge
    {
        quint32 source, target;
        quint8 weight;
    };
    std::vector<Edge> edges;
    edges.reserve(m_pendingLinks.size());
    for (const auto &p : m_pendingLinks) {
        if (p.type != EntityType::Artist && p.type != EntityType::Drama)
            continue; // only artists and dramas pass hits on
        const QHash<QString, quint32> &byId = p.type == EntityType::Artist ? artists : dramas;
        if (const auto it = byId.constFind(p.id); it != byId.cend())
            edges.push_back(Edge { *it, p.doc, quint8(std::clamp(p.weight, 0, 100)) });
    }
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
    indexSources();
    m_docs.shrink_to_fit();
    m_strings.squeeze();
    m_pieces.squeeze();
    m_pieceStart.shrink_to_fit();
    m_pieceNumbers = {};

    std::vector<quint32> order(m_docs.size());
    std::vector<qsizetype> titleLength(m_docs.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = quint32(i);
        titleLength[i] = Text::characters(titleBytes(m_docs[i]));
    }
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        const Doc &x = m_docs[a];
        const Doc &y = m_docs[b];
        if (x.type != y.type) // in EntityType's order
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
    s.documentBytes = qsizetype(m_docs.capacity() * sizeof(Doc) + m_pieceStart.capacity() * 4)
        + m_strings.capacity() + m_pieces.capacity();
    s.postingBytes = m_text.grams.memoryBytes() + m_initials.grams.memoryBytes();
    s.textBytes = m_text.memoryBytes() + m_initials.memoryBytes() - s.postingBytes;
    s.linkBytes = qsizetype((m_linkFirst.capacity() + m_linkTarget.capacity() + m_tieOrder.capacity()
                             + m_sources.capacity() + m_reverseFirst.capacity() + m_reverseLink.capacity())
                                * 4
                            + m_linkWeight.capacity() + m_types.capacity());
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
        std::vector<quint32> &heap = heaps[m_docs[doc].type];
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
        out << SearchHit { typeOf(d), docId(d), docTitle(d), docSubtitle(d), best[i] };
    }
    return out;
}

} // namespace ost
