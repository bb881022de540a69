#include "grampostings.h"

#include "binaryio.h"

#include <algorithm>

namespace ost {

quint64 GramPostings::key(QStringView gram)
{
    quint64 k = quint64(gram.size()) << 48;
    for (qsizetype i = 0; i < gram.size(); ++i)
        k |= quint64(gram[i].unicode()) << (16 * i);
    return k;
}

void GramPostings::beginDocument(quint32 doc)
{
    flushDocument();
    m_doc = doc;
    m_open = true;
}

void GramPostings::addField(QStringView folded, int weight)
{
    // Each entry is one integer, gram key above the score, the score stored as 255 - score so
    // that sorting ascending puts a gram's best score first (integers sort twice as fast as pairs).
    const qsizetype len = folded.size();
    for (int n = m_minGram; n <= m_maxGram; ++n)
        for (qsizetype p = 0; p + n <= len; ++p) {
            const int score
                = n <= kMaxScoredGram ? std::clamp(fieldScore(weight, len, n, p == 0), 0, 255) : 0;
            m_current.push_back(key(folded.sliced(p, n)) << 8 | quint64(255 - score));
        }
}

void GramPostings::flushDocument()
{
    if (!m_open)
        return;
    // Each gram once, with its best score.
    std::sort(m_current.begin(), m_current.end());
    quint64 previous = ~quint64(0);
    for (const quint64 entry : m_current) {
        const quint64 k = entry >> 8;
        if (k == previous)
            continue;
        previous = k;
        const int byte = 255 - int(entry & 0xff);
        Builder &b = m_building[k];
        const bool scored = int(k >> 48) <= kMaxScoredGram;
        const bool same = scored && byte == b.lastScore;
        quint32 v = scored ? ((m_doc - b.lastDoc) << 1) | (same ? 1 : 0) : m_doc - b.lastDoc;
        while (v >= 0x80) {
            b.bytes.push_back(quint8(v | 0x80));
            v >>= 7;
        }
        b.bytes.push_back(quint8(v));
        if (scored && !same) {
            b.bytes.push_back(quint8(byte));
            b.lastScore = byte;
        }
        b.lastDoc = m_doc;
        ++b.count;
    }
    m_current.clear();
    m_open = false;
}

void GramPostings::finish()
{
    flushDocument();
    m_current = {};
    size_t total = 0;
    for (const Builder &b : std::as_const(m_building))
        total += b.bytes.size();
    m_bytes.resize(total);
    m_keys.reserve(m_building.size());
    size_t offset = 0;
    for (auto it = m_building.begin(); it != m_building.end();
         it = m_building.erase(it)) { // memory back as we go
        const Builder &b = it.value();
        m_keys.push_back(Key { it.key(), quint32(offset), b.count });
        std::copy(b.bytes.begin(), b.bytes.end(), m_bytes.begin() + qsizetype(offset));
        offset += b.bytes.size();
        m_entries += b.count;
    }
    std::sort(m_keys.begin(), m_keys.end(), [](const Key &a, const Key &b) { return a.key < b.key; });
    m_building = {};
}

void GramPostings::append(GramPostings &&longer)
{
    // Keys begin with the gram's length, so every key of longer grams sorts after ours.
    Q_ASSERT(m_keys.empty() || longer.m_keys.empty() || m_keys.back().key < longer.m_keys.front().key);
    const auto shift = quint32(m_bytes.size());
    std::vector<quint8> bytes;
    bytes.reserve(m_bytes.size() + longer.m_bytes.size()); // exactly: no room to grow is left over
    bytes.insert(bytes.end(), m_bytes.begin(), m_bytes.end());
    m_bytes = {};
    bytes.insert(bytes.end(), longer.m_bytes.begin(), longer.m_bytes.end());
    longer.m_bytes = {};
    m_bytes = std::move(bytes);
    m_keys.reserve(m_keys.size() + longer.m_keys.size());
    for (Key k : longer.m_keys) {
        k.offset += shift;
        m_keys.push_back(k);
    }
    m_entries += longer.m_entries;
    m_maxGram = std::max(m_maxGram, longer.m_maxGram);
    longer = GramPostings();
}

GramPostings::List GramPostings::find(QStringView gram) const
{
    if (gram.isEmpty() || gram.size() > kMaxGram)
        return {};
    const quint64 k = key(gram);
    auto it = std::lower_bound(m_keys.begin(), m_keys.end(), k,
                               [](const Key &a, quint64 b) { return a.key < b; });
    if (it == m_keys.end() || it->key != k)
        return {};
    return List { m_bytes.data() + it->offset, it->count, gram.size() <= kMaxScoredGram };
}

std::vector<quint32> GramPostings::documents(List list)
{
    std::vector<quint32> out;
    out.reserve(list.count);
    forEach(list, [&out](quint32 doc, int) { out.push_back(doc); });
    return out;
}

void GramPostings::intersect(List list, const std::vector<quint32> &sorted, std::vector<quint32> &out)
{
    auto it = sorted.begin();
    forEach(list, [&](quint32 doc, int) {
        while (it != sorted.end() && *it < doc)
            ++it;
        if (it != sorted.end() && *it == doc)
            out.push_back(doc);
    });
}

bool GramPostings::save(QIODevice &out) const
{
    const quint64 entries = quint64(m_entries);
    return binaryio::write(out, m_bytes) && binaryio::write(out, m_keys)
        && out.write(reinterpret_cast<const char *>(&entries), sizeof entries) == sizeof entries;
}

bool GramPostings::load(QIODevice &in, quint32 documentCount)
{
    quint64 entries = 0;
    if (!binaryio::read(in, m_bytes) || !binaryio::read(in, m_keys)
        || in.read(reinterpret_cast<char *>(&entries), sizeof entries) != sizeof entries)
        return false;
    m_entries = qsizetype(entries);
    quint64 total = 0;
    for (size_t i = 0; i < m_keys.size(); ++i) {
        const Key &k = m_keys[i];
        const int n = int(k.key >> 48);
        if (n < 1 || n > kMaxGram || (i > 0 && m_keys[i - 1].key >= k.key) || k.offset > m_bytes.size())
            return false;
        // Walk the list within the bytes it may use: up to the next list's start.
        const quint8 *p = m_bytes.data() + k.offset;
        const quint8 *end = m_bytes.data() + m_bytes.size();
        const bool scored = n <= kMaxScoredGram;
        quint64 doc = 0;
        for (quint32 e = 0; e < k.count; ++e) {
            quint64 v = 0;
            int shift = 0;
            while (p < end && (*p & 0x80) && shift < 35) {
                v |= quint64(*p++ & 0x7f) << shift;
                shift += 7;
            }
            if (p >= end || shift >= 35)
                return false;
            v |= quint64(*p++) << shift;
            if (v > 0xFFFFFFFFull) // the decoder adds 32-bit deltas
                return false;
            const bool sameScore = scored && (v & 1);
            doc += scored ? v >> 1 : v;
            if (doc >= documentCount || (scored && e == 0 && sameScore)
                || (scored && !sameScore && p++ >= end))
                return false;
        }
        total += k.count;
    }
    return total == entries;
}

qsizetype GramPostings::memoryBytes() const
{
    return qsizetype(m_bytes.capacity() + m_keys.capacity() * sizeof(Key));
}

} // namespace ost
