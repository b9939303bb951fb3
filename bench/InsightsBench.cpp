// Insights query time on the imported profile (the same shared profile as the Overview bench):
// listening sessions, streaks, skips, discovery and podcasts over all time, as `tunescope insights`
// and the Insights page ask.
#include "BenchSupport.h"

#include "analytics/Discovery.h"
#include "analytics/Places.h"
#include "analytics/Recap.h"
#include "analytics/Sessions.h"
#include "analytics/Skips.h"
#include "analytics/Spoken.h"

namespace tunescope::bench {
namespace {

TimeZone berlin()
{
    auto zone = TimeZone::locate("Europe/Berlin");
    return zone ? *zone : TimeZone::utc();
}

template <class Query>
void runInsight(benchmark::State& state, Query query, bool travelAware = false)
{
    auto db = SharedProfile::open(state);
    if (!db) {
        return;
    }
    analytics::Period period;
    period.zone = berlin();
    period.travelAware = travelAware;
    if (auto warmUp = query(*db, period); !warmUp) {
        state.SkipWithError(warmUp.error().message.c_str());
        return;
    }
    for ([[maybe_unused]] auto _ : state) {
        auto result = query(*db, period);
        if (!result) {
            state.SkipWithError(result.error().message.c_str());
            break;
        }
        benchmark::DoNotOptimize(&*result);
    }
}

void BM_SessionsAllTime(benchmark::State& state)
{
    runInsight(state, [](store::Database& db, const analytics::Period& p) { return analytics::querySessions(db, p); });
}

void BM_StreaksAllTime(benchmark::State& state)
{
    runInsight(state, [](store::Database& db, const analytics::Period& p) { return analytics::queryStreaks(db, p); });
}

void BM_SkipsAllTime(benchmark::State& state)
{
    runInsight(state, [](store::Database& db, const analytics::Period& p) { return analytics::querySkips(db, p); });
}

void BM_SkipsAllTimeTravelAware(benchmark::State& state)
{
    runInsight(
        state, [](store::Database& db, const analytics::Period& p) { return analytics::querySkips(db, p); }, true);
}

void BM_PlacesAllTime(benchmark::State& state)
{
    runInsight(state, [](store::Database& db, const analytics::Period& p) { return analytics::queryPlaces(db, p); });
}

// First plays over the whole history, new listening per month, top new and faded artists.
void BM_DiscoveryAllTime(benchmark::State& state)
{
    runInsight(state, [](store::Database& db, const analytics::Period& p) {
        return analytics::queryDiscovery(db, p, analytics::Metric::Plays);
    });
}

// Podcast and audiobook rows through their partial index (plays_spoken).
void BM_SpokenAllTime(benchmark::State& state)
{
    runInsight(state, [](store::Database& db, const analytics::Period& p) {
        return analytics::querySpoken(db, p, analytics::Metric::Plays);
    });
}

// Everything the recap poster shows (overview, genres, streaks, the top new artist).
void BM_RecapAllTime(benchmark::State& state)
{
    runInsight(state, [](store::Database& db, const analytics::Period& p) { return analytics::queryRecap(db, p); });
}

// The same for the last year of the generated history: the top new artist is looked up too.
void BM_RecapOneYear(benchmark::State& state)
{
    runInsight(state, [](store::Database& db, const analytics::Period& p) {
        const analytics::DateRange year{CivilDate{2024, 1, 1}, CivilDate{2024, 12, 31}};
        return analytics::queryRecap(db, analytics::resolvePeriod(year, p.zone));
    });
}

} // namespace

BENCHMARK(BM_SkipsAllTime)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SessionsAllTime)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_StreaksAllTime)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SkipsAllTimeTravelAware)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_PlacesAllTime)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_DiscoveryAllTime)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SpokenAllTime)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RecapAllTime)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RecapOneYear)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace tunescope::bench
