#include "searchresultsmodel.h"

#include "songmime.h"

namespace ost {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

QString SearchResultsModel::groupTitle(EntityType type)
{
    switch (type) {
    case EntityType::Drama: return tr("Dramas");
    case EntityType::Song: return tr("Songs");
    case EntityType::Artist: return tr("Artists");
    case EntityType::Collection: return tr("Collections");
    }
    return {};
}

QString SearchResultsModel::kindName(EntityType type)
{
    switch (type) {
    case EntityType::Drama: return tr("Drama");
    case EntityType::Song: return tr("Song");
    case EntityType::Artist: return tr("Artist");
    case EntityType::Collection: return tr("Collection");
    }
    return {};
}

void SearchResultsModel::setResults(const QString &query, const QList<SearchHit> &hits)
{
    beginResetModel();
    m_query = query;
    m_rows.clear();
    if (!hits.isEmpty()) {
        m_rows << Row { true, SearchHit { hits.first().type, {}, tr("Top result"), {}, 0 }, true };
        m_rows << Row { false, hits.first(), true };
    }
    for (EntityType t : { EntityType::Drama, EntityType::Song, EntityType::Artist, EntityType::Collection }) {
        bool first = true;
        for (qsizetype i = 1; i < hits.size(); ++i) {
            const SearchHit &h = hits.at(i);
            if (h.type != t)
                continue;
            if (first)
                m_rows << Row { true, SearchHit { t, {}, groupTitle(t), {}, 0 } };
            first = false;
            m_rows << Row { false, h };
        }
    }
    endResetModel();
}

int SearchResultsModel::hitCount() const
{
    int n = 0;
    for (const auto &r : m_rows)
        n += r.header ? 0 : 1;
    return n;
}

int SearchResultsModel::firstHitRow() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (!m_rows[i].header)
            return i;
    return -1;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return r.hit.title;
    case Qt::ToolTipRole:
    case SubtitleRole:
        // The top result says what kind of thing it is; an artist's subtitle already does.
        if (r.top && !r.header && r.hit.type != EntityType::Artist)
            return r.hit.subtitle.isEmpty() ? kindName(r.hit.type)
                                            : kindName(r.hit.type) + u" · " + r.hit.subtitle;
        return r.hit.subtitle;
    case IsTopResultRole: return r.top;
    case Qt::AccessibleTextRole:
        return r.header ? r.hit.title
                        : (r.top ? tr("Top result") : groupTitle(r.hit.type)) + u": " + r.hit.title;
    case IsHeaderRole: return r.header;
    case TypeRole: return int(r.hit.type);
    case IdRole: return r.hit.id;
    case ScoreRole: return r.hit.score;
    default: return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Row &row = m_rows.at(index.row());
    if (row.header)
        return Qt::ItemIsEnabled;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return row.hit.type == EntityType::Song ? f | Qt::ItemIsDragEnabled : f;
}

QStringList SearchResultsModel::mimeTypes() const
{
    return { QString::fromLatin1(SongMime::kSongIds) };
}

QMimeData *SearchResultsModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const int r : SongMime::rows(indexes)) {
        const Row &row = m_rows.at(r);
        if (!row.header && row.hit.type == EntityType::Song)
            ids << row.hit.id;
    }
    return ids.isEmpty() ? nullptr : SongMime::create(ids);
}

Qt::DropActions SearchResultsModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace ost
