#include "BenchSupport.h"

#include "ingest/HistoryImporter.h"
#include "store/Profile.h"

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace tunescope::bench {
namespace {

namespace fs = std::filesystem;

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Shared {
    std::optional<ScratchDir> dir;
    fs::path databaseFile;
};

Shared& shared()
{
    static Shared instance;
    return instance;
}

} // namespace

std::optional<fs::path> historyDir()
{
    const char* dir = std::getenv("TUNESCOPE_BENCH_DATA");
    if (dir == nullptr || *dir == '\0') {
        return std::nullopt;
    }
    return fs::path(dir);
}

ScratchDir::ScratchDir(const std::string& prefix)
{
    static std::atomic<unsigned> counter{0};
    const char* work = std::getenv("TUNESCOPE_BENCH_WORK");
    const fs::path root = work != nullptr && *work != '\0' ? fs::path(work) : fs::temp_directory_path();
    path_ = root / ("tunescope-bench-" + prefix + "-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::error_code ec;
    fs::remove_all(path_, ec);
    fs::create_directories(path_);
}

ScratchDir::ScratchDir(ScratchDir&& other) noexcept : path_(std::exchange(other.path_, {})) {}

ScratchDir& ScratchDir::operator=(ScratchDir&& other) noexcept
{
    if (this != &other) {
        std::error_code ec;
        if (!path_.empty()) {
            fs::remove_all(path_, ec);
        }
        path_ = std::exchange(other.path_, {});
    }
    return *this;
}

ScratchDir::~ScratchDir()
{
    if (!path_.empty()) {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
}

Status applyExperimentPragmas(store::Database& db)
{
    const char* sql = std::getenv("TUNESCOPE_BENCH_PRAGMAS");
    if (sql == nullptr || *sql == '\0') {
        return {};
    }
    return db.exec(sql);
}

Result<ImportRun> importProfile(const fs::path& dataDir, const fs::path& history)
{
    const store::ProfileLocation location{dataDir, "bench"};
    ImportRun run;
    run.databaseFile = location.databaseFile();
    ingest::ImportReport report;
    const auto started = std::chrono::steady_clock::now();
    const double cpuStarted = processCpuSeconds();
    {
        auto db = store::openProfile(location);
        if (!db) {
            return db.error();
        }
        if (auto s = applyExperimentPragmas(*db); !s) {
            return s.error();
        }
        report = ingest::importHistory(*db, {history});
    } // closing the database (and checkpointing its WAL) is part of the import
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    run.cpuSeconds = processCpuSeconds() - cpuStarted;

    for (const auto& file : report.files) {
        if (file.outcome != ingest::FileReport::Outcome::Imported &&
            file.outcome != ingest::FileReport::Outcome::Ignored) {
            return makeError(ErrorCode::Corrupt, file.name + ": " + file.error);
        }
        run.files += file.outcome == ingest::FileReport::Outcome::Imported ? 1 : 0;
    }
    if (run.files == 0) {
        return makeError(ErrorCode::NotFound, "no streaming-history files in " + history.string());
    }
    run.rowsRead = report.totalRows();
    run.added = report.totalAdded();
    run.duplicates = report.totalDuplicates();
    return run;
}

void SharedProfile::adopt(ScratchDir dir, const ImportRun& run)
{
    shared().dir = std::move(dir);
    shared().databaseFile = run.databaseFile;
}

std::optional<store::Database> SharedProfile::open(benchmark::State& state)
{
    auto& s = shared();
    if (!s.dir) {
        const auto history = historyDir();
        if (!history) {
            state.SkipWithError("TUNESCOPE_BENCH_DATA is not set (bench/run.sh sets it)");
            return std::nullopt;
        }
        ScratchDir dir("query");
        auto run = importProfile(dir.path(), *history);
        if (!run) {
            state.SkipWithError(("import failed: " + run.error().message).c_str());
            return std::nullopt;
        }
        adopt(std::move(dir), *run);
    }
    auto db = store::Database::open(s.databaseFile);
    if (!db) {
        state.SkipWithError(db.error().message.c_str());
        return std::nullopt;
    }
    if (auto status = applyExperimentPragmas(*db); !status) {
        state.SkipWithError(status.error().message.c_str());
        return std::nullopt;
    }
    return std::move(db).value();
}

} // namespace tunescope::bench
