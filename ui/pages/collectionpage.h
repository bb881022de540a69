#pragma once

#include "domain/collection.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace ost {

// An editorial collection in its order, each entry with our own note; entries link to
// their drama or song's drama.
class CollectionPage : public QWidget
{
    Q_OBJECT
public:
    explicit CollectionPage(QWidget *parent = nullptr);
    void showCollection(const Collection &collection);
    QString collectionId() const { return m_id; }

Q_SIGNALS:
    void dramaRequested(const QString &dramaId);
    void songRequested(const QString &songId);

private:
    QString m_id;
    QLabel *m_title;
    QTextBrowser *m_body;
};

} // namespace ost
