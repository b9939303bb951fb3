#pragma once

#include "enrich/DatasetColumns.h"
#include "enrich/TrackFeatures.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tunescope::enrich {

// One usable row of a features dataset, on Spotify's scales.
struct DatasetRow {
    std::size_t line = 0;                 // where the row starts in the file (1-based)
    std::optional<std::string> spotifyId; // the first id-like column holding a real Spotify track id
    std::vector<std::string> artists;     // candidates to match by, best first (artistCandidates)
    std::string title;
    AudioFeatures features;
};

struct DatasetProblem {
    std::size_t line = 0;
    std::string message;
};

// What reading a dataset found besides its usable rows.
struct DatasetScan {
    DatasetColumns columns;
    std::size_t dataRecords = 0;          // records after the header, usable or not
    std::vector<DatasetProblem> rejected; // one per record that could not be used, in file order
    // Set when the file as a whole cannot be used (no header, no column naming a track or a
    // feature, a quoted field that never ends, not UTF-8); `fatalLine` 0 means the whole file.
    // No row is handed over then.
    std::string fatal;
    std::size_t fatalLine = 0;
};

// Reads a features dataset CSV (any of the shapes public datasets come in, see DatasetColumns):
// percentages (a '%' in the header, or a 0..1 feature column holding values above 1) become 0..1,
// note names and Major/Minor become numbers, "no value" words stay missing. A row is rejected,
// with its line, when its field count differs from the header's, a value cannot be read or lies
// outside its scale, it names no track, or it holds no feature at all. Pure: text in, rows out.
//
// Reads the text twice (the scale of a column is known only after its last value) and hands each
// usable row to `onRow` in file order, keeping none: a dataset of a million rows costs its text.
// The whole text is checked before the first row is handed over, so a fatal problem means no
// row at all.
DatasetScan scanFeatureDataset(std::string_view text, const std::function<void(DatasetRow&)>& onRow);

struct ParsedDataset : DatasetScan {
    std::vector<DatasetRow> rows; // the usable ones
};

// scanFeatureDataset, keeping every usable row.
ParsedDataset parseFeatureDataset(std::string_view text);

} // namespace tunescope::enrich
