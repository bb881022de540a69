#include "searchindexstore.h"

#include "core/logging.h"
#include "core/startuptrace.h"
#include "repositories/catalogrepository.h"
#include "search/searchdocumentreader.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <malloc.h>

using namespace Qt::StringLiterals;

namespace ost {

SearchIndexStore::SearchIndexStore(Database db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{ }

Result<QByteArray> SearchIndexStore::currentKey() const
{
    auto q = runQuery(m_db.connection(), u"SELECT value FROM meta WHERE key = 'search_revision'"_s);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return QByteArray();
    return (q->value(0).toString() + u'\x1f' + SearchDocumentReader::languageKey()).toUtf8();
}

Result<SearchIndexStore::Outcome> SearchIndexStore::obtain(const std::function<bool()> &keepGoing) const
{
    auto key = currentKey();
    if (!key)
        return std::unexpected(key.error());
    if (!key->isEmpty() && !m_path.isEmpty()) {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly)) {
            auto loaded = SearchIndex::load(file, *key);
            if (loaded) {
                StartupTrace::mark("search index loaded");
                auto index = std::make_shared<SearchIndex>(std::move(*loaded));
                index->search(u"a b"_s, 1); // the first query's one-time costs, here
                return Outcome { index, Origin::Loaded };
            }
            qCInfo(lcSearch) << "building the search index again:" << loaded.error().message;
        }
    }

    auto index = std::make_shared<SearchIndex>();
    auto read = SearchDocumentReader(m_db).forEach([&](const SearchDocument &d) {
        index->add(d);
        return keepGoing();
    });
    if (!read)
        return std::unexpected(read.error());
    if (!keepGoing())
        return Outcome {};
    index->finish();
    index->search(u"a b"_s, 1);
    // The build's scratch (documents read from SQLite, growing posting lists) is freed by now;
    // hand its pages back to the system rather than keep them in this thread's malloc arena.
    malloc_trim(0);
    if (!key->isEmpty() && !m_path.isEmpty()) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QSaveFile out(m_path);
        Result<void> saved = out.open(QIODevice::WriteOnly) ? index->save(out, *key)
                                                            : fail(Error::Kind::Io, out.errorString());
        if (!saved || !out.commit())
            qCWarning(lcSearch) << "cannot save the search index to" << m_path
                                << (saved ? out.errorString() : saved.error().message);
    }
    return Outcome { index, Origin::Built };
}

} // namespace ost
