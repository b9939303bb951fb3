#pragma once

#include "store/Database.h"

#include <string_view>
#include <vector>

namespace tunescope::store {

struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

// The numbered files of core/store/migrations, embedded at build time, in order.
const std::vector<Migration>& migrations();

// Brings the schema to the newest version in one transaction (all pending steps or none), tracked
// by PRAGMA user_version; safe when several connections open the same new file at once. Refuses
// a database written by a newer Tunescope.
Status migrate(Database& db);
int schemaVersion(Database& db);

} // namespace tunescope::store
