#pragma once

#include "domain/song.h"

#include <QObject>

class QMenu;
class QPoint;
class QWidget;

namespace ost {

class LibraryService;

// The editing actions of the library, for menus and drops: edit a drama, merge two dramas
// (also by dropping one poster on another), move a song to another drama or to other music,
// and say that the album of a song is not a drama. Each becomes one undoable command.
class LibraryEditActions final : public QObject
{
    Q_OBJECT
public:
    LibraryEditActions(LibraryService *service, QWidget *window);

    // A poster's context menu: open, favorite, poster image, then the edit actions.
    void showDramaMenu(const QString &dramaId, bool favorite, const QPoint &globalPos);
    void addDramaActions(QMenu *menu, const QString &dramaId);
    void addSongActions(QMenu *menu, const ost::Song &song, int part);

    void editDrama(const QString &dramaId);
    void chooseMergeTarget(const QString &fromId);
    void confirmMerge(const QString &fromId, const QString &intoId);
    void chooseSongDrama(const QString &songId, const QString &songTitle);
    void editSong(const ost::Song &song, int part);
    void chooseAlbumDrama(const QString &songId, const QString &songTitle);

Q_SIGNALS:
    void dramaOpenRequested(const QString &dramaId);

private:
    QList<std::pair<QString, QString>> dramaChoices(const QString &except) const; // id, "Title (한글) 2016"
    QString titleOf(const QString &dramaId) const;

    LibraryService *m_service;
    QWidget *m_window;
};

} // namespace ost
