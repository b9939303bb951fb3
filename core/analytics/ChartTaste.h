#pragma once

#include "analytics/ChartStats.h"
#include "analytics/Overview.h"
#include "analytics/Period.h"

#include <cstddef>
#include <vector>

namespace tunescope::analytics {

// A charting song the user played before it first entered the region's chart.
struct EarlyFind {
    ChartSong song;
    CivilDate firstPlayed; // UTC day of the user's first play of 30 s or more
    CivilDate firstCharted;
    int daysBefore = 0;
};

// A charting song the user never played, with how big it was.
struct UnplayedHit {
    ChartSong song;
    std::optional<std::int64_t> bestRank;
    std::int64_t totalStreams = 0;
};

// The user's listening against the imported charts of one region, period and kind.
struct ChartTaste {
    std::size_t chartSongs = 0;       // distinct songs on those charts
    std::size_t playedChartSongs = 0; // of them, ever played by the user (30 s or more)
    // Share of the user's music in the range (plays or listening time) that was of charting songs.
    double chartingShare = 0.0;
    std::vector<EarlyFind> earlyFinds;     // most days ahead first
    std::vector<UnplayedHit> unplayedHits; // most streamed first
};

// Songs match the user's tracks by Spotify id, else by title and any of the credited artists
// (NFC, case-folded). Lists are cut to `limit` entries.
Result<ChartTaste> chartTaste(store::Database& db, const ChartScope& scope, const Period& range, Metric metric,
                              std::size_t limit = 50);

} // namespace tunescope::analytics
