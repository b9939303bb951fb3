#pragma once

#include "analytics/Period.h"
#include "store/Database.h"
#include "store/MusicChunks.h"

#include <cstdint>
#include <vector>

namespace tunescope::analytics {

// A play counts once it lasted 30 seconds; listening time counts every music row.
inline constexpr std::int64_t kPlayThresholdMs = 30'000;

// The music rows of a period, column by column, in start order, from the packed months. One scan
// feeds every aggregate of a page.
struct PlayColumns : store::MusicColumns {
    // startedAt shifted into the period's zone, or, when the period is travel-aware, into the
    // zone of the country each play happened in.
    std::vector<std::int64_t> localStart;

    void appendRow(const PlayColumns& from, std::size_t row)
    {
        MusicColumns::appendRow(from, row);
        localStart.push_back(from.localStart[row]);
    }
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
