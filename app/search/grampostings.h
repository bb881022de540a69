#pragma once

#include <QHash>
#include <QIODevice>
#include <QStringView>
#include <QtTypes>

#include <algorithm>
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
class GramPostings
{
public:
    static constexpr int kMaxGram = 3;
    static constexpr int kMaxScoredGram = 3;

    struct List
    {
        const quint8 *data = nullptr;
        quint32 count = 0;
        bool scored = false;
    };

    // Building: documents in increasing order; add every field of a document between
    // beginDocument() and the next beginDocument() or finish(). Only grams of minGram to
    // maxGram characters are kept, so two threads can each build a share of the lengths and
    // the shares be joined with append().
    explicit GramPostings(int minGram = 1, int maxGram = kMaxGram)
        : m_minGram(minGram)
        , m_maxGram(maxGram)
    { }
    void beginDocument(quint32 doc);
    void addField(QStringView folded, int weight);
    void finish();

    // Joins the lists of longer grams built by another object (both finished).
    void append(GramPostings &&longer);

    List find(QStringView gram) const;

    template<typename F> static void forEach(List list, F &&f) // f(doc, score); score is 0 where not scored
    {
        const quint8 *p = list.data;
        quint32 doc = 0;
        int score = 0;
        for (quint32 i = 0; i < list.count; ++i) {
            quint32 v = 0;
            int shift = 0;
            while (*p & 0x80) {
                v |= quint32(*p++ & 0x7f) << shift;
                shift += 7;
            }
            v |= quint32(*p++) << shift;
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
    static std::vector<quint32> documents(List list);
    // The documents of sorted that are also in list, in order, appended to out.
    static void intersect(List list, const std::vector<quint32> &sorted, std::vector<quint32> &out);

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
    bool load(QIODevice &in, quint32 documentCount);

    qsizetype gramCount() const { return qsizetype(m_keys.size()); }
    qsizetype entryCount() const { return m_entries; }
    qsizetype memoryBytes() const;

private:
    static quint64 key(QStringView gram);
    void flushDocument();

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

    std::vector<quint8> m_bytes;
    std::vector<Key> m_keys; // sorted by key
    qsizetype m_entries = 0;
};

} // namespace ost
