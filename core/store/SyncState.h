#pragma once

#include "store/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tunescope::store {

// Small named facts about syncing with Spotify (sync_state): when the last sync ended, the
// recently-played cursor. Never secrets.
class SyncState {
public:
    explicit SyncState(Database& db) : db_(&db) {}

    Result<std::optional<std::string>> text(std::string_view key);
    Result<std::optional<std::int64_t>> number(std::string_view key);
    Status set(std::string_view key, std::string_view value);
    Status set(std::string_view key, std::int64_t value) { return set(key, std::to_string(value)); }
    Status erase(std::string_view key);

    // Keys in use.
    static constexpr std::string_view kLastSyncAt = "last_sync_at";            // UTC ms, a sync that ended well
    static constexpr std::string_view kRecentCursor = "recently_played_after"; // UTC ms of the newest play seen
    static constexpr std::string_view kTopListsAt = "top_lists_at";            // UTC ms of the last snapshots
    // JSON array of the artist ids whose details a sync still has to check (stored with the
    // snapshots and plays that name them, cleared when the details step ends).
    static constexpr std::string_view kArtistsPending = "artists_pending";

private:
    Database* db_;
};

} // namespace tunescope::store
