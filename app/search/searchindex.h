#pragma once

#include "core/error.h"
#include "grampostings.h"
#include "searchdocument.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>

#include <array>
#include <string_view>
#include <vector>

namespace ost {

// In-memory index for search-as-you-type over every drama, song, artist and collection.
// Any substring of a folded field matches (so one- and two-syllable Hangul queries work),
// as do its romanization and, for queries of initial consonants only, the initials of its
// Hangul. Queries are answered from gram posting lists (GramPostings); the linear scan over
// all folded text that the index replaced is kept as Method::Scan, the reference the tests
// hold the index to. Immutable once built: safe to query from any thread.
class SearchIndex
{
public:
    enum class Method { Index, Scan };

    SearchIndex() = default;
    explicit SearchIndex(const QList<SearchDocument> &documents);

    // Streaming construction keeps peak memory low at 100,000 songs: documents are folded
    // as they arrive and never held as a list. Links may name documents added later.
    void add(const SearchDocument &document);
    void finish();

    // Best hits first (the first is the "top result"); at most limitPerType of each type.
    // Equal scores are ordered by type, shorter title, title, then the order documents were
    // added, so the same hits always come in the same order.
    QList<SearchHit> search(const QString &query, int limitPerType = 20, Method method = Method::Index) const;
    qsizetype documentCount() const { return qsizetype(m_docs.size()); }

    // Saved in the cache folder (search-index.bin) and loaded back while key (the library's search revision
    // and the language of the subtitles) still matches; load() refuses a damaged or foreign file.
    static constexpr quint32 kFileVersion = 4;
    Result<void> save(QIODevice &out, const QByteArray &key) const;
    static Result<SearchIndex> load(QIODevice &in, const QByteArray &key);

    struct Stats
    {
        qsizetype documents = 0;
        qsizetype fields = 0;
        qsizetype textChars = 0;
        qsizetype grams = 0;
        qsizetype postings = 0;
        qsizetype memoryBytes = 0; // all of the below
        qsizetype documentBytes = 0; // ids, titles and subtitles shown with hits
        qsizetype textBytes = 0; // folded fields and their offsets
        qsizetype postingBytes = 0;
        qsizetype linkBytes = 0; // links and the tie order
    };
    Stats stats() const;

    // A query word of four or more characters whose rarest trigram lists fewer documents than
    // this has all of them searched at once; one with more is read best first. Tests lower it
    // to take the best-first path on a small library. Set before querying.
    static constexpr quint32 kVerifyAllBelow = 2048;
    void setVerifyAllBelow(quint32 candidates) { m_verifyAllBelow = candidates; }

    // Multi-word queries use at most this many distinct words; more only narrow further.
    static constexpr int kMaxWords = 8;

private:
    // A document's id and title live in m_strings as UTF-8, one after the other: a QString each
    // would cost three allocations per document (37 MiB at 100,000 songs). Its subtitle follows
    // them as varint numbers of pieces: subtitles are lists of names ("Kim Minjun, Lee Seoyeon ·
    // Goblin") that repeat from song to song, so each name and separator is kept once in m_pieces.
    struct Doc
    {
        quint32 offset = 0;
        quint16 idBytes = 0;
        quint16 titleBytes = 0;
        quint16 subtitleBytes = 0; // of piece numbers
        quint8 type = 0; // EntityType
    };
    static EntityType typeOf(const Doc &d) { return EntityType(d.type); }
    QString docId(const Doc &d) const
    {
        return QString::fromUtf8(m_strings.constData() + d.offset, d.idBytes);
    }
    QString docTitle(const Doc &d) const
    {
        return QString::fromUtf8(m_strings.constData() + d.offset + d.idBytes, d.titleBytes);
    }
    QString docSubtitle(const Doc &d) const;
    std::string_view titleBytes(const Doc &d) const
    {
        return std::string_view(m_strings.constData() + d.offset + d.idBytes, d.titleBytes);
    }
    quint16 appendString(const QString &text);
    quint16 appendSubtitle(const QString &text);
    // Every piece number in the subtitles is below pieceCount: what load() checks.
    bool subtitlesValid() const;
    // Folded fields of every document in UTF-8 (half the size of UTF-16 for Latin text, and
    // searched with memchr), '\1'-separated, with posting lists over them. Folded text has no
    // surrogates, so a byte match is a character match.
    struct Text
    {
        QByteArray bytes;
        std::vector<quint8> spanWeight; // per field
        std::vector<quint32> docFirstSpan; // per document + a sentinel after finish(): its first field
        std::vector<quint32> docStart; // per document + a sentinel after finish(): its first byte
        GramPostings grams;
        // Every field of four or more characters as hash << 32 | document, sorted: the
        // documents where a long needle is a whole field (derived, not saved).
        std::vector<quint64> wholeFields;

