#include "ingest/ChartImport.h"

#include "ingest/ChartRows.h"
#include "ingest/ExportSource.h"
#include "store/ChartWriter.h"
#include "util/MappedFile.h"
#include "util/Text.h"

#include <algorithm>
#include <system_error>

namespace tunescope::ingest {
namespace {

namespace fs = std::filesystem;

struct ChartSource {
    fs::path path;
    std::uint64_t size = 0;
};

bool isCsvName(const fs::path& path)
{
    return text::asciiLower(path.extension().string()) == ".csv";
}

// The user's files as they are; folders searched (sorted by path) for .csv files.
std::vector<ChartSource> collectChartSources(const std::vector<fs::path>& paths)
{
    std::vector<ChartSource> sources;
    for (const auto& path : paths) {
        std::error_code ec;
        if (!fs::is_directory(path, ec)) {
            sources.push_back({path, fs::is_regular_file(path, ec) ? fs::file_size(path, ec) : 0});
            continue;
        }
        for (const auto& file : filesUnderFolder(path)) {
            if (isCsvName(file)) {
                sources.push_back({file, fs::file_size(file, ec)});
            }
        }
    }
    return sources;
}

// A chart row takes about 100 bytes. Files bigger than what is stored, and big enough for it to
// matter, rebuild the song index once at the end instead of row by row.
constexpr std::uint64_t kBytesPerRow = 100;
constexpr std::uint64_t kDeferIndexFromBytes = 16ULL << 20;

Result<bool> shouldDeferSongIndex(store::Database& db, std::uint64_t fileBytes)
{
    if (fileBytes < kDeferIndexFromBytes) {
        return false;
    }
    auto stored = store::chartEntryCount(db);
    if (!stored) {
        return stored.error();
    }
    return fileBytes / kBytesPerRow > static_cast<std::uint64_t>(*stored);
}

void importOne(store::Database& db, store::ChartWriter& writer, const ChartSource& source,
               const ChartImportOptions& options, const std::stop_token& stop, ChartFileReport& report)
{
    auto file = MappedFile::open(source.path);
    if (!file) {
        report.outcome = FileReport::Outcome::Rejected;
        report.error = file.error().message;
        return;
    }
    auto tx = store::Transaction::begin(db);
    if (!tx) {
        report.outcome = FileReport::Outcome::Rejected;
        report.error = tx.error().message;
        return;
    }
    const auto defer = shouldDeferSongIndex(db, source.size);
    const bool deferIndex = defer && *defer;
    Status ready = defer ? Status{} : Status(defer.error());
    if (ready && deferIndex) {
        ready = store::dropChartSongIndex(db);
    }
    if (!ready) {
        report.outcome = FileReport::Outcome::Rejected;
        report.error = ready.error().message;
        return;
    }
    ChartFileStats stats = readChartFile(file->bytes(), source.path.filename().string(), options, writer, stop);
    if (deferIndex && !stats.error) {
        if (auto s = store::createChartSongIndex(db); !s) {
            stats.error = s.error();
        }
    }
    report.format = stats.format;
    report.rowsRead = stats.rowsRead;
    report.entriesAdded = stats.entriesAdded;
    report.duplicates = stats.duplicates;
    report.chartsTouched = stats.chartsTouched;
    report.needsChartIdentity = stats.missingIdentity;
    Status committed = stats.error ? Status(*stats.error) : tx->commit();
    if (committed) {
        writer.keep();
        return;
    }
    writer.discardUncommitted();
    report.entriesAdded = 0;
    report.duplicates = 0;
    report.chartsTouched = 0;
    report.outcome =
        committed.error().code == ErrorCode::Cancelled ? FileReport::Outcome::Cancelled : FileReport::Outcome::Rejected;
    report.error = committed.error().message;
}

} // namespace

bool ChartImportReport::anyRejected() const
{
    return std::any_of(files.begin(), files.end(),
                       [](const auto& f) { return f.outcome == FileReport::Outcome::Rejected; });
}

std::size_t ChartImportReport::totalAdded() const
{
    std::size_t total = 0;
    for (const auto& f : files) {
        total += f.entriesAdded;
    }
    return total;
}

std::size_t ChartImportReport::totalRows() const
{
    std::size_t total = 0;
    for (const auto& f : files) {
        total += f.rowsRead;
    }
    return total;
}

ChartImportReport importCharts(store::Database& db, const std::vector<fs::path>& paths,
                               const ChartImportOptions& options, std::stop_token stop)
{
    ChartImportReport report;
    const auto sources = collectChartSources(paths);
    auto writer = store::ChartWriter::create(db);
    ChartImportProgress progress;
    progress.fileCount = sources.size();
    for (const auto& source : sources) {
        progress.bytesTotal += source.size;
    }
    for (std::size_t i = 0; i < sources.size(); ++i) {
        ChartFileReport& file = report.files.emplace_back();
        file.name = sources[i].path.string();
        if (stop.stop_requested()) {
            file.outcome = FileReport::Outcome::Cancelled;
            file.error = "not imported: cancelled";
            report.cancelled = true;
            continue;
        }
        if (!writer) {
            file.outcome = FileReport::Outcome::Rejected;
            file.error = writer.error().message;
            continue;
        }
        progress.fileIndex = i;
        progress.fileName = file.name;
        if (options.onProgress) {
            options.onProgress(progress);
        }
        importOne(db, *writer, sources[i], options, stop, file);
        report.cancelled = report.cancelled || file.outcome == FileReport::Outcome::Cancelled;
        progress.bytesDone += sources[i].size;
    }
    if (options.onProgress) {
        progress.fileIndex = sources.size();
        options.onProgress(progress);
    }
    return report;
}

} // namespace tunescope::ingest
