#pragma once

#include "search/searchdocument.h"

#include <QAbstractListModel>

namespace ost {

// Search hits as the popup shows them: the best hit under "Top result", then the others
// grouped under a header row per kind (Dramas, Songs, Artists, Collections), each group in
// the order the index ranked them.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IsHeaderRole = Qt::UserRole + 1,
        TypeRole, // int(EntityType)
        IdRole,
        SubtitleRole,
        ScoreRole,
        IsTopResultRole,
    };
    Q_ENUM(Role)

    explicit SearchResultsModel(QObject *parent = nullptr);

    // hits best first, as SearchIndex::search returns them.
    void setResults(const QString &query, const QList<SearchHit> &hits);
    QString query() const { return m_query; }
    int hitCount() const;
    int firstHitRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Song hits drag onto the queue and playlists like track rows; other hits do not drag.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    static QString groupTitle(EntityType type);
    static QString kindName(EntityType type); // singular: "Drama"

private:
    struct Row
    {
        bool header = false;
        SearchHit hit;
        bool top = false;
    };
    QString m_query;
    QList<Row> m_rows;
};

} // namespace ost
