#pragma once

#include "analytics/Period.h"
#include "store/Database.h"

#include <cstdint>
#include <vector>

namespace tunescope::analytics {

// A play counts once it lasted 30 seconds; listening time counts every music row.
inline constexpr std::int64_t kPlayThresholdMs = 30'000;

// The music rows of a period, column by column, in start order. One scan of the covering index
// feeds every aggregate of a page.
struct PlayColumns {
    std::vector<UtcMs> startedAt;
    std::vector<std::int64_t> localStart; // startedAt shifted into the period's zone
    std::vector<std::int32_t> msPlayed;
    std::vector<std::int32_t> item;

    [[nodiscard]] std::size_t size() const { return startedAt.size(); }
};

// Which creator and album each item belongs to (ids are dense, so plain vectors).
struct ItemIndex {
    std::vector<std::int32_t> creatorOf;
    std::vector<std::int32_t> albumOf; // 0 when unknown
    std::int32_t creatorCount = 0;     // largest creator id + 1
    std::int32_t albumCount = 0;       // largest album id + 1
};

Result<PlayColumns> scanMusicPlays(store::Database& db, const Period& period);
Result<ItemIndex> loadItemIndex(store::Database& db);

} // namespace tunescope::analytics
