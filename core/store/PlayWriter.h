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
    std::size_t refined = 0; // Web API plays replaced by the export's fuller row for them
    std::map<ingest::PlayKind, std::size_t> addedByKind;
};

// Stores the records of one file in one transaction, skipping plays the database already has
// (see PlayMatcher for what counts as the same play). An export row for a play first learnt from
// the Web API replaces that row: the export knows the real ms_played, platform and the rest.
// A failure or a stop request leaves the database as it was.
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
