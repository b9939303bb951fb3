#include "enrich/FeatureDatasetImport.h"

#include "enrich/DatasetTrackIndex.h"
#include "enrich/FeatureCache.h"
#include "enrich/FeatureDataset.h"

#include <fstream>
#include <system_error>

namespace tunescope::enrich {
namespace {

Result<std::string> readWholeFile(const std::filesystem::path& file)
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        return makeError(ErrorCode::NotFound, file.string() + ": no such file");
    }
    if (std::filesystem::is_directory(file, ec)) {
        return makeError(ErrorCode::InvalidInput, file.string() + " is a folder; give the dataset's CSV file");
    }
    const auto size = std::filesystem::file_size(file, ec);
    std::ifstream in(file, std::ios::binary);
    if (ec || !in) {
        return makeError(ErrorCode::Io, file.string() + ": could not be opened");
    }
    std::string content(static_cast<std::size_t>(size), '\0');
    if (!in.read(content.data(), static_cast<std::streamsize>(content.size()))) {
        return makeError(ErrorCode::Io, file.string() + ": could not be read");
    }
    return content;
}

std::string place(const std::filesystem::path& file, std::size_t line)
{
    return line == 0 ? file.string() : file.string() + ":" + std::to_string(line);
}

} // namespace

Result<DatasetImportReport> importFeatureDataset(store::Database& db, const std::filesystem::path& csv)
{
    return importFeatureDataset(db, csv, systemClock());
}

Result<DatasetImportReport> importFeatureDataset(store::Database& db, const std::filesystem::path& csv,
                                                 const Clock& clock)
{
    auto text = readWholeFile(csv);
    if (!text) {
        return text.error();
    }
    auto index = DatasetTrackIndex::load(db);
    if (!index) {
        return index.error();
    }
    auto tx = store::Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    DatasetImportReport report;
    FeatureCache cache(db);
    const UtcMs now = clock.now();
    Status stored;
    // Rows are matched and stored as they are read; nothing is handed over before the whole file
    // was checked, and a failure anywhere rolls the transaction back.
    const DatasetScan scan = scanFeatureDataset(*text, [&](DatasetRow& row) {
        if (!stored) {
            return;
        }
        const auto match = index->find(row);
        if (!match) {
            ++report.unmatched;
            return;
        }
        ++report.matched;
        report.matchedById += match->byId ? 1U : 0U;
        if (!match->spotifyId.empty()) {
            auto written =
                cache.putUnlessFromSpotify(TrackFeatures{match->spotifyId, row.features, FeatureSource::Dataset, now});
            if (!written) {
                stored = written.error();
                return;
            }
            report.keptFromSpotify += *written ? 0U : 1U;
        }
        if (match->itemWithoutUri != 0) {
            stored = cache.putForItem(match->itemWithoutUri, row.features, FeatureSource::Dataset, now);
        }
    });
    if (!scan.fatal.empty()) {
        return makeError(ErrorCode::Corrupt, place(csv, scan.fatalLine) + ": " + scan.fatal);
    }
    if (!stored) {
        return stored.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }

    report.rows = scan.dataRecords;
    report.rejected = scan.rejected.size();
    report.columns = scan.columns.recognised;
    for (const auto& problem : scan.rejected) {
        if (report.problems.size() == DatasetImportReport::kMaxProblems) {
            report.problems.push_back("... and " +
                                      std::to_string(scan.rejected.size() - DatasetImportReport::kMaxProblems) +
                                      " more rejected rows");
            break;
        }
        report.problems.push_back(place(csv, problem.line) + ": " + problem.message);
    }
    return report;
}

} // namespace tunescope::enrich
