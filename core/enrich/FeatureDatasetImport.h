#pragma once

#include "store/Database.h"
#include "util/Clock.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace tunescope::enrich {

struct DatasetImportReport {
    std::size_t rows = 0;      // data rows in the file (header excluded)
    std::size_t matched = 0;   // rows matched to one of the user's tracks; their features are stored
    std::size_t unmatched = 0; // readable rows for tracks the user does not have: not stored
    std::size_t rejected = 0;  // rows that could not be read
    // "<file>:<line>: <why>" for rejected rows, in file order; the first kMaxProblems, then one
    // line saying how many more.
    std::vector<std::string> problems;

    std::size_t matchedById = 0;      // of `matched`: by Spotify id (the rest by artist and title)
    std::size_t keptFromSpotify = 0;  // of `matched`: tracks keeping the features Spotify itself gave
    std::vector<std::string> columns; // "header -> field" for every column used

    static constexpr std::size_t kMaxProblems = 100;
};

// Imports a features dataset CSV (see parseFeatureDataset for the shapes it reads): each readable
// row is matched to the user's tracks (DatasetTrackIndex) and its features stored with source
// Dataset, replacing misses, ReccoBeats' and an earlier dataset's numbers, never Spotify's own.
// Unmatched rows are counted, not stored. All in one transaction: on any error the database is
// unchanged. A file that cannot be used at all (missing, not UTF-8, no track or feature column,
// an unterminated quote) is an error naming the file and line.
Result<DatasetImportReport> importFeatureDataset(store::Database& db, const std::filesystem::path& csv);
Result<DatasetImportReport> importFeatureDataset(store::Database& db, const std::filesystem::path& csv,
                                                 const Clock& clock);

} // namespace tunescope::enrich
