#pragma once

#include "analytics/Period.h"
#include "store/Database.h"
#include "util/Result.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tunescope::analytics {

// A music row counts as skipped when it played under 30 s, or when the export says so (the
// extended history's `skipped` flag, or `reason_end` "fwdbtn": the user pressed next).
struct SkipCount {
    std::int64_t rows = 0;
    std::int64_t skipped = 0;
    [[nodiscard]] double rate() const
    {
        return rows == 0 ? 0.0 : static_cast<double>(skipped) / static_cast<double>(rows);
    }
};

struct SkipEntry {
    std::string name;
    std::string artist; // tracks
    SkipCount count;
};

struct SkipStats {
    SkipCount overall;
    std::array<SkipCount, 24> byHour{};        // local hour of the start
    std::vector<SkipEntry> byPlatform;         // raw platform names, most rows first
    std::vector<SkipEntry> mostSkippedArtists; // at least kMinRowsToRank rows, highest rate first
    std::vector<SkipEntry> mostSkippedTracks;
    std::vector<SkipEntry> neverSkippedFavourites; // tracks never skipped, most rows first
    // Shares of the rows whose export says (account data does not): shuffle on, offline.
    double shuffleShare = 0.0;
    double offlineShare = 0.0;
    std::int64_t rowsWithFlags = 0;
};

inline constexpr std::int64_t kMinRowsToRank = 10;

Result<SkipStats> querySkips(store::Database& db, const Period& period, std::size_t limit = 10);

} // namespace tunescope::analytics
