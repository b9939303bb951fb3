#pragma once

#include "analytics/Period.h"
#include "store/Database.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tunescope::analytics {

enum class Metric { Plays, Minutes }; // minutes rank by ms_played
enum class TopKind { Artists, Tracks, Albums };
enum class Bucket { Day, Week, Month };

// Music only. plays: rows of at least 30 s; msPlayed: every music row; unique counts, first and
// last play: over plays.
struct Totals {
    std::int64_t plays = 0;
    std::int64_t msPlayed = 0;
    std::int64_t uniqueTracks = 0;
    std::int64_t uniqueArtists = 0;
    std::optional<UtcMs> firstPlay;
    std::optional<UtcMs> lastPlay;

    friend bool operator==(const Totals&, const Totals&) = default;
};

struct TopEntry {
    int rank = 0;
    std::int64_t id = 0;
    std::string name;
    std::string artist; // tracks and albums
    std::int64_t plays = 0;
    std::int64_t msPlayed = 0;

    friend bool operator==(const TopEntry&, const TopEntry&) = default;
};

struct TimelinePoint {
    CivilDate start; // first local day of the bucket
    std::int64_t plays = 0;
    std::int64_t msPlayed = 0;

    friend bool operator==(const TimelinePoint&, const TimelinePoint&) = default;
};

// [weekday 0 = Monday][local hour]
struct Heatmap {
    std::array<std::array<std::int64_t, 24>, 7> plays{};
    std::array<std::array<std::int64_t, 24>, 7> msPlayed{};

    friend bool operator==(const Heatmap&, const Heatmap&) = default;
};

struct Overview {
    Totals totals;
    std::vector<TopEntry> topArtists;
    std::vector<TopEntry> topTracks;
    std::vector<TopEntry> topAlbums;
    std::vector<TimelinePoint> timeline;
    Heatmap heatmap;

    friend bool operator==(const Overview&, const Overview&) = default;
};

struct OverviewRequest {
    Period period;
    Metric metric = Metric::Plays;
    std::size_t topLimit = 10;
    Bucket bucket = Bucket::Month;
};

// The timeline bucket that reads well for a period: days up to two months, weeks up to a year,
// months beyond (and for open-ended periods).
Bucket bucketFor(const Period& period);

Result<Totals> queryTotals(store::Database& db, const Period& period);
Result<std::vector<TopEntry>> queryTop(store::Database& db, TopKind kind, Metric metric, const Period& period,
                                       std::size_t limit);
Result<std::vector<TimelinePoint>> queryTimeline(store::Database& db, const Period& period, Bucket bucket);
Result<Heatmap> queryHeatmap(store::Database& db, const Period& period);
// Everything the Overview page shows, from one scan.
Result<Overview> queryOverview(store::Database& db, const OverviewRequest& request);

} // namespace tunescope::analytics
