#pragma once

#include <QtGlobal>

#include <functional>

namespace ost {

// Progress of a long pack or backup job: bytes done of total; returning false cancels it.
using PackProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace ost
