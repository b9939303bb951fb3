#pragma once

#include "analytics/Overview.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tunescope::analytics {

// The last Overview a window showed, kept beside the profile's database so the next start can
// paint it at once, before a profile of a million plays has been read. It is only a head start:
// the window computes the Overview anyway and shows that when it differs.
struct CachedOverview {
    Overview overview;
    std::map<std::int64_t, std::vector<std::string>> artistGenres; // of the top artists
};

// What a cached Overview answers; any difference makes the cache useless.
struct OverviewCacheKey {
    Period period;
    Metric metric = Metric::Plays;
    Bucket bucket = Bucket::Month;
    std::int64_t newestPlayId = 0; // the profile's plays as they were (no play is ever rewritten)
};

// The newest play's id: cheap (the primary key's last entry) and changed by every import or sync.
Result<std::int64_t> newestPlayId(store::Database& db);

std::string encodeOverviewCache(const OverviewCacheKey& key, const CachedOverview& cached);
// Nothing when the text is not a cache for exactly this key (other period, zone, metric, newer
// plays, another version of the format, or damaged).
std::optional<CachedOverview> decodeOverviewCache(const std::string& text, const OverviewCacheKey& key);

// File helpers: a missing or unreadable file reads as nothing; a write goes to a temporary file
// renamed over the old one, and failing to write is not an error worth a message (it is a cache).
std::optional<std::string> readOverviewCacheFile(const std::filesystem::path& file);
void writeOverviewCacheFile(const std::filesystem::path& file, const std::string& text);

} // namespace tunescope::analytics
