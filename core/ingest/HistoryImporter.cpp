#include "ingest/HistoryImporter.h"

#include "ingest/ExportSource.h"
#include "ingest/HistoryParser.h"
#include "store/MusicChunks.h"
#include "store/PlayWriter.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <future>
#include <optional>

namespace tunescope::ingest {
namespace {

// A stable 64-bit digest of the bytes (FNV-1a over 8-byte words) plus their length: tells
// files apart in import_files.
std::string fingerprint(std::string_view bytes)
{
    std::uint64_t hash = 1469598103934665603ULL;
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes.data() + i, 8);
        hash = (hash ^ word) * 1099511628211ULL;
    }
    for (; i < bytes.size(); ++i) {
        hash = (hash ^ static_cast<unsigned char>(bytes[i])) * 1099511628211ULL;
    }
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "fnv1a64w:%016llx:%zu", static_cast<unsigned long long>(hash), bytes.size());
    return buffer;
}

bool startsLikeJson(std::string_view bytes)
{
    for (char c : bytes.substr(bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0)) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            continue;
        }
        return c == '[' || c == '{';
    }
    return false;
}

// A file read and parsed, ready for the database (or already decided: rejected, ignored).
struct PreparedFile {
    FileReport report;
    std::vector<PlayRecord> records;
    std::string fingerprint;
    bool readyToStore = false;
};

// Reading and parsing touch no database, so they run one file ahead on another thread.
PreparedFile prepare(const SourceFile& source)
{
    PreparedFile prepared;
    FileReport& report = prepared.report;
    report.name = source.displayName;
    auto bytes = source.read();
    if (!bytes) {
        report.outcome = FileReport::Outcome::Rejected;
        report.error = bytes.error().message;
        return prepared;
    }
    // Inside folders and ZIPs, files that are not streaming history (the export's PDF, its
    // other JSON files) are passed over quietly; a file the user named is judged in full.
    if (!source.namedByUser && (!startsLikeJson(*bytes) || !looksLikeHistory(*bytes))) {
        report.outcome = FileReport::Outcome::Ignored;
        report.error = "not streaming history";
        return prepared;
    }
    auto parsed = parseHistory(*bytes);
    if (!parsed) {
        // Other JSON lists of an export (Marquee.json, SearchQueries.json) share some field
        // names with history; inside a folder or ZIP they are passed over like the rest.
        const bool notHistory = parsed.error().code == ErrorCode::Unsupported;
        report.outcome =
            notHistory && !source.namedByUser ? FileReport::Outcome::Ignored : FileReport::Outcome::Rejected;
        report.error = parsed.error().message;
        return prepared;
    }
    report.shape = shapeName(parsed->shape);
    report.rowsRead = parsed->rowsRead;
    report.skipped = parsed->skipped;
    prepared.fingerprint = fingerprint(*bytes);
    prepared.records = std::move(parsed->records);
    prepared.readyToStore = true;
    return prepared;
}

void store(store::PlayWriter& writer, PreparedFile& prepared, std::stop_token stop)
{
    FileReport& report = prepared.report;
    const store::ImportedFileInfo info{report.name, report.shape, prepared.fingerprint, report.rowsRead};
    auto outcome = writer.write(prepared.records, info, std::move(stop));
    if (!outcome) {
        report.outcome = outcome.error().code == ErrorCode::Cancelled ? FileReport::Outcome::Cancelled
                                                                      : FileReport::Outcome::Rejected;
        report.error = outcome.error().message;
        return;
    }
    report.playsAdded = outcome->added;
    report.duplicates = outcome->duplicates;
    report.addedByKind = outcome->addedByKind;
}

} // namespace

ImportReport importHistory(store::Database& db, const std::vector<std::filesystem::path>& paths,
                           const ImportOptions& options, std::stop_token stop)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    const auto sources = collectSources(paths);
    // A dry run stores each file for real inside one outer transaction that is rolled back at
    // the end, so later files see earlier ones exactly as in a real import.
    std::optional<store::Transaction> dryRun;
    if (options.dryRun) {
        auto tx = store::Transaction::begin(db);
        if (!tx) {
            FileReport failed;
            failed.name = paths.empty() ? std::string() : paths.front().string();
            failed.outcome = FileReport::Outcome::Rejected;
            failed.error = tx.error().message;
            report.files.push_back(std::move(failed));
            return report;
        }
        dryRun.emplace(std::move(tx).value());
    }
    // Fewer, larger WAL checkpoints while a big export goes in (the default is every 1,000 pages).
    (void)db.exec("PRAGMA wal_autocheckpoint=16384");
    store::PlayWriter writer(db);
    auto prepareAsync = [&sources](std::size_t i) {
        return std::async(std::launch::async, [&sources, i] { return prepare(sources[i]); });
    };
    std::future<PreparedFile> next = sources.empty() ? std::future<PreparedFile>() : prepareAsync(0);
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (options.onProgress) {
            options.onProgress(ImportProgress{i, sources.size(), sources[i].displayName});
        }
        PreparedFile prepared = next.get();
        if (i + 1 < sources.size() && !stop.stop_requested()) {
            next = prepareAsync(i + 1);
        }
        if (stop.stop_requested()) {
            prepared.report.outcome = FileReport::Outcome::Cancelled;
            prepared.report.error = "Import cancelled; nothing of this file was stored.";
            report.files.push_back(std::move(prepared.report));
            report.cancelled = true;
            break;
        }
        if (prepared.readyToStore) {
            store(writer, prepared, stop);
        }
        if (prepared.report.outcome == FileReport::Outcome::Cancelled) {
            report.cancelled = true;
        }
        report.files.push_back(std::move(prepared.report));
    }
    if (next.valid()) {
        next.wait();
    }
    (void)db.exec("PRAGMA wal_autocheckpoint=1000");
    if (!options.dryRun && report.totalAdded() > 0) {
        // Repack the months that changed now, so the first chart after an import is fast. If
        // this fails the analytics read the plays directly and the next import tries again.
        (void)store::refreshMusicChunks(db);
    }
    if (options.onProgress) {
        options.onProgress(ImportProgress{sources.size(), sources.size(), {}});
    }
    return report;
}

} // namespace tunescope::ingest
