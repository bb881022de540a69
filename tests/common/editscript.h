#pragma once

// A deterministic stream of playlist and favorite edits for the crash-safety test: step n
// always yields the same edit for the same state, so the test can replay what the killed
// process acknowledged and compare it with what the database kept.
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ost::test {

struct EditState
{
    QMap<QString, QStringList> playlists; // live playlists by name
    QSet<QString> favorites;
    bool operator==(const EditState &) const = default;
};

struct Edit
{
    enum Kind { Create, Add, Remove, Move, Rename, Delete, Favorite, Unfavorite } kind = Create;
    QString playlist;
    QString newName;
    QStringList songs;
    int from = 0, to = 0;
};

inline Edit editFor(int step, const EditState &s, const QStringList &songs)
{
    QRandomGenerator rng(quint32(step) * 2654435761u + 17u);
    Edit e;
    const QStringList names = s.playlists.keys();
    const int roll = int(rng.bounded(100));
    if (names.isEmpty() || roll < 8) {
        e.kind = Edit::Create;
        e.playlist = u"list %1"_s.arg(step);
        return e;
    }
    e.playlist = names.at(int(rng.bounded(int(names.size()))));
    const QStringList &items = s.playlists.value(e.playlist);
    if (roll < 45) {
        e.kind = Edit::Add;
        const int n = 1 + int(rng.bounded(3));
        for (int i = 0; i < n; ++i)
            e.songs << songs.at(int(rng.bounded(int(songs.size()))));
    } else if (roll < 58 && !items.isEmpty()) {
        e.kind = Edit::Remove;
        e.from = int(rng.bounded(int(items.size())));
    } else if (roll < 72 && items.size() > 1) {
        e.kind = Edit::Move;
        e.from = int(rng.bounded(int(items.size())));
        e.to = int(rng.bounded(int(items.size())));
    } else if (roll < 78) {
        e.kind = Edit::Rename;
        e.newName = u"renamed %1"_s.arg(step);
    } else if (roll < 82) {
        e.kind = Edit::Delete;
    } else {
        e.songs << songs.at(int(rng.bounded(int(songs.size()))));
        e.kind = s.favorites.contains(e.songs.first()) ? Edit::Unfavorite : Edit::Favorite;
    }
    return e;
}

inline void applyEdit(EditState &s, const Edit &e)
{
    switch (e.kind) {
    case Edit::Create: s.playlists.insert(e.playlist, {}); break;
    case Edit::Add: s.playlists[e.playlist] << e.songs; break;
    case Edit::Remove: s.playlists[e.playlist].removeAt(e.from); break;
    case Edit::Move: s.playlists[e.playlist].move(e.from, e.to); break;
    case Edit::Rename: s.playlists.insert(e.newName, s.playlists.take(e.playlist)); break;
    case Edit::Delete: s.playlists.remove(e.playlist); break;
    case Edit::Favorite: s.favorites.insert(e.songs.first()); break;
    case Edit::Unfavorite: s.favorites.remove(e.songs.first()); break;
    }
}

inline EditState replay(int steps, const QStringList &songs)
{
    EditState s;
    for (int i = 0; i < steps; ++i)
        applyEdit(s, editFor(i, s, songs));
    return s;
}

} // namespace ost::test
