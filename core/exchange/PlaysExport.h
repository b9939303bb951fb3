#pragma once

#include "analytics/Period.h"
#include "ingest/PlayRecord.h"
#include "store/Database.h"

#include <cstdint>
#include <filesystem>
#include <optional>

namespace tunescope::exchange {

enum class PlaysFormat { Csv, Json };

// Which plays an export holds: those started in the period, of one kind or of all.
struct PlaysSelection {
    analytics::Period period;
    std::optional<ingest::PlayKind> kind;
};

// Writes the selected plays, oldest first, to `out` (whole or not at all: written beside, then
// renamed). JSON is Spotify's extended streaming-history shape, so importing it into another
// profile gives the same plays back; CSV has one header row and RFC 4180 quoting. Never writes
// IP addresses, user agents or user names (the database holds none). Returns the play count.
Result<std::int64_t> exportPlays(store::Database& db, const PlaysSelection& selection, PlaysFormat format,
                                 const std::filesystem::path& out);

} // namespace tunescope::exchange
