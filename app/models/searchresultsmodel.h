#pragma once

#include "search/searchdocument.h"

#include <QAbstractListModel>

namespace ost {

// Search hits grouped under a header row per kind (Dramas, Songs, Artists, Collections).
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IsHeaderRole = Qt::UserRole + 1,
        TypeRole, // int(EntityType)
        IdRole,
        SubtitleRole,
        ScoreRole,
    };
    Q_ENUM(Role)

    explicit SearchResultsModel(QObject *parent = nullptr);

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

private:
    struct Row
    {
        bool header = false;
        SearchHit hit;
    };
    QString m_query;
    QList<Row> m_rows;
};

} // namespace ost
