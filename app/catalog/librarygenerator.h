#pragma once

#include "catalogdata.h"

namespace ost {

// A deterministic synthetic library for benchmarks and scale tests: Hangul and Latin titles,
// several songs per drama with OST parts, solo artists and groups with members.
class LibraryGenerator
{
public:
    static CatalogData generate(int dramaCount, int songCount, quint32 seed = 20261122);
};

} // namespace ost
