#pragma once

#include "core/error.h"

#include <QList>
#include <QString>

namespace ost {

// Where the user is: a page kind and the id it shows. Back/forward like a browser.
struct Location
{
    enum class Page { Grid, Drama, Artist, Collection, Favorites, Playlist, OtherMusic, History };
    Page page = Page::Grid;
    QString id;
    bool operator==(const Location &) const = default;

    // "drama:goblin", "grid": how a restart (after a language change) reopens the same page.
    QString toText() const;
    static Result<Location> fromText(const QString &text);
};

class NavigationHistory
{
public:
    void visit(const Location &location); // drops the forward entries
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_entries.size(); }
    Location back();
    Location forward();
    Location current() const { return m_entries.value(m_current); }

private:
    QList<Location> m_entries { Location {} };
    qsizetype m_current = 0;
};

} // namespace ost
