#include "query/QueryConsole.h"

#include "query/SqlText.h"

#include <sqlite3.h>

#include <chrono>

namespace tunescope::query {
namespace {

struct FinalizeStatement {
    void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using StatementHandle = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

// SQLite asks every so many virtual-machine steps whether to go on: a stop requested before the
// interrupt could reach a running statement still ends it.
constexpr int kStepsBetweenChecks = 1000;

int stopRequested(void* token)
{
    return static_cast<const std::stop_token*>(token)->stop_requested() ? 1 : 0;
}

// Installs the progress check for one run and removes it afterwards.
class ProgressCheck {
public:
    // The handler reads the token through a pointer: `stop` must outlive this object.
    ProgressCheck(sqlite3* db, std::stop_token& stop) : db_(db)
    {
        sqlite3_progress_handler(db_, kStepsBetweenChecks, stopRequested, &stop);
    }
    ~ProgressCheck() { sqlite3_progress_handler(db_, 0, nullptr, nullptr); }
    ProgressCheck(const ProgressCheck&) = delete;
    ProgressCheck& operator=(const ProgressCheck&) = delete;

private:
    sqlite3* db_;
};

QueryValue columnValue(sqlite3_stmt* stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER: return std::int64_t{sqlite3_column_int64(stmt, column)};
    case SQLITE_FLOAT: return sqlite3_column_double(stmt, column);
    case SQLITE_TEXT: {
        const auto* text = sqlite3_column_text(stmt, column);
        const auto size = static_cast<std::size_t>(sqlite3_column_bytes(stmt, column));
        return text != nullptr ? std::string(reinterpret_cast<const char*>(text), size) : std::string();
    }
    case SQLITE_BLOB: return BlobValue{static_cast<std::size_t>(sqlite3_column_bytes(stmt, column))};
    default: return std::monostate{};
    }
}

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, "The query was cancelled.");
}

} // namespace

Result<QueryConsole> QueryConsole::open(const std::filesystem::path& file, const TimeZone& zone)
{
    auto db = store::Database::open(file, store::OpenMode::ReadOnly);
    if (!db) {
        return db.error();
    }
    // The profile connection's memory settings (store::Database::open): a scan of a million
    // plays through v_plays takes half the time with them.
    if (auto s = db->exec("PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456; PRAGMA temp_store=MEMORY;"); !s) {
        return s.error();
    }
    auto clock = std::make_unique<LocalClock>(zone);
    if (auto s = addLocalTime(db->handle(), *clock); !s) {
        return s.error();
    }
    auto refusal = std::make_unique<WriteRefusal>();
    if (auto s = lockDown(db->handle(), *refusal); !s) {
        return s.error();
    }
    return QueryConsole(std::move(db).value(), std::move(refusal), std::move(clock));
}

Result<QueryConsole> QueryConsole::openBeside(const store::Database& profile, const TimeZone& zone)
{
    const char* file = sqlite3_db_filename(profile.handle(), "main");
    if (file == nullptr || *file == 0) {
        return makeError(ErrorCode::Unsupported, "The query console reads a profile saved on disk; this database "
                                                 "exists only in memory.");
    }
    return open(file, zone);
}

Result<QueryResult> QueryConsole::run(std::string_view sql, const QueryOptions& options, std::stop_token stop)
{
    const auto started = std::chrono::steady_clock::now();
    if (isBlank(sql)) {
        return makeError(ErrorCode::InvalidInput, "Nothing to run: type a SELECT statement.");
    }
    sqlite3* db = db_.handle();
    refusal_->what.clear();
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    const int prepared = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), 0, &raw, &tail);
    const StatementHandle stmt(raw);
    if (!refusal_->what.empty()) {
        return makeError(ErrorCode::InvalidInput, readOnlyMessage(refusal_->what));
    }
    if (prepared != SQLITE_OK || !stmt) {
        return makeError(ErrorCode::InvalidInput, std::string("SQL error: ") + sqlite3_errmsg(db));
    }
    const std::string_view rest =
        tail != nullptr ? sql.substr(static_cast<std::size_t>(tail - sql.data())) : std::string_view();
    if (!isBlank(rest)) {
        return makeError(ErrorCode::InvalidInput, "Run one statement at a time: there is more after the first "
                                                  "statement's ';'. Nothing was run.");
    }
    // VACUUM (also VACUUM INTO a new file), BEGIN IMMEDIATE and the like pass the authorizer but
    // SQLite knows they write.
    if (sqlite3_stmt_readonly(stmt.get()) == 0) {
        return makeError(ErrorCode::InvalidInput, readOnlyMessage(statementVerb(sql)));
    }

    QueryResult result;
    const int columns = sqlite3_column_count(stmt.get());
    for (int c = 0; c < columns; ++c) {
        const char* name = sqlite3_column_name(stmt.get(), c);
        result.columns.emplace_back(name != nullptr ? name : "");
    }
    if (stop.stop_requested()) {
        return cancelled();
    }
    const ProgressCheck check(db, stop);
    const std::stop_callback interrupt(stop, [db] { sqlite3_interrupt(db); });
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        if (result.rows.size() >= options.maxRows) {
            result.truncated = true;
            break;
        }
        auto& row = result.rows.emplace_back();
        row.reserve(static_cast<std::size_t>(columns));
        for (int c = 0; c < columns; ++c) {
            row.push_back(columnValue(stmt.get(), c));
        }
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        if ((rc & 0xff) == SQLITE_INTERRUPT || stop.stop_requested()) {
            return cancelled();
        }
        if (!refusal_->what.empty()) {
            return makeError(ErrorCode::InvalidInput, readOnlyMessage(refusal_->what));
        }
        if ((rc & 0xff) == SQLITE_READONLY) {
            return makeError(ErrorCode::InvalidInput, readOnlyMessage(statementVerb(sql)));
        }
        return makeError(ErrorCode::InvalidInput, std::string("SQL error: ") + sqlite3_errmsg(db));
    }
    result.elapsedMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace tunescope::query
