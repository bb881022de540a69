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
        putVarint(b.bytes, scored ? ((m_doc - b.lastDoc) << 1) | (same ? 1 : 0) : m_doc - b.lastDoc);
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
    for (auto it = m_building.begin(); it != m_building.end(); ++it) {
        Builder &b = it.value();
        if (keptByScore(b.count, int(it.key() >> 48) <= kMaxScoredGram))
            b.bytes = ordered(b.bytes, b.count);
        total += b.bytes.size();
    }
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

std::vector<quint8> GramPostings::ordered(const std::vector<quint8> &docOrdered, quint32 count) const
{
    // Type, then score descending, then document ascending: one integer per entry sorts fastest.
    std::vector<quint64> entries;
    entries.reserve(count);
    forEach(List { docOrdered.data(), count, true, false }, [&](quint32 doc, int score) {
        const quint64 type = m_types && doc < m_types->size() ? (*m_types)[doc] % kTypes : 0;
        entries.push_back(type << 40 | quint64(255 - score) << 32 | doc);
    });
    std::sort(entries.begin(), entries.end());
    std::array<std::vector<quint8>, kTypes> section;
    std::array<quint32, kTypes> counts {};
    for (size_t i = 0; i < entries.size();) {
        const quint64 level = entries[i] >> 32;
        const auto type = size_t(level >> 8);
        size_t j = i;
        while (j < entries.size() && entries[j] >> 32 == level)
            ++j;
        std::vector<quint8> &out = section[type];
        out.push_back(quint8(255 - (level & 0xff)));
        putVarint(out, quint32(j - i));
        quint32 previous = 0;
        for (size_t k = i; k < j; ++k) {
            const auto doc = quint32(entries[k]);
            putVarint(out, doc - previous);
            previous = doc;
        }
        counts[type] += quint32(j - i);
        i = j;
    }
    std::vector<quint8> out;
    for (int t = 0; t < kTypes; ++t) {
        putVarint(out, counts[size_t(t)]);
        putVarint(out, quint32(section[size_t(t)].size()));
    }
    for (const auto &bytes : section)
        out.insert(out.end(), bytes.begin(), bytes.end());
    out.shrink_to_fit();
    return out;
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
    const bool scored = gram.size() <= kMaxScoredGram;
    return List { m_bytes.data() + it->offset, it->count, scored, keptByScore(it->count, scored) };
}

std::vector<quint32> GramPostings::documents(List list)
{
    std::vector<quint32> out;
    out.reserve(list.count);
    forEach(list, [&out](quint32 doc, int) { out.push_back(doc); });
    return out;
}

void GramPostings::intersect(List list, const std::vector<quint32> &candidates, std::vector<quint32> &out)
{
    // Ordered lists are not by document: the candidates are marked in a byte per document.
    thread_local std::vector<quint8> marks;
    if (candidates.empty())
        return;
    const quint32 largest = *std::max_element(candidates.begin(), candidates.end());
    if (marks.size() <= largest)
        marks.resize(size_t(largest) + 1, 0);
    for (const quint32 doc : candidates)
        marks[doc] = 1;
    forEach(list, [&](quint32 doc, int) {
        if (doc <= largest && marks[doc])
            out.push_back(doc);
    });
    for (const quint32 doc : candidates)
        marks[doc] = 0;
}

bool GramPostings::save(QIODevice &out) const
{
    const quint64 entries = quint64(m_entries);
    return binaryio::write(out, m_bytes) && binaryio::write(out, m_keys)
        && out.write(reinterpret_cast<const char *>(&entries), sizeof entries) == sizeof entries;
}

bool GramPostings::validOrdered(const quint8 *p, const quint8 *end, quint32 count,
                                const std::vector<quint8> &types)
{
    const auto varint = [&p, &end](quint32 &v) { return readVarintWithin(p, end, v); };
    std::array<quint32, kTypes> counts {}, bytes {};
    quint64 sum = 0;
    for (int t = 0; t < kTypes; ++t) {
        if (!varint(counts[size_t(t)]) || !varint(bytes[size_t(t)]))
            return false;
        sum += counts[size_t(t)];
    }
    if (sum != count)
        return false;
    const quint8 *const listEnd = end;
    for (int t = 0; t < kTypes; ++t) {
        if (quint64(listEnd - p) < bytes[size_t(t)])
            return false;
        end = p + bytes[size_t(t)]; // the section's own bytes
        int lastScore = 256;
        for (quint32 i = 0; i < counts[size_t(t)];) {
            if (p >= end)
                return false;
            const int score = *p++;
            quint32 n = 0;
            if (score >= lastScore || !varint(n) || n == 0 || n > counts[size_t(t)] - i)
                return false;
            lastScore = score;
            quint64 doc = 0;
            for (quint32 j = 0; j < n; ++j) {
                quint32 delta = 0;
                if (!varint(delta) || (j > 0 && delta == 0))
                    return false;
                doc += delta;
                if (doc >= types.size() || types[size_t(doc)] != t)
                    return false;
            }
            i += n;
        }
        if (p != end)
            return false;
    }
    return true;
}

bool GramPostings::load(QIODevice &in, const std::vector<quint8> &types)
{
    const auto documentCount = quint32(types.size());
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
        if (keptByScore(k.count, scored)) {
            if (!validOrdered(p, end, k.count, types))
                return false;
            total += k.count;
            continue;
        }
        quint64 doc = 0;
        for (quint32 e = 0; e < k.count; ++e) {
            quint32 v = 0;
            if (!readVarintWithin(p, end, v)) // the decoder adds 32-bit deltas
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
