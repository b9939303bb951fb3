// Import throughput: the generated export folder into a new profile database, as the app does it.
#include "BenchSupport.h"

namespace tunescope::bench {
namespace {

void BM_ImportHistory(benchmark::State& state)
{
    const auto history = historyDir();
    if (!history) {
        state.SkipWithError("TUNESCOPE_BENCH_DATA is not set (bench/run.sh sets it)");
        return;
    }
    ImportRun last;
    double cpuSeconds = 0;
    for (auto _ : state) {
        ScratchDir dir("import");
        auto run = importProfile(dir.path(), *history);
        if (!run) {
            state.SkipWithError(run.error().message.c_str());
            break;
        }
        state.SetIterationTime(run->seconds);
        last = *run;
        cpuSeconds += run->cpuSeconds;
        SharedProfile::adopt(std::move(dir), last); // the query benchmarks read this one
    }
    const auto iterations = static_cast<double>(state.iterations());
    state.SetItemsProcessed(static_cast<std::int64_t>(last.added) * state.iterations());
    state.counters["plays"] = static_cast<double>(last.added);
    state.counters["rows_read"] = static_cast<double>(last.rowsRead);
    state.counters["duplicates"] = static_cast<double>(last.duplicates);
    state.counters["files"] = static_cast<double>(last.files);
    // CPU time is less disturbed than wall time by other work on a shared machine.
    state.counters["cpu_seconds"] = cpuSeconds / iterations;
    state.counters["plays_per_s"] =
        benchmark::Counter(static_cast<double>(last.added) * iterations, benchmark::Counter::kIsRate);
}

// Seconds per import: one iteration is the unit of work, repetitions (--benchmark_repetitions)
// give more samples.
BENCHMARK(BM_ImportHistory)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace
} // namespace tunescope::bench