        void beginDocument(); // documents in order: the next one's fields follow
        void addField(const QString &folded, int weight);
        void finish();
        void indexWholeFields();
        static quint32 fieldHash(std::string_view utf8);
        // The gram lists of minGram to maxGram characters over the finished text.
        GramPostings buildGrams(int minGram, int maxGram, const std::vector<quint8> &types) const;
        // The document's fields, each followed by '\1' (folded text holds letters and digits only).
        std::string_view documentBytes(quint32 doc) const
        {
            return std::string_view(bytes.constData() + docStart[doc], docStart[doc + 1] - docStart[doc]);
        }
        static qsizetype characters(std::string_view utf8); // UTF-16 length, as scores count
        qsizetype memoryBytes() const;
        bool save(QIODevice &out) const;
        bool load(QIODevice &in, const std::vector<quint8> &types);
    };
    // Best score per document for one query, and which documents have one.
    // The dense array and the list come from a small per-thread pool and go back cleared, so
    // a keystroke neither allocates nor zeroes a document-sized array.
    // With a filter, only documents whose byte in it is set are scored (the later words of a
    // multi-word query only need the documents every earlier word matched, and the sources
    // of links into them).
    struct Scores
    {
        explicit Scores(size_t documents, const std::vector<quint8> *only = nullptr);
        ~Scores();
        Q_DISABLE_COPY_MOVE(Scores)
        bool wanted(quint32 doc) const { return !filter || (*filter)[doc]; }
        void clear()
        {
            for (const quint32 doc : touched)
                best[doc] = 0;
            touched.clear();
        }
        void raise(quint32 doc, int score)
        {
            if (score <= best[doc] || !wanted(doc))
                return;
            if (best[doc] <= 0)
                touched.push_back(doc);
            best[doc] = score;
        }
        std::vector<int> best;
        std::vector<quint32> touched;
        const std::vector<quint8> *filter = nullptr;
    };
    // How many documents a word's rarest gram list holds: multi-word queries start from the
    // rarest word.
    quint32 estimate(const Text &text, const QString &word) const;
    void indexSources();
    void match(const Text &text, const QString &needle, int bonus, Method method, Scores &best) const;
    void matchByIndex(const Text &text, const QString &needle, int bonus, Scores &best) const;
    // A single-word query read best score first, hits passed along links as they come,
    // stopping once every type has limitPerType hits that nothing still unread can beat.
    // A needle of up to three characters is one scored list; a longer one is read through
    // the list of its first trigram, whose score bounds the needle's (see matchBestFirst), and
    // each document read is searched for the whole needle. False: not such a query.
    struct Needle
    {
        const Text *text;
        QString folded;
        int bonus; // added to every score (the romanization of a Hangul query: -30)
    };
    // Several words ("guardian lonely") read best first: the rarest word is the needle, and each
    // document it brings up (or passes its hit on to) is scored for every word, as the search
    // without lists kept by score would score it; whole holds the hits of the words written
    // together. False: the rarest word lists too few documents for this to pay.
    struct Word
    {
        const Text *text;
        QByteArray utf8;
        qsizetype length;
    };
    static constexpr int kTypes = GramPostings::kTypes;
    struct Words
    {
        std::vector<Word> words;
        const Scores &whole;
        std::array<int, kTypes> cap; // per type: no document scores more for every word
        size_t budget; // documents scored one by one before the full match is cheaper
    };
    // Scoring a document for a word takes about as long as reading this many entries of a list.
    static constexpr size_t kScoreEachBelow = 64;
    // Per type, the most a word can score in a document of that type (for a word of four or
    // more characters, a bound).
    std::array<int, kTypes> mostScored(const Text &text, const QString &word) const;
    bool matchBestFirst(const std::vector<Needle> &needles, int limitPerType, Scores &best,
                        const Words *words = nullptr) const;
    bool matchWordsBestFirst(const QString &needle, const QStringList &words, int limitPerType,
                             Scores &best) const;
    // A word's score in a document: found in its own fields, or passed on by an artist or drama
    // linked to it. wordsScore: the least of every word's, less 20; 0 if one is missing.
    int wordScore(const Word &word, quint32 doc) const;
    int wordsScore(const Words &words, quint32 doc) const;
    const Text &textOf(const QString &word) const;
    // The documents in every one of lists (a needle's trigram lists, rarest first), in document
    // order; from kBitmapFrom documents on, intersected as bitmaps.
    static constexpr quint32 kBitmapFrom = 4096;
    static std::vector<quint32> candidates(const std::vector<GramPostings::List> &lists, size_t documents);
    // The distinct lists of the needle's trigrams, fewest documents first; none when one is empty.
    static std::vector<GramPostings::List> trigramLists(const Text &text, const QString &needle);
    void matchByScan(const Text &text, const QString &needle, int bonus, Scores &best) const;
    // Scores one document's fields for the needle in UTF-8.
    static void matchDocument(const Text &text, quint32 doc, std::string_view wanted, qsizetype needleLength,
                              int bonus, Scores &best);
    // The best score of the needle in the document's fields; 0 where it is not found.
    static int scoreDocument(const Text &text, quint32 doc, std::string_view wanted, qsizetype needleLength);
    void propagate(Scores &scores) const;
    QList<SearchHit> rank(const Scores &scores, int limitPerType) const;

