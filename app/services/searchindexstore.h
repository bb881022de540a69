#pragma once

#include "core/error.h"
#include "search/searchindex.h"
#include "storage/database.h"

#include <QString>

#include <functional>
#include <memory>

namespace ost {

// The search index of a library: loaded from the file saved in the cache folder (search-index.bin) while the
// library's search revision (a token every change to a searched table renews, schema 6) and the language of
// the subtitles are those it was built from; otherwise built from the database and saved for the next start.
// Runs on the calling thread, with that thread's connection.
class SearchIndexStore
{
public:
    enum class Origin { Loaded, Built };
    struct Outcome
    {
        std::shared_ptr<const SearchIndex> index; // null when the build was abandoned
        Origin origin = Origin::Built;
    };

    SearchIndexStore(Database db, QString path);

    // keepGoing is asked between documents; a build stops when it says no.
    Result<Outcome> obtain(const std::function<bool()> &keepGoing) const;
    // What the saved file must carry to be used: empty when the library has no revision.
    Result<QByteArray> currentKey() const;

private:
    Database m_db;
    QString m_path;
};

} // namespace ost
