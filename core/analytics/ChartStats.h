#pragma once

#include "ingest/ChartIdentity.h"
#include "store/Database.h"
#include "util/Result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tunescope::analytics {

// The charts of one region, period and kind, over all their dates.
struct ChartScope {
    std::string region;
    ingest::ChartPeriod period = ingest::ChartPeriod::Daily;
    ingest::ChartKind kind = ingest::ChartKind::Top200;
};

// One imported chart and how many entries it holds.
struct ChartSummary {
    ingest::ChartIdentity identity;
    std::size_t entries = 0;
};

// Every imported chart, by region, period, kind, then date.
Result<std::vector<ChartSummary>> listCharts(store::Database& db);

struct ChartSong {
    std::int64_t trackId = 0;
    std::string title;
    std::string artists;
    std::optional<std::string> spotifyId;
};

struct ChartEntry {
    ChartSong song;
    std::optional<std::int64_t> rank;
    std::optional<std::int64_t> streams;
};

// The chart's entries by rank (entries without one last, by streams).
Result<std::vector<ChartEntry>> chartEntries(store::Database& db, const ingest::ChartIdentity& chart);

// The figures a chart dashboard shows. Artists are counted one by one from "A, B" lists.
struct ChartKpis {
    std::int64_t totalStreams = 0;
    std::size_t entries = 0;
    std::size_t uniqueArtists = 0;
    double averageStreamsPerSong = 0.0; // over entries that have streams
    std::optional<ChartEntry> topSong;  // the most streamed (else the best ranked)
};

// NotFound when no such chart was imported.
Result<ChartKpis> chartKpis(store::Database& db, const ingest::ChartIdentity& chart);
// The same figures from entries already read (chartEntries), for a page that shows both.
ChartKpis kpisOf(const std::vector<ChartEntry>& entries);

// The artists an "A, B" credit names.
std::vector<std::string> splitArtists(std::string_view artists);

// A song's place on every imported chart of a region, period and kind, by date.
struct TrajectoryPoint {
    CivilDate date;
    std::optional<std::int64_t> rank;
    std::optional<std::int64_t> streams;
};

// The chart songs a Spotify track id (or URI/link) or the start of a title names, most charted
// first; only songs on the region's charts when a region is given.
Result<std::vector<ChartSong>> findChartSongs(store::Database& db, std::string_view idOrTitle,
                                              std::optional<std::string_view> region = std::nullopt);
Result<std::vector<TrajectoryPoint>> songTrajectory(store::Database& db, std::int64_t trackId, const ChartScope& scope);

// An artist's presence on every imported chart of a scope: how many of its songs charted that
// date, the best rank among them and their streams together. The artist is matched against each
// name of a song's credit ("A, B"), without case.
struct PresencePoint {
    CivilDate date;
    std::size_t songs = 0;
    std::optional<std::int64_t> bestRank;
    std::int64_t streams = 0;
};

Result<std::vector<PresencePoint>> artistPresence(store::Database& db, std::string_view artist,
                                                  const ChartScope& scope);

} // namespace tunescope::analytics
