#pragma once

#include "ingest/ChartImport.h"
#include "store/ChartWriter.h"
#include "util/Result.h"

#include <cstddef>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>

namespace tunescope::ingest {

struct ChartFileStats {
    std::string format;
    std::size_t rowsRead = 0;
    std::size_t entriesAdded = 0;
    std::size_t duplicates = 0;
    std::size_t chartsTouched = 0;
    std::optional<Error> error;   // the file is broken (with its name and line) or the run stopped
    bool missingIdentity = false; // refused because neither the name nor the user said which chart
};

// Reads one chart CSV's rows into the writer. The caller owns the transaction and rolls it
// back when `error` is set.
ChartFileStats readChartFile(std::string_view bytes, const std::string& fileName, const ChartImportOptions& options,
                             store::ChartWriter& writer, const std::stop_token& stop);

} // namespace tunescope::ingest
