#pragma once

#include "query/LocalTime.h"
#include "query/QueryValue.h"
#include "query/ReadOnlyGuard.h"
#include "store/Database.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <memory>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace tunescope::query {

struct QueryOptions {
    std::size_t maxRows = 1000; // rows kept; QueryResult::truncated says when there were more
    static constexpr std::size_t kAllRows = std::numeric_limits<std::size_t>::max();
};

struct QueryResult {
    std::vector<std::string> columns;
    std::vector<std::vector<QueryValue>> rows;
    bool truncated = false; // more rows than QueryOptions::maxRows: only the first ones are here
    std::int64_t elapsedMs = 0;
};

// SQL typed by the user over a profile's database, through a connection of its own that cannot
// write: opened read-only and locked down (ReadOnlyGuard.h), so a write is impossible rather than
// discouraged, and each refusal says what was refused. One statement per run.
//
// Days and hours are those of `zone`, as the app's pages count them (LocalTime.h): local columns
// in v_plays, v_daily by local day, local_day() and friends.
//
// A connection belongs to one thread at a time; cancel a running query from any other thread
// with the stop_token given to run() (it calls sqlite3_interrupt).
class QueryConsole {
public:
    // Opens the database file read-only. The file must exist (a profile's own connection creates
    // and migrates it).
    static Result<QueryConsole> open(const std::filesystem::path& file, const TimeZone& zone);
    // The file `profile` is connected to; an in-memory database cannot be shared and is refused.
    static Result<QueryConsole> openBeside(const store::Database& profile, const TimeZone& zone);

    // Runs one statement. Errors: InvalidInput for SQL SQLite rejects, a refused write ("The query
    // console is read-only: INSERT is not allowed") or more than one statement; Cancelled when
    // `stop` was requested before or while it ran.
    Result<QueryResult> run(std::string_view sql, const QueryOptions& options = {}, std::stop_token stop = {});

private:
    QueryConsole(store::Database db, std::unique_ptr<WriteRefusal> refusal, std::unique_ptr<LocalClock> clock)
        : refusal_(std::move(refusal)), clock_(std::move(clock)), db_(std::move(db))
    {
    }

    // Declared before the connection so that they outlive it.
    std::unique_ptr<WriteRefusal> refusal_; // the authorizer's, at a fixed address
    std::unique_ptr<LocalClock> clock_;     // the local-time functions', likewise
    store::Database db_;
};

} // namespace tunescope::query
