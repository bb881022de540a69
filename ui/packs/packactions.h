#pragma once

#include "catalog/catalogsnapshot.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace ost {

class LibraryService;

// The app's side of drama packs: choose a file, read and check it on the database thread with
// a progress dialog, show what would change, import on consent; export a selection likewise.
class PackActions : public QObject
{
    Q_OBJECT
public:
    PackActions(LibraryService *service, QWidget *window);

    void importPack(const QString &chosen = {}); // asks for a file when none was chosen
    // playlistId > 0: the dramas of that playlist (resolved on the database thread).
    void exportSelection(const CatalogSelection &selection, const QString &title, qint64 playlistId = 0);
    static bool isPack(const QString &path);

Q_SIGNALS:
    void imported(const QString &summary); // the library changed: reload views
    void message(const QString &text); // status bar

private:
    LibraryService *m_service;
    QPointer<QWidget> m_window;
};

} // namespace ost
