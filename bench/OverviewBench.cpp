// Overview query time on the imported profile: everything the Overview page shows (totals, three
// top lists, timeline, heatmap) from one call, as the page asks for it. The database stays open
// across iterations, as it does in the app.
#include "BenchSupport.h"

#include "analytics/Aggregates.h"
#include "analytics/GenreStats.h"
#include "analytics/Overview.h"
#include "analytics/PlayScan.h"
#include "demo/DemoGenres.h"

namespace tunescope::bench {
namespace {

using analytics::Bucket;
using analytics::Metric;

constexpr std::int64_t kMsPerDay = 86'400'000;

// Local days, weekdays and hours follow a zone with DST, as most users' do.
TimeZone benchZone()
{
    auto zone = TimeZone::locate("Europe/Berlin");
    return zone ? *zone : TimeZone::utc();
}

// The twelve months that end on the local day of the newest play.
std::optional<analytics::Period> lastTwelveMonths(store::Database& db, const TimeZone& zone)
{
    auto stmt = db.prepare("SELECT MAX(started_at) FROM plays");
    if (!stmt || !stmt->step() || stmt->isNull(0)) {
        return std::nullopt;
    }
    const UtcMs newest = stmt->int64(0);
    const std::int64_t lastDay = (newest + zone.offsetMsAt(newest)) / kMsPerDay;
    CivilDate yearBefore = civilFromDays(lastDay);
    yearBefore.year -= 1;
    const CivilDate from = civilFromDays(daysFromCivil(yearBefore) + 1);
    return analytics::resolvePeriod(analytics::DateRange{from, civilFromDays(lastDay)}, zone);
}

// Steady state, as when the page asks again after a filter change: one untimed query first, so
// that no iteration pays for a cold page cache or for packing data the import left stale.
void runOverview(benchmark::State& state, store::Database& db, const analytics::OverviewRequest& request)
{
    if (auto warmUp = analytics::queryOverview(db, request); !warmUp) {
        state.SkipWithError(warmUp.error().message.c_str());
        return;
    }
    std::int64_t plays = 0;
    std::size_t timelinePoints = 0;
    for ([[maybe_unused]] auto _ : state) {
        auto overview = analytics::queryOverview(db, request);
        if (!overview) {
            state.SkipWithError(overview.error().message.c_str());
            break;
        }
        plays = overview->totals.plays;
        timelinePoints = overview->timeline.size();
        benchmark::DoNotOptimize(overview->topTracks.data());
    }
    state.counters["plays_counted"] = static_cast<double>(plays);
    state.counters["timeline_points"] = static_cast<double>(timelinePoints);
}

void BM_OverviewAllTime(benchmark::State& state, Metric metric)
{
    auto db = SharedProfile::open(state);
    if (!db) {
        return;
    }
    analytics::OverviewRequest request;
    request.period.zone = benchZone();
    request.metric = metric;
    request.topLimit = 10;
    request.bucket = Bucket::Month;
    runOverview(state, *db, request);
}

void BM_OverviewLast12Months(benchmark::State& state)
{
    auto db = SharedProfile::open(state);
    if (!db) {
        return;
    }
    const auto period = lastTwelveMonths(*db, benchZone());
    if (!period) {
        state.SkipWithError("the profile has no plays");
        return;
    }
    analytics::OverviewRequest request;
    request.period = *period;
    request.metric = Metric::Plays;
    request.topLimit = 10;
    request.bucket = Bucket::Month;
    runOverview(state, *db, request);
}

// Diagnostic: the index scan alone that every Overview starts with, to tell SQLite's share of
// the Overview time from the aggregation's.
void BM_OverviewScanOnly(benchmark::State& state)
{
    auto db = SharedProfile::open(state);
    if (!db) {
        return;
    }
    analytics::Period period;
    period.zone = benchZone();
    std::size_t rows = 0;
    for ([[maybe_unused]] auto _ : state) {
        auto columns = analytics::scanMusicPlays(*db, period);
        if (!columns) {
            state.SkipWithError(columns.error().message.c_str());
            break;
        }
        rows = columns->size();
        benchmark::DoNotOptimize(columns->item.data());
    }
    state.counters["rows"] = static_cast<double>(rows);
}

// Diagnostic: the all-time Overview's aggregation from columns scanned once beforehand (item
// index, tallies, roll-ups, top lists without their names, totals, timeline, heatmap). The gap
// to BM_OverviewAllTime/plays is what reading the plays from SQLite costs on every call.
void BM_OverviewFromScannedColumns(benchmark::State& state)
{
    auto db = SharedProfile::open(state);
    if (!db) {
        return;
    }
    analytics::Period period;
    period.zone = benchZone();
    auto columns = analytics::scanMusicPlays(*db, period);
    if (!columns) {
        state.SkipWithError(columns.error().message.c_str());
        return;
    }
    for ([[maybe_unused]] auto _ : state) {
        auto index = analytics::loadItemIndex(*db);
        if (!index) {
            state.SkipWithError(index.error().message.c_str());
            break;
        }
        const auto items = analytics::detail::tallyItems(*columns, index->creatorOf.size());
        const auto creators =
            analytics::detail::rollUp(items, index->creatorOf, static_cast<std::size_t>(index->creatorCount));
        const auto albums =
            analytics::detail::rollUp(items, index->albumOf, static_cast<std::size_t>(index->albumCount));
        benchmark::DoNotOptimize(analytics::detail::rankTop(creators, Metric::Plays, 10));
        benchmark::DoNotOptimize(analytics::detail::rankTop(items, Metric::Plays, 10));
        benchmark::DoNotOptimize(analytics::detail::rankTop(albums, Metric::Plays, 10));
        benchmark::DoNotOptimize(analytics::detail::computeTotals(*columns, items, creators));
        benchmark::DoNotOptimize(analytics::detail::computeTimeline(*columns, Bucket::Month));
        benchmark::DoNotOptimize(analytics::detail::computeHeatmap(*columns));
    }
    state.counters["rows"] = static_cast<double>(columns->size());
}

// The Genres page on the same profile: top genres, coverage and monthly shares (top 8 and
// "other"), all time, by plays, with a small mapping in force. The generated history has no
// genres: its artists get the demo's (18 genres, one or two per artist) once, untimed. Its ratio
// to BM_OverviewAllTime/plays in the same run is the figure to watch.
void BM_GenresAllTime(benchmark::State& state, Metric metric)
{
    auto db = SharedProfile::open(state);
    if (!db) {
        return;
    }
    auto known = db->prepare("SELECT COUNT(*) FROM artist_genres");
    if (!known || !known->step()) {
        state.SkipWithError("cannot read artist_genres");
        return;
    }
    if (known->int64(0) == 0) {
        if (auto added = demo::addDemoGenres(*db, 0); !added) {
            state.SkipWithError(added.error().message.c_str());
            return;
        }
        if (auto mapped = db->exec("INSERT OR REPLACE INTO genre_mapping (genre, target, hidden) VALUES "
                                   "('dream pop', 'indie pop', 0), ('shoegaze', 'dream pop', 0), ('house', NULL, 1)");
            !mapped) {
            state.SkipWithError(mapped.error().message.c_str());
            return;
        }
    }
    analytics::GenreRequest request;
    request.period.zone = benchZone();
    request.metric = metric;
    if (auto warmUp = analytics::queryGenreOverview(*db, request); !warmUp) {
        state.SkipWithError(warmUp.error().message.c_str());
        return;
    }
    std::int64_t plays = 0;
    std::size_t months = 0;
    for ([[maybe_unused]] auto _ : state) {
        auto genres = analytics::queryGenreOverview(*db, request);
        if (!genres) {
            state.SkipWithError(genres.error().message.c_str());
            break;
        }
        plays = genres->coverage.totalPlays;
        months = genres->overTime.months.size();
        benchmark::DoNotOptimize(genres->top.data());
    }
    state.counters["plays_counted"] = static_cast<double>(plays);
    state.counters["months"] = static_cast<double>(months);
}

BENCHMARK_CAPTURE(BM_OverviewAllTime, plays, Metric::Plays)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_OverviewAllTime, minutes, Metric::Minutes)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_OverviewLast12Months)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_OverviewScanOnly)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_OverviewFromScannedColumns)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_GenresAllTime, plays, Metric::Plays)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
} // namespace tunescope::bench
