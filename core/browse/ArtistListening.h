#pragma once

#include "browse/ArtistHit.h"
#include "store/Database.h"
#include "util/CivilTime.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tunescope::browse {

// The user's own listening of one artist, all time.
struct ArtistListening {
    std::int64_t plays = 0;    // plays of at least 30 s
    std::int64_t msPlayed = 0; // every music row
    std::optional<UtcMs> firstPlay, lastPlay;
    double shareOfListening = 0; // msPlayed / all music listening time, 0..1
    // The artist's tracks by the user's plays, most played first: (title, plays).
    std::vector<std::pair<std::string, std::int64_t>> topTracks;
};

// The user's history for an artist, found by Spotify id (history tracks that the cache credits to
// the artist first, which catches exports that spell the name differently) and by name
// (text::matchKey). All zero when the history does not have the artist.
Result<ArtistListening> artistListening(store::Database& db, const ArtistHit& artist, int topTracks = 10);

} // namespace tunescope::browse
