#pragma once

#include "core/error.h"
#include "search/searchdocument.h"
#include "storage/database.h"

#include <functional>

namespace ost {

// What the search index is built from: every artist, drama, song and collection of the library
// as a document with its weighted fields (names, titles, aliases, romanizations) and links
// (a song to its artists and dramas), and the translated subtitle shown under a hit.
class SearchDocumentReader
{
public:
    explicit SearchDocumentReader(Database db);

    Result<QList<SearchDocument>> all() const;
    // The same documents one at a time, artists first (memory stays flat at scale). sink
    // returns false to stop early (the index being built is no longer wanted).
    Result<void> forEach(const std::function<bool(const SearchDocument &)> &sink) const;
    // The translated words the documents carry (subtitles): a saved index built in another
    // language is not reused.
    static QString languageKey();

private:
    Database m_db;
};

} // namespace ost
