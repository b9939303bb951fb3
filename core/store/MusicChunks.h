#pragma once

#include "store/Database.h"
#include "util/CivilTime.h"

#include <cstdint>
#include <set>
#include <vector>

namespace tunescope::store {

// What the export said about a play, packed into MusicColumns::flags.
enum PlayFlag : std::uint8_t {
    kFlagSkipped = 1,      // the extended history's `skipped`
    kFlagNextButton = 2,   // reason_end "fwdbtn": the user pressed next
    kFlagShuffleKnown = 4, // the export has shuffle/offline at all (account data does not)
    kFlagShuffle = 8,
    kFlagOffline = 16,
    kFlagTrackDone = 32, // reason_end "trackdone": played to the end
};

// Music plays in start order as parallel columns.
struct MusicColumns {
    std::vector<UtcMs> startedAt;
    std::vector<std::int32_t> msPlayed;
    std::vector<std::int32_t> item;
    std::vector<std::uint8_t> flags;    // PlayFlag bits
    std::vector<std::int32_t> platform; // platforms.id, 0 when unknown
    std::vector<std::uint16_t> country; // util/Countries.h packCountry, 0 when unknown

    [[nodiscard]] std::size_t size() const { return startedAt.size(); }
    // Applies f to every column (to resize, trim or reserve them alike).
    template <class F>
    void forEachColumn(F&& f)
    {
        f(startedAt);
        f(msPlayed);
        f(item);
        f(flags);
        f(platform);
        f(country);
    }
    void appendRow(const MusicColumns& from, std::size_t row)
    {
        startedAt.push_back(from.startedAt[row]);
        msPlayed.push_back(from.msPlayed[row]);
        item.push_back(from.item[row]);
        flags.push_back(from.flags[row]);
        platform.push_back(from.platform[row]);
        country.push_back(from.country[row]);
    }
};

// Reads music rows selected by a statement whose columns are kMusicRowColumns, in order.
inline constexpr const char* kMusicRowColumns =
    "started_at, ms_played, item_id, skipped, reason_end, shuffle, offline, platform_id, country";
void appendMusicRow(const Statement& row, MusicColumns& columns);

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
