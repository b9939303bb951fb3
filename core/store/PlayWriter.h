#pragma once

#include "ingest/PlayRecord.h"
#include "store/Catalog.h"
#include "store/Database.h"

#include <cstddef>
#include <map>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace tunescope::store {

struct ImportedFileInfo {
    std::string name;
    std::string shape;
    std::string fingerprint;
    std::size_t rowsRead = 0;
    std::optional<UtcMs> importedAt = std::nullopt; // now, unless given (the demo is reproducible)
};

struct WriteOutcome {
    std::size_t added = 0;
    std::size_t duplicates = 0;
    std::map<ingest::PlayKind, std::size_t> addedByKind;
};

// Stores the records of one file in one transaction, skipping plays the database already has:
// from the same source, an identical row; from another source (account data vs extended history
// vs the Web API), the same item with end times within 60 s and ms_played within 1 s (and the
// same URI when both rows have one). A failure or a stop request leaves the database as it was.
class PlayWriter {
public:
    explicit PlayWriter(Database& db) : db_(&db), catalog_(db) {}

    Result<WriteOutcome> write(const std::vector<ingest::PlayRecord>& records, const ImportedFileInfo& file,
                               std::stop_token stop = {});

private:
    Database* db_;
    Catalog catalog_;
};

} // namespace tunescope::store
