#pragma once

#include "analytics/Overview.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tunescope::analytics {

// How an entry moved between period A (before) and period B (after), by the chosen metric.
// Ranks are 1-based places in a period's full ranking (the order of the top lists: the metric,
// then the other measure, then the older entry), so an entry outside A's top N still has a rank
// in A.
//   New   in B's top N, not played at all in A (nothing of the metric in A: no rank in A)
//   Up    in B's top N at a better place than in A (also when A had it below its top N)
//   Down  in B's top N at a worse place than in A
//   Same  in B's top N at the place it had in A
//   Gone  in A's top N and not in B's top N (rankB tells where it fell, if played in B at all)
enum class RankStatus { New, Up, Down, Same, Gone };

struct RankChange {
    std::int64_t id = 0;
    std::string name;
    std::string artist; // tracks and albums
    std::optional<int> rankA;
    std::optional<int> rankB;
    std::int64_t playsA = 0;
    std::int64_t msPlayedA = 0;
    std::int64_t playsB = 0;
    std::int64_t msPlayedB = 0;
    RankStatus status = RankStatus::New;

    // Places climbed (positive) or fallen (negative) from A to B; 0 without both ranks.
    [[nodiscard]] int placesMoved() const { return rankA && rankB ? *rankA - *rankB : 0; }
};

struct RankedComparison {
    std::vector<RankChange> top;  // B's top N, best first
    std::vector<RankChange> gone; // A's top N entries missing from B's top N, in A's order
};

struct PeriodComparison {
    Totals a;
    Totals b;
    RankedComparison artists;
    RankedComparison tracks;
    RankedComparison albums;
};

// Both periods in one pass each over their plays (the same scan and tallies as the Overview).
Result<PeriodComparison> queryComparison(store::Database& db, const Period& a, const Period& b, Metric metric,
                                         std::size_t limit = 10);

// (b - a) / a: +0.12 for 12 % more; nothing when A is zero (no base to compare with).
std::optional<double> relativeChange(std::int64_t a, std::int64_t b);

// "new", "up", "down", "same", "gone": the stable words of the CLI's JSON and the CSV exports.
const char* rankStatusName(RankStatus status);

} // namespace tunescope::analytics
