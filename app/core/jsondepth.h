#pragma once

#include <QByteArray>

namespace ost {

// Depth of [ and { outside strings, checked before QJsonDocument sees untrusted text (its
// recursion is the only limit it has).
int jsonNestingDepth(const QByteArray &json);

} // namespace ost
