#pragma once

#include "store/Database.h"

#include <benchmark/benchmark.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace tunescope::bench {

// The folder of generated Streaming_History_Audio_*.json files (TUNESCOPE_BENCH_DATA, written by
// bench/generate_history.py), or nothing when unset.
std::optional<std::filesystem::path> historyDir();

// A fresh folder under TUNESCOPE_BENCH_WORK (else the system temp folder), removed with its
// contents when this goes away.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& prefix);
    ScratchDir(ScratchDir&& other) noexcept;
    ScratchDir& operator=(ScratchDir&& other) noexcept;
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    ~ScratchDir();

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// Runs the SQL in TUNESCOPE_BENCH_PRAGMAS (if set) on a connection: a way to try connection
// settings (cache_size, mmap_size, foreign_keys ...) on import and queries without changing core.
Status applyExperimentPragmas(store::Database& db);

struct ImportRun {
    double seconds = 0;    // open (create + migrate) the profile, import, close: wall clock
    double cpuSeconds = 0; // the same span in CPU time of this process
    std::size_t files = 0;
    std::size_t rowsRead = 0;
    std::size_t added = 0;
    std::size_t duplicates = 0;
    std::filesystem::path databaseFile;
};

// Imports `history` into a new profile under `dataDir` the way the app does (openProfile, then
// importHistory), timing the whole of it. Fails when any file is rejected.
Result<ImportRun> importProfile(const std::filesystem::path& dataDir, const std::filesystem::path& history);

// The imported profile the query benchmarks read: the one BM_ImportHistory made last, or, when
// that did not run (--benchmark_filter), one imported on first use.
class SharedProfile {
public:
    static void adopt(ScratchDir dir, const ImportRun& run);
    // Opens the profile database; skips the benchmark with a message on failure.
    static std::optional<store::Database> open(benchmark::State& state);
};

} // namespace tunescope::bench
