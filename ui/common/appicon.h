#pragma once

#include <QIcon>

namespace ost {

// The application icon, rendered from our SVG (no icon-engine plugin needed).
class AppIcon
{
public:
    static QIcon icon();
};

} // namespace ost
