#pragma once

#include "searchdocument.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace ost {

// In-memory index for search-as-you-type over every drama, song, artist and collection.
// All folded texts live in one contiguous buffer so a keystroke is one substring scan
// (any substring, so one- and two-syllable Hangul queries work), then a ranking pass.
// Immutable once built: safe to query from any thread.
class SearchIndex
{
public:
    SearchIndex() = default;
    explicit SearchIndex(const QList<SearchDocument> &documents);

    // Streaming construction keeps peak memory low at 100,000 songs: documents are folded
    // as they arrive and never held as a list. Artists should come before what links to them.
    void add(const SearchDocument &document);
    void finish();

    // Best hits first; at most limitPerType of each entity type.
    QList<SearchHit> search(const QString &query, int limitPerType = 20) const;
    qsizetype documentCount() const { return m_docs.size(); }

private:
    struct Doc
    {
        EntityType type;
        QString id;
        QString title;
        QString subtitle;
    };
    struct Span
    {
        qsizetype start;
        qsizetype length;
        int doc;
        int weight;
    };
    void addText(QString &buffer, std::vector<Span> &spans, const QString &folded, int doc, int weight);
    void scan(const QString &buffer, const std::vector<Span> &spans, const QString &needle, int bonus,
              std::vector<int> &best) const;

    void propagateFromArtists(std::vector<int> &best) const;

    std::vector<Doc> m_docs;
    // For each artist document: the documents that link to it, with the link's weight.
    std::vector<std::vector<std::pair<int, int>>> m_linkedFrom;
    QHash<QString, int> m_artistDoc; // while building
    struct PendingLink
    {
        int doc;
        QString artistId;
        int weight;
    };
    std::vector<PendingLink> m_pendingLinks; // links to artists not seen yet
    QString m_text; // folded fields and their romanizations, '\1'-separated
    std::vector<Span> m_textSpans;
    QString m_initials; // initial-consonant forms of the Hangul fields
    std::vector<Span> m_initialSpans;
};

} // namespace ost
