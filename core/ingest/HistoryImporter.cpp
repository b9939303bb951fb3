#include "ingest/HistoryImporter.h"

#include "ingest/ExportSource.h"
#include "ingest/HistoryParser.h"
#include "store/PlayWriter.h"

#include <cstdint>
#include <cstdio>

namespace tunescope::ingest {
namespace {

// FNV-1a over the bytes plus their length: tells files apart in import_files.
std::string fingerprint(std::string_view bytes)
{
    std::uint64_t hash = 1469598103934665603ULL;
    for (const char c : bytes) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "fnv1a64:%016llx:%zu", static_cast<unsigned long long>(hash), bytes.size());
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

void importOne(store::PlayWriter& writer, const SourceFile& source, const ImportOptions& options, std::stop_token stop,
               FileReport& report)
{
    auto bytes = source.read();
    if (!bytes) {
        report.outcome = FileReport::Outcome::Rejected;
        report.error = bytes.error().message;
        return;
    }
    // Inside folders and ZIPs, files that are not streaming history (the export's PDF, its
    // other JSON files) are passed over quietly; a file the user named is judged in full.
    if (!source.namedByUser && (!startsLikeJson(*bytes) || !looksLikeHistory(*bytes))) {
        report.outcome = FileReport::Outcome::Ignored;
        report.error = "not streaming history";
        return;
    }
    auto parsed = parseHistory(*bytes);
    if (!parsed) {
        report.outcome = FileReport::Outcome::Rejected;
        report.error = parsed.error().message;
        return;
    }
    report.shape = shapeName(parsed->shape);
    report.rowsRead = parsed->rowsRead;
    report.skipped = parsed->skipped;
    const store::ImportedFileInfo info{source.displayName, report.shape, fingerprint(*bytes), parsed->rowsRead};
    bytes.value() = std::string(); // the records are all we need now
    auto outcome = writer.write(parsed->records, info, stop, options.dryRun);
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
    store::PlayWriter writer(db);
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const auto& source = sources[i];
        FileReport file;
        file.name = source.displayName;
        if (stop.stop_requested()) {
            report.cancelled = true;
            break;
        }
        if (options.onProgress) {
            options.onProgress(ImportProgress{i, sources.size(), source.displayName});
        }
        importOne(writer, source, options, stop, file);
        if (file.outcome == FileReport::Outcome::Cancelled) {
            report.cancelled = true;
        }
        report.files.push_back(std::move(file));
    }
    if (options.onProgress) {
        options.onProgress(ImportProgress{sources.size(), sources.size(), {}});
    }
    return report;
}

} // namespace tunescope::ingest
