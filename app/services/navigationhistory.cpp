#include "navigationhistory.h"

namespace ost {

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
