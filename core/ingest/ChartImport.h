#pragma once

#include "ingest/ChartIdentity.h"
#include "ingest/ImportReport.h"
#include "store/Database.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace tunescope::ingest {

struct ChartFileReport {
    std::string name;
    FileReport::Outcome outcome = FileReport::Outcome::Imported;
    std::string format; // "spotifycharts.com", "charts.spotify.com", "aggregated dataset"
    std::string error;  // what happened and where (file and line)
    std::size_t rowsRead = 0;
    std::size_t entriesAdded = 0;
    std::size_t duplicates = 0; // entries the database already held
    std::size_t chartsTouched = 0;
    // Rejected only because the user must say the region, period or date (ChartImportOptions).
    bool needsChartIdentity = false;
};

struct ChartImportReport {
    std::vector<ChartFileReport> files;
    bool cancelled = false;

    [[nodiscard]] bool anyRejected() const;
    [[nodiscard]] std::size_t totalAdded() const;
    [[nodiscard]] std::size_t totalRows() const;
};

struct ChartImportProgress {
    std::size_t fileIndex = 0;
    std::size_t fileCount = 0;
    std::string fileName;
    std::uint64_t bytesDone = 0; // of every file together
    std::uint64_t bytesTotal = 0;
};

// What the user says about files whose names do not say it; it wins over the name.
struct ChartImportOptions {
    std::optional<std::string> region; // a code or a country name
    std::optional<ChartPeriod> period;
    std::optional<CivilDate> date;
    std::optional<ChartKind> kind;
    std::function<void(const ChartImportProgress&)> onProgress;
};

// Imports Spotify chart CSVs (files, or folders searched for *.csv): spotifycharts.com's files
// with their note line, charts.spotify.com's with a byte order mark and quoted numbers, and
// aggregated datasets with the region and date in columns. Each file is one transaction: a
// broken file is reported with its name and line and changes nothing. Importing a file again
// adds nothing. A stop request leaves the file in progress out.
ChartImportReport importCharts(store::Database& db, const std::vector<std::filesystem::path>& paths,
                               const ChartImportOptions& options = {}, std::stop_token stop = {});

} // namespace tunescope::ingest
