// Comparing two periods on the imported profile (the shared profile of the Overview bench): the
// last two years of the generated history against the two before, as `tunescope compare` and
// the Compare page ask.
#include "BenchSupport.h"

#include "analytics/Compare.h"

namespace tunescope::bench {
namespace {

void BM_CompareTwoYearsWithTwoYears(benchmark::State& state)
{
    auto db = SharedProfile::open(state);
    if (!db) {
        return;
    }
    auto zone = TimeZone::locate("Europe/Berlin");
    const TimeZone berlin = zone ? *zone : TimeZone::utc();
    // The generator writes 2015 to 2024: B = 2023-2024, A = 2021-2022.
    const auto a = analytics::resolvePeriod({CivilDate{2021, 1, 1}, CivilDate{2022, 12, 31}}, berlin);
    const auto b = analytics::resolvePeriod({CivilDate{2023, 1, 1}, CivilDate{2024, 12, 31}}, berlin);
    if (auto warmUp = analytics::queryComparison(*db, a, b, analytics::Metric::Plays); !warmUp) {
        state.SkipWithError(warmUp.error().message.c_str());
        return;
    }
    for ([[maybe_unused]] auto _ : state) {
        auto result = analytics::queryComparison(*db, a, b, analytics::Metric::Plays);
        if (!result) {
            state.SkipWithError(result.error().message.c_str());
            break;
        }
        benchmark::DoNotOptimize(&*result);
    }
}

} // namespace

BENCHMARK(BM_CompareTwoYearsWithTwoYears)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace tunescope::bench
