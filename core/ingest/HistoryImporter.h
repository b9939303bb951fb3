#pragma once

#include "ingest/ImportReport.h"
#include "store/Database.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

namespace tunescope::ingest {

struct ImportProgress {
    std::size_t fileIndex = 0; // 0-based index of the file being worked on
    std::size_t fileCount = 0;
    std::string fileName;
};

struct ImportOptions {
    bool dryRun = false; // read and match everything, store nothing
    std::function<void(const ImportProgress&)> onProgress;
};

// Imports streaming-history exports (files, folders, ZIPs) into a profile database. Each file is
// one transaction: a broken file is reported with its name and the place of the fault and
// changes nothing; the other files still go in. A stop request finishes nothing further and
// leaves the file in progress out.
ImportReport importHistory(store::Database& db, const std::vector<std::filesystem::path>& paths,
                           const ImportOptions& options = {}, std::stop_token stop = {});

} // namespace tunescope::ingest
