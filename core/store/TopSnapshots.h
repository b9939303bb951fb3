#pragma once

#include "store/Database.h"
#include "util/CivilTime.h"

#include <optional>
#include <string>
#include <vector>

namespace tunescope::store {

// Spotify's own top lists as dated snapshots: each sync adds one per list, so the history of how
// Spotify ranked an artist or track builds up week after week.
enum class TopListKind { Artists = 1, Tracks = 2 };
enum class TopListRange { ShortTerm = 1, MediumTerm = 2, LongTerm = 3 }; // ~4 weeks, ~6 months, ~1 year

struct TopSnapshot {
    std::int64_t id = 0;
    UtcMs takenAt = 0;
    TopListKind kind = TopListKind::Artists;
    TopListRange range = TopListRange::MediumTerm;
    std::vector<std::string> spotifyIds; // rank 1 first
};

// Where one artist or track stood in each snapshot of a list; no rank when it was not in it.
struct RankPoint {
    UtcMs takenAt = 0;
    std::optional<int> rank;
};

Result<std::int64_t> recordTopSnapshot(Database& db, TopListKind kind, TopListRange range, UtcMs takenAt,
                                       const std::vector<std::string>& spotifyIds);
// The newest snapshot of a list (taken at or before `atOrBefore` when given).
Result<std::optional<TopSnapshot>> latestTopSnapshot(Database& db, TopListKind kind, TopListRange range,
                                                     std::optional<UtcMs> atOrBefore = std::nullopt);
Result<std::vector<RankPoint>> rankHistory(Database& db, TopListKind kind, TopListRange range,
                                           const std::string& spotifyId);

} // namespace tunescope::store
