#pragma once

#include <QHash>
#include <QIODevice>
#include <QStringView>
#include <QtTypes>

#include <algorithm>
#include <array>
#include <vector>

namespace ost {

// Posting lists of the one-, two- and three-character substrings ("grams") of folded text,
// per document: which documents contain a gram and, for grams of up to kMaxScoredGram (three)
// characters, the best score a query equal to that gram earns in each (known at build time:
// field weight, prefix or whole-field bonus, length bonus). A query of up to three characters
// is answered from one list without touching the text; a longer one takes its candidates from
// the intersection of its trigrams' lists and is then looked for in those documents' text.
//
// Lists are delta-coded varints, all in one byte array, so the index stays a few bytes per
// (gram, document) pair. In a scored list the delta's lowest bit says "same score as the entry
// before" (scores repeat: long titles all earn their field's weight), else a score byte follows.
// A scored list of kOrderedMin or more documents is kept by type and score instead
// ("ordered"): per type how many documents and bytes it holds, then per type and per score,
// best first, the score, how many documents earn it and their delta-coded numbers. A query of one to three
// characters then reads it best first and stops once nothing further down can enter the results.
class GramPostings
{
public:
    static constexpr int kMaxGram = 3;
    static constexpr int kMaxScoredGram = 3;
    static constexpr quint32 kOrderedMin = 256;
    static constexpr int kTypes = 4; // EntityType

    struct List
    {
        const quint8 *data = nullptr;
        quint32 count = 0;
        bool scored = false;
        bool ordered = false; // kept by score (see above)
    };
    // Whether a list is kept by score: scored and at least kOrderedMin long.
    static bool keptByScore(quint32 count, bool scored) { return scored && count >= kOrderedMin; }

    // Varints of a list checked at load; readVarintWithin is for bytes not checked yet (false:
    // the varint runs past end or over 32 bits).
    static quint32 readVarint(const quint8 *&p)
    {
        quint32 v = 0;
        int shift = 0;
        while (*p & 0x80) {
            v |= quint32(*p++ & 0x7f) << shift;
            shift += 7;
        }
        return v | quint32(*p++) << shift;
    }
    static bool readVarintWithin(const quint8 *&p, const quint8 *end, quint32 &v)
    {
        quint64 value = 0;
        for (int shift = 0; p < end && shift < 35; shift += 7) {
            const quint8 byte = *p++;
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                v = quint32(value);
                return value <= 0xFFFFFFFFull;
            }
        }
        return false;
    }
    static void putVarint(std::vector<quint8> &out, quint32 v)
    {
        while (v >= 0x80) {
            out.push_back(quint8(v | 0x80));
            v >>= 7;
        }
        out.push_back(quint8(v));
    }

    // An ordered list holds one section per type: its documents of that type, by score.
    struct Section
    {
        const quint8 *data = nullptr; // levels: score byte, count, delta-coded documents
        quint32 count = 0;
    };
    static std::array<Section, kTypes> sections(List list)
    {
        std::array<Section, kTypes> out {};
        std::array<quint32, kTypes> bytes {};
        const quint8 *p = list.data;
        for (int t = 0; t < kTypes; ++t) {
            out[size_t(t)].count = readVarint(p);
            bytes[size_t(t)] = readVarint(p);
        }
        for (int t = 0; t < kTypes; ++t) {
            out[size_t(t)].data = p;
            p += bytes[size_t(t)];
        }
        return out;
    }
    template<typename F> static void forEachIn(Section section, F &&f) // f(doc, score)
    {
        const quint8 *p = section.data;
        for (quint32 i = 0; i < section.count;) {
            const int score = *p++;
            const quint32 n = readVarint(p);
            quint32 doc = 0;
            for (quint32 j = 0; j < n; ++j) {
                doc += readVarint(p);
                f(doc, score);
            }
            i += n;
        }
    }

    // Building: documents in increasing order; add every field of a document between
    // beginDocument() and the next beginDocument() or finish(). Only grams of minGram to
    // maxGram characters are kept, so two threads can each build a share of the lengths and
    // the shares be joined with append().
    // types: each document's EntityType, for the ordered lists' counts (none: no ordered lists).
    explicit GramPostings(int minGram = 1, int maxGram = kMaxGram, const std::vector<quint8> *types = nullptr)
        : m_minGram(minGram)
        , m_maxGram(maxGram)
        , m_types(types)
    { }
    void beginDocument(quint32 doc);
    void addField(QStringView folded, int weight);
    void finish();

    // Joins the lists of longer grams built by another object (both finished).
    void append(GramPostings &&longer);

    List find(QStringView gram) const;

    template<typename F> static void forEach(List list, F &&f) // f(doc, score); score is 0 where not scored
    {
        if (list.ordered) { // by type, then by score, best first
            for (const Section &section : sections(list))
                forEachIn(section, f);
            return;
        }
        const quint8 *p = list.data;
        quint32 doc = 0;
        int score = 0;
        for (quint32 i = 0; i < list.count; ++i) {
            const quint32 v = readVarint(p);
            if (list.scored) {
                doc += v >> 1;
                if (!(v & 1)) // else: the same score as the entry before
                    score = *p++;
            } else {
                doc += v;
            }
            f(doc, score);
        }
    }
    static std::vector<quint32> documents(List list); // in the list's order
    // The documents of candidates that are also in list, appended to out (in the list's order).
    static void intersect(List list, const std::vector<quint32> &candidates, std::vector<quint32> &out);

    // The score of a field for a query equal to one of its grams (or any substring: the same
    // formula the linear scan uses).
    static int fieldScore(int weight, qsizetype fieldLength, qsizetype needleLength, bool atStart)
    {
        int score = weight;
        if (atStart)
            score += needleLength == fieldLength ? 60 : 30; // whole field, then prefix
        // Shorter fields are more specific matches.
        return score + int(std::max<qsizetype>(0, 20 - (fieldLength - needleLength)));
    }

    // Saving and loading (SearchIndex::save/load). load() checks that every list decodes
    // within its bytes to documents below documentCount, so a damaged file is refused.
    bool save(QIODevice &out) const;
    bool load(QIODevice &in, const std::vector<quint8> &types); // types: as for the constructor

    qsizetype gramCount() const { return qsizetype(m_keys.size()); }
    qsizetype entryCount() const { return m_entries; }
    qsizetype memoryBytes() const;

private:
    static quint64 key(QStringView gram);
    void flushDocument();
    std::vector<quint8> ordered(const std::vector<quint8> &docOrdered, quint32 count) const;
    static bool validOrdered(const quint8 *p, const quint8 *end, quint32 count,
                             const std::vector<quint8> &types);

    struct Builder
    {
        std::vector<quint8> bytes;
        quint32 lastDoc = 0;
        quint32 count = 0;
        int lastScore = -1;
    };
    struct Key
    {
        quint64 key;
        quint32 offset;
        quint32 count;
    };
    QHash<quint64, Builder> m_building; // open addressing: one probe per (gram, document) pair
    std::vector<quint64> m_current; // grams of the current document: key << 8 | 255 - score
    quint32 m_doc = 0;
    bool m_open = false;
    int m_minGram = 1;
    int m_maxGram = kMaxGram;
    const std::vector<quint8> *m_types = nullptr;

    std::vector<quint8> m_bytes;
    std::vector<Key> m_keys; // sorted by key
    qsizetype m_entries = 0;
};

} // namespace ost
