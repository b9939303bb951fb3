#include "analytics/Overview.h"

#include "analytics/Aggregates.h"

#include <limits>

namespace tunescope::analytics {
namespace detail {

Result<std::vector<TopEntry>> nameTop(store::Database& db, TopKind kind, const Tally& tally,
                                      const std::vector<std::int64_t>& ids)
{
    const char* sql = nullptr;
    switch (kind) {
    case TopKind::Artists: sql = "SELECT name, '' FROM creators WHERE id = ?"; break;
    case TopKind::Tracks:
        sql = "SELECT i.name, c.name FROM items i JOIN creators c ON c.id = i.creator_id WHERE i.id = ?";
        break;
    case TopKind::Albums:
        sql = "SELECT a.name, c.name FROM albums a JOIN creators c ON c.id = a.creator_id WHERE a.id = ?";
        break;
    }
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    std::vector<TopEntry> entries;
    for (const auto id : ids) {
        TopEntry entry;
        entry.rank = static_cast<int>(entries.size()) + 1;
        entry.id = id;
        entry.plays = tally.plays[static_cast<std::size_t>(id)];
        entry.msPlayed = tally.msPlayed[static_cast<std::size_t>(id)];
        stmt->bind(1, id);
        if (stmt->step()) {
            entry.name = stmt->text(0);
            entry.artist = stmt->text(1);
        }
        stmt->reset();
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace detail

namespace {

using detail::nameTop;
using detail::Scan;

Result<std::vector<TopEntry>> topFromScan(store::Database& db, const Scan& s, TopKind kind, Metric metric,
                                          std::size_t limit)
{
    switch (kind) {
    case TopKind::Artists: return nameTop(db, kind, s.creators, detail::rankTop(s.creators, metric, limit));
    case TopKind::Tracks: return nameTop(db, kind, s.items, detail::rankTop(s.items, metric, limit));
    case TopKind::Albums: {
        const auto albums = detail::rollUp(s.items, s.index.albumOf, static_cast<std::size_t>(s.index.albumCount));
        return nameTop(db, kind, albums, detail::rankTop(albums, metric, limit));
    }
    }
    return std::vector<TopEntry>{};
}

} // namespace

Bucket bucketFor(const Period& period)
{
    if (period.begin == std::numeric_limits<UtcMs>::min() || period.end == std::numeric_limits<UtcMs>::max()) {
        return Bucket::Month;
    }
    const auto days = (period.end - period.begin) / kMsPerDay;
    return days <= 62 ? Bucket::Day : days <= 370 ? Bucket::Week : Bucket::Month;
}

Result<Totals> queryTotals(store::Database& db, const Period& period)
{
    auto s = detail::scanAndTally(db, period);
    if (!s) {
        return s.error();
    }
    return detail::computeTotals(s->columns, s->items, s->creators);
}

Result<std::vector<TopEntry>> queryTop(store::Database& db, TopKind kind, Metric metric, const Period& period,
                                       std::size_t limit)
{
    auto s = detail::scanAndTally(db, period);
    if (!s) {
        return s.error();
    }
    return topFromScan(db, *s, kind, metric, limit);
}

Result<std::vector<TimelinePoint>> queryTimeline(store::Database& db, const Period& period, Bucket bucket)
{
    auto columns = scanMusicPlays(db, period);
    if (!columns) {
        return columns.error();
    }
    return detail::computeTimeline(*columns, bucket);
}

Result<Heatmap> queryHeatmap(store::Database& db, const Period& period)
{
    auto columns = scanMusicPlays(db, period);
    if (!columns) {
        return columns.error();
    }
    return detail::computeHeatmap(*columns);
}

Result<Overview> queryOverview(store::Database& db, const OverviewRequest& request)
{
    auto s = detail::scanAndTally(db, request.period);
    if (!s) {
        return s.error();
    }
    Overview overview;
    overview.totals = detail::computeTotals(s->columns, s->items, s->creators);
    for (auto [kind, target] :
         {std::pair{TopKind::Artists, &overview.topArtists}, std::pair{TopKind::Tracks, &overview.topTracks},
          std::pair{TopKind::Albums, &overview.topAlbums}}) {
        auto top = topFromScan(db, *s, kind, request.metric, request.topLimit);
        if (!top) {
            return top.error();
        }
        *target = std::move(top).value();
    }
    overview.timeline = detail::computeTimeline(s->columns, request.bucket);
    overview.heatmap = detail::computeHeatmap(s->columns);
    return overview;
}

} // namespace tunescope::analytics
