#pragma once

namespace ost {

// Where a song would play from.
enum class FileState {
    None, // nothing to play: no file linked and no demo clip
    DemoClip, // our synthesized demo clip
    Linked, // the user's own file
    Missing, // the user's file was linked but is gone from disk
};

} // namespace ost
