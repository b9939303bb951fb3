// Import throughput: the generated export folder into a new profile database, as the app does it.
#include "BenchSupport.h"

#include "ingest/ExportSource.h"
#include "ingest/HistoryParser.h"

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
    for ([[maybe_unused]] auto _ : state) {
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

// Reads and parses every history file of the folder without a database; returns the records.
Result<std::size_t> readAndParse(const std::filesystem::path& folder)
{
    std::size_t records = 0;
    for (const auto& source : ingest::collectSources({folder})) {
        auto bytes = source.read();
        if (!bytes) {
            return bytes.error();
        }
        if (!ingest::looksLikeHistory(*bytes)) {
            continue;
        }
        auto parsed = ingest::parseHistory(*bytes);
        if (!parsed) {
            return makeError(parsed.error().code, source.displayName + ": " + parsed.error().message);
        }
        records += parsed->records.size();
    }
    return records;
}

// Diagnostic: reading and parsing alone. The import's time minus this is what the catalogue,
// the duplicate checks and SQLite cost.
void BM_ReadAndParse(benchmark::State& state)
{
    const auto history = historyDir();
    if (!history) {
        state.SkipWithError("TUNESCOPE_BENCH_DATA is not set (bench/run.sh sets it)");
        return;
    }
    std::size_t records = 0;
    for ([[maybe_unused]] auto _ : state) {
        auto parsed = readAndParse(*history);
        if (!parsed) {
            state.SkipWithError(parsed.error().message.c_str());
            break;
        }
        records = *parsed;
    }
    state.counters["records"] = static_cast<double>(records);
    state.SetItemsProcessed(static_cast<std::int64_t>(records) * state.iterations());
}

// Seconds per import: one iteration is the unit of work, repetitions (--benchmark_repetitions)
// give more samples.
BENCHMARK(BM_ImportHistory)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadAndParse)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);

} // namespace
} // namespace tunescope::bench
