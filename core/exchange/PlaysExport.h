#pragma once

#include "analytics/Period.h"
#include "ingest/PlayRecord.h"
#include "store/Database.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stop_token>

namespace tunescope::exchange {

enum class PlaysFormat { Csv, Json };

// Which plays an export holds: those started in the period, of one kind or of all.
struct PlaysSelection {
    analytics::Period period;
    std::optional<ingest::PlayKind> kind;
};

// How a caller follows a long export and stops it.
struct ExportControl {
    // Called on the exporting thread now and then (every few thousand plays, and at the end) with
    // the plays written so far and how many the selection holds.
    std::function<void(std::int64_t written, std::int64_t total)> onProgress;
    // Once requested, the export stops within a few thousand plays, removes what it wrote, leaves `out` as
    // it was and returns ErrorCode::Cancelled.
    std::stop_token stop;
};

// Writes the selected plays, oldest first, to `out` (whole or not at all: written beside, then
// renamed). JSON is Spotify's extended streaming-history shape, so importing it into another
// profile gives the same plays back; CSV has one header row and RFC 4180 quoting. Never writes
// IP addresses, user agents or user names (the database holds none). Returns the play count.
Result<std::int64_t> exportPlays(store::Database& db, const PlaysSelection& selection, PlaysFormat format,
                                 const std::filesystem::path& out, const ExportControl& control = {});

} // namespace tunescope::exchange
