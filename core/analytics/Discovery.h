#pragma once

#include "analytics/Overview.h"
#include "analytics/Period.h"
#include "store/Database.h"
#include "util/Result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tunescope::analytics {

// Discovery: when each track and artist was first played, over the WHOLE history (a play is a
// music row of at least 30 s, kPlayThresholdMs; shorter rows never make music "known").
//
// New listening: a music row is new when its track's first play ever fell in the same local month
// (in period.zone) as the row. Short rows of such a track in that month are new listening time
// too; rows of a track that was never played for 30 s are never new.

struct DiscoveryMonth {
    CivilDate month;              // day 1, local
    std::int64_t newArtists = 0;  // artists whose first play ever was in this month
    std::int64_t newTracks = 0;   // tracks whose first play ever was in this month
    std::int64_t plays = 0;       // every play of the month
    std::int64_t newPlays = 0;    // of which new (see above)
    std::int64_t msPlayed = 0;    // every music row of the month
    std::int64_t newMsPlayed = 0; // of which new
};

struct NewArtist {
    std::string name;
    std::int64_t plays = 0;    // in the period
    std::int64_t msPlayed = 0; // in the period
    CivilDate firstPlayed;     // local day of the first play ever
};

// An artist that faded out: at least kFadedMinPlays plays, the last of them more than
// kFadedAfterMonths months before the reference point: the period's end, or the last play in the
// data when that is earlier (an open-ended period, or one reaching past the data). Only plays
// before the reference point count, so an artist can have faded by the end of an earlier period.
inline constexpr std::int64_t kFadedMinPlays = 20;
inline constexpr int kFadedAfterMonths = 6;

struct FadedArtist {
    std::string name;
    std::int64_t plays = 0;    // every play up to the reference point
    std::int64_t msPlayed = 0; // every music row up to the reference point
    CivilDate lastPlayed;      // local day of the last play
};

struct DiscoveryStats {
    std::vector<DiscoveryMonth> months; // every local month from the period's first music row to its last
    std::int64_t plays = 0;
    std::int64_t newPlays = 0;
    std::int64_t msPlayed = 0;
    std::int64_t newMsPlayed = 0;
    // The share of the period's listening that was new music, 0 when there was none.
    [[nodiscard]] double newShare(Metric metric) const;
    std::vector<NewArtist> topNewArtists;  // first played in the period, best first by the metric
    std::vector<FadedArtist> fadedArtists; // most played first by the metric
};

Result<DiscoveryStats> queryDiscovery(store::Database& db, const Period& period, Metric metric, std::size_t limit = 10);

} // namespace tunescope::analytics