    std::vector<Doc> m_docs;
    QByteArray m_strings;
    QByteArray m_pieces; // subtitle pieces in UTF-8, one after the other
    std::vector<quint32> m_pieceStart; // + a sentinel
    QHash<QByteArray, quint32> m_pieceNumbers; // while building
    // Position of each document in (type, title length, title, order added): how equal
    // scores are ordered, computed once so ranking never compares titles.
    std::vector<quint32> m_tieOrder;
    Text m_text; // folded fields and their romanizations
    Text m_initials; // initial-consonant forms of the Hangul fields

    // Links in compressed rows: the documents that match when document d matches are
    // m_linkTarget[m_linkFirst[d] .. m_linkFirst[d + 1]), each ranked with its link's weight.
    std::vector<quint32> m_linkFirst;
    std::vector<quint32> m_linkTarget;
    std::vector<quint8> m_linkWeight;
    std::vector<quint32> m_sources; // documents with links out (derived, not saved)
    // The links into document d are m_linkTarget[m_reverseLink[m_reverseFirst[d] ..
    // m_reverseFirst[d + 1])] (derived, not saved); a link's source is found in m_linkFirst.
    std::vector<quint32> m_reverseFirst;
    std::vector<quint32> m_reverseLink;
    std::vector<quint8> m_types; // each document's EntityType (derived, not saved)
    quint32 m_verifyAllBelow = kVerifyAllBelow;
    quint8 m_receivingTypes = 0; // bit per EntityType that links point to (derived)

    struct PendingLink
    {
        quint32 doc;
        int weight;
        EntityType type; // of the document linked to
        QString id;
    };
    std::vector<PendingLink> m_pendingLinks; // while building
};

} // namespace ost
