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

// Podcasts (shows and their episodes) and audiobooks (books and their chapters, counted as
// episodes). As for music, a play is a row of at least 30 s and listening time counts every row.
// An episode is finished when one of its rows in the period ended with reason_end "trackdone".
// Account-data exports do not say how a row ended: then finishedKnown is false and the finished
// counts mean nothing (show them as unknown, not as 0).
struct SpokenEntry {
    std::string name;
    std::int64_t plays = 0;
    std::int64_t msPlayed = 0;
    std::int64_t episodes = 0;         // distinct episodes (chapters) played
    std::int64_t episodesFinished = 0; // of which finished
    bool finishedKnown = false;        // some row of this show or book says how it ended
};

struct SpokenStats {
    std::vector<SpokenEntry> shows; // best first by the metric
    std::vector<SpokenEntry> books;
    std::int64_t podcastMs = 0;
    std::int64_t audiobookMs = 0;
    std::int64_t episodesFinished = 0; // shows and books together
    bool finishedKnown = false;        // some row in the period says how it ended
};

Result<SpokenStats> querySpoken(store::Database& db, const Period& period, Metric metric, std::size_t limit = 10);

} // namespace tunescope::analytics
