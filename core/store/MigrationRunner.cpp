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

namespace {

Status refuseNewer(int current, int newest)
{
    return makeError(ErrorCode::Unsupported, "This profile was written by a newer Tunescope (schema " +
                                                 std::to_string(current) + ", this version knows up to " +
                                                 std::to_string(newest) + "). Update Tunescope to open it.");
}

} // namespace

Status migrate(Database& db)
{
    const auto& list = migrations();
    const int newest = list.empty() ? 0 : list.back().version;
    int current = schemaVersion(db);
    if (current < 0) {
        return db.lastError("reading the schema version");
    }
    if (current > newest) {
        return refuseNewer(current, newest);
    }
    if (current == newest) {
        return {};
    }
    // Another connection (a second thread, the CLI) may be upgrading the same file right now:
    // take the write lock first, then read the version again, so each step runs exactly once.
    auto tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    current = schemaVersion(db);
    if (current > newest) {
        return refuseNewer(current, newest);
    }
    for (const auto& step : list) {
        if (step.version <= current) {
            continue;
        }
        if (auto s = db.exec(step.sql); !s) {
            return makeError(ErrorCode::Database,
                             "Upgrading the database (" + std::string(step.name) + ") failed: " + s.error().message);
        }
        if (auto s = db.exec("PRAGMA user_version = " + std::to_string(step.version)); !s) {
            return s.error();
        }
    }
    return tx->commit();
}

} // namespace tunescope::store
