#include "store/Migrations.h"

#include <string>

namespace tunescope::store {

int schemaVersion(Database& db)
{
    auto stmt = db.prepare("PRAGMA user_version");
    if (!stmt || !stmt->step()) {
        return -1;
    }
    return static_cast<int>(stmt->int64(0));
}

Status migrate(Database& db)
{
    const int current = schemaVersion(db);
    if (current < 0) {
        return db.lastError("reading the schema version");
    }
    const auto& list = migrations();
    const int newest = list.empty() ? 0 : list.back().version;
    if (current > newest) {
        return makeError(ErrorCode::Unsupported, "This profile was written by a newer Tunescope (schema " +
                                                     std::to_string(current) + ", this version knows up to " +
                                                     std::to_string(newest) + "). Update Tunescope to open it.");
    }
    for (const auto& step : list) {
        if (step.version <= current) {
            continue;
        }
        auto tx = Transaction::begin(db);
        if (!tx) {
            return tx.error();
        }
        if (auto s = db.exec(step.sql); !s) {
            return makeError(ErrorCode::Database,
                             "Upgrading the database (" + std::string(step.name) + ") failed: " + s.error().message);
        }
        if (auto s = db.exec("PRAGMA user_version = " + std::to_string(step.version)); !s) {
            return s.error();
        }
        if (auto s = tx->commit(); !s) {
            return s;
        }
    }
    return {};
}

} // namespace tunescope::store
