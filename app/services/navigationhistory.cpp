#include "navigationhistory.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

const std::array<std::pair<Location::Page, QStringView>, 8> kPageNames = { {
    { Location::Page::Grid, u"grid" },
    { Location::Page::Drama, u"drama" },
    { Location::Page::Artist, u"artist" },
    { Location::Page::Collection, u"collection" },
    { Location::Page::Favorites, u"favorites" },
    { Location::Page::Playlist, u"playlist" },
    { Location::Page::OtherMusic, u"other" },
    { Location::Page::History, u"history" },
} };

} // namespace

QString Location::toText() const
{
    for (const auto &[p, name] : kPageNames)
        if (p == page)
            return id.isEmpty() ? name.toString() : name.toString() + u':' + id;
    return u"grid"_s;
}

Result<Location> Location::fromText(const QString &text)
{
    const QString name = text.section(u':', 0, 0);
    for (const auto &[p, known] : kPageNames)
        if (known == name)
            return Location { p, text.section(u':', 1) };
    return fail(Error::Kind::InvalidInput,
                u"no such page: \"%1\"; one of grid, drama:ID, artist:ID, "
                "collection:ID, favorites, playlist:ID, other, history"_s.arg(text));
}

void NavigationHistory::visit(const Location &location)
{
    if (current() == location)
        return;
    m_entries.resize(m_current + 1);
    m_entries.append(location);
    m_current = m_entries.size() - 1;
}

Location NavigationHistory::back()
{
    if (canGoBack())
        --m_current;
    return current();
}

Location NavigationHistory::forward()
{
    if (canGoForward())
        ++m_current;
    return current();
}

} // namespace ost
