#pragma once

#include "domain/collection.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace ost {

// An editorial collection in its order, each entry with our own note; entries link to
// their drama or song's drama.
class CollectionPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CollectionPage(QWidget *parent = nullptr);
    void showCollection(const Collection &collection);
    QString collectionId() const { return m_id; }

Q_SIGNALS:
    void dramaRequested(const QString &dramaId);
    void songRequested(const QString &songId);
    void playRequested(const QStringList &songIds, int startRow); // the collection's songs, in its order

private:
    QString m_id;
    QStringList m_songIds;
    QLabel *m_title;
    QTextBrowser *m_body;
    QPushButton *m_play;
};

} // namespace ost
