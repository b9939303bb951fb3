#pragma once

#include "analytics/Overview.h"
#include "analytics/PlayScan.h"

namespace tunescope::analytics::detail {

// Pure computations over scanned columns; Overview.cpp adds the database around them.

struct Tally {
    std::vector<std::int64_t> plays;
    std::vector<std::int64_t> msPlayed;
};

Tally tallyItems(const PlayColumns& columns, std::size_t itemCount);

// Scanned columns, the item index and the tallies every top list and total is made from.
struct Scan {
    PlayColumns columns;
    ItemIndex index;
    Tally items;
    Tally creators;
};

Result<Scan> scanAndTally(store::Database& db, const Period& period);
// Rolls item tallies up to creators or albums through the index.
Tally rollUp(const Tally& items, const std::vector<std::int32_t>& ownerOf, std::size_t ownerCount);
// Top entries for `ids` in that order: ranks from 1, names from the database, figures from `tally`.
Result<std::vector<TopEntry>> nameTop(store::Database& db, TopKind kind, const Tally& tally,
                                      const std::vector<std::int64_t>& ids);
// The ids of the best `limit` entries: by the metric, then the other measure, then lower id.
std::vector<std::int64_t> rankTop(const Tally& tally, Metric metric, std::size_t limit);

Totals computeTotals(const PlayColumns& columns, const Tally& items, const Tally& creators);
std::vector<TimelinePoint> computeTimeline(const PlayColumns& columns, Bucket bucket);
Heatmap computeHeatmap(const PlayColumns& columns);

} // namespace tunescope::analytics::detail
