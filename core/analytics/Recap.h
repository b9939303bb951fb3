#pragma once

#include "analytics/Discovery.h"
#include "analytics/GenreStats.h"
#include "analytics/Overview.h"
#include "analytics/Sessions.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tunescope::analytics {

// Lists on the recap rank by listening time: the poster's headline figure is minutes.
inline constexpr Metric kRecapMetric = Metric::Minutes;

// Everything the recap poster ("wrapped") shows for a period, gathered from the other analyses.
struct RecapData {
    Totals totals;
    std::optional<CivilDate> firstDay; // local day of the period's first play
    std::optional<CivilDate> lastDay;  // and of its last
    std::vector<TopEntry> topArtists;
    std::vector<TopEntry> topTracks;
    std::vector<GenreEntry> topGenres; // empty when no genres are known for the period
    Streak longestStreak;              // consecutive days with music
    // First played in the period, most listened. Left empty for a period open at its start:
    // there every artist is new, and this would only repeat the top artist.
    std::optional<NewArtist> topNewArtist;

    [[nodiscard]] bool empty() const { return totals.msPlayed == 0; }
};

Result<RecapData> queryRecap(store::Database& db, const Period& period, std::size_t limit = 5);

} // namespace tunescope::analytics
