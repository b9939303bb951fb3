#pragma once

#include "store/Database.h"
#include "util/CivilTime.h"

#include <cstdint>
#include <set>
#include <vector>

namespace tunescope::store {

// Music plays in start order as parallel columns.
struct MusicColumns {
    std::vector<UtcMs> startedAt;
    std::vector<std::int32_t> msPlayed;
    std::vector<std::int32_t> item;

    [[nodiscard]] std::size_t size() const { return startedAt.size(); }
};

// The UTC month a start time falls in, as stored in music_chunks.month.
std::int64_t chunkMonth(UtcMs startedAt);

// Marks months whose plays changed; call inside the transaction that changed them.
Status markChunksStale(Database& db, const std::set<std::int64_t>& months);

// Rebuilds every stale month from the plays table, in one transaction.
Status refreshMusicChunks(Database& db);

// The music plays that started in [begin, end), from the chunks. Fails with
// ErrorCode::Unsupported when a month in range is stale and the caller must fall back.
Result<MusicColumns> readMusicChunks(Database& db, UtcMs begin, UtcMs end);

} // namespace tunescope::store
