#pragma once

#include "spotify/SpotifyModels.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tunescope::browse {

// One artist as the search list and the artist page show it: what Spotify says (when it said
// anything) and what the user's own history says.
struct ArtistHit {
    std::string spotifyId; // empty for an artist known only from the history
    std::string name;
    std::vector<std::string> genres; // empty when Spotify sends none
    std::optional<std::int64_t> followers;
    std::optional<int> popularity;
    std::optional<std::string> imageUrl; // a small image (>= 64 px) when Spotify sent any
    bool inHistory = false;              // the user has plays of this artist
    std::int64_t historyPlays = 0;       // plays of at least 30 s
    std::int64_t historyMs = 0;          // listening time, every row
};

// Image sizes the pages ask for: a list row's thumbnail and an album cover.
inline constexpr int kThumbnailPx = 64;
inline constexpr int kCoverPx = 300;

// The smallest image at least `minPx` wide (an image of unknown size counts as big enough), else
// the largest there is; nothing when there are no images.
std::optional<std::string> pickImage(const std::vector<spotify::Image>& images, int minPx);

// The hit for a full Spotify artist object, without history figures.
ArtistHit hitFromSpotify(const spotify::Artist& artist);

} // namespace tunescope::browse
