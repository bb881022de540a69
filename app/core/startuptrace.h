#pragma once

namespace ost {

// A trace of the start-up's steps for bench_startup: with OSTSHELF_STARTUP_TRACE set, each
// mark prints "startup-trace <ms> <step>" to stderr, where ms counts from the process spawn
// when the launcher put its CLOCK_MONOTONIC time in OSTSHELF_SPAWN_MONOTONIC_NS, and from the
// first mark otherwise. Only the first time each step is marked is printed. Without the
// variable a mark costs one branch.
class StartupTrace
{
public:
    static bool enabled();
    static void mark(const char *step);
    static double elapsedMs(); // since the origin above
};

} // namespace ost
