#pragma once

#include "analytics/Overview.h"
#include "store/TopSnapshots.h"

#include <optional>
#include <string>
#include <vector>

namespace tunescope::analytics {

// One line of Spotify's top list beside what the user's own plays say for the same window.
struct SpotifyTopRow {
    int spotifyRank = 0;
    std::string spotifyId;
    std::string name;
    std::string artist;     // tracks
    std::int64_t plays = 0; // the user's plays in the window
    std::int64_t msPlayed = 0;
    std::optional<int> playsRank; // where the user's plays rank it (by plays), if played at all
};

struct SpotifyTopComparison {
    store::TopListKind kind = store::TopListKind::Artists;
    store::TopListRange range = store::TopListRange::MediumTerm;
    UtcMs takenAt = 0;
    Period window; // what Spotify's range covers, ending when the snapshot was taken
    std::vector<SpotifyTopRow> rows;
};

// The window a Spotify time range stands for: about 4 weeks, 6 months or a year before `end`.
Period spotifyRangeWindow(store::TopListRange range, UtcMs end, const TimeZone& zone);

// Spotify's newest top list of that kind and range beside the user's plays over the same window.
// Artists match by name (the export has no artist ids), tracks by Spotify URI, else by artist and
// title. Empty when no snapshot was taken yet.
Result<std::optional<SpotifyTopComparison>> compareWithSpotifyTop(store::Database& db, store::TopListKind kind,
                                                                  store::TopListRange range, const TimeZone& zone);

} // namespace tunescope::analytics
