#include "store/Database.h"

#include <sqlite3.h>

#include <chrono>
#include <thread>
#include <utility>

namespace tunescope::store {
namespace {

// SQLite's message, or for the failures a user can fix (a full disk, a folder they cannot write)
// what happened in their words and what to do; `what` is the detail for everything else.
Error databaseError(sqlite3* db, const std::string& what)
{
    const char* file = sqlite3_db_filename(db, "main");
    const std::string where = file != nullptr && *file != 0 ? std::string(" to ") + file : std::string();
    switch (sqlite3_errcode(db) & 0xff) { // the primary code: SQLITE_READONLY_DIRECTORY is SQLITE_READONLY too
    case SQLITE_FULL:
        return makeError(ErrorCode::Io, "The disk is full: Tunescope could not write" + where +
                                            ". Free some space and try again; nothing of this step was kept.");
    case SQLITE_READONLY:
        return makeError(ErrorCode::Io, "Tunescope may not write" + where +
                                            " (read-only file or folder). Check its permissions, or choose "
                                            "another --data-dir; nothing was changed.");
    default: return makeError(ErrorCode::Database, what);
    }
}

} // namespace

namespace {

constexpr std::chrono::milliseconds kBusyPatience{5000};

// Switching a new file to WAL needs a moment alone with it, and SQLite answers "busy" at once
// (without its busy handler) while another connection is opening the same file: try again for
// as long as any other statement would wait.
int switchToWal(sqlite3* db)
{
    const auto giveUp = std::chrono::steady_clock::now() + kBusyPatience;
    for (;;) {
        const int rc = sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
        if ((rc & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= giveUp) {
            return rc;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

} // namespace

Statement::~Statement()
{
    if (stmt_) {
        sqlite3_finalize(stmt_);
    }
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)), failed_(other.failed_), needsReset_(other.needsReset_)
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (stmt_) {
            sqlite3_finalize(stmt_);
        }
        db_ = other.db_;
        stmt_ = std::exchange(other.stmt_, nullptr);
        failed_ = other.failed_;
        needsReset_ = other.needsReset_;
    }
    return *this;
}

void Statement::reset()
{
    sqlite3_reset(stmt_);
    needsReset_ = false;
    failed_ = false;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (needsReset_) {
        reset();
    }
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (needsReset_) {
        reset();
    }
    sqlite3_bind_double(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    if (needsReset_) {
        reset();
    }
    sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value)
{
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

Statement& Statement::bind(int index, std::optional<std::int64_t> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    if (needsReset_) {
        reset();
    }
    sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

std::string_view Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    return data ? std::string_view(static_cast<const char*>(data), static_cast<size_t>(size)) : std::string_view();
}

Statement& Statement::bindNull(int index)
{
    if (needsReset_) {
        reset();
    }
    sqlite3_bind_null(stmt_, index);
    return *this;
}

bool Statement::step()
{
    if (needsReset_) {
        // A previous cycle ran to completion; start again with the same bindings.
        sqlite3_reset(stmt_);
        needsReset_ = false;
    }
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    needsReset_ = true;
    failed_ = rc != SQLITE_DONE;
    return false;
}

Status Statement::run()
{
    while (step()) {
    }
    if (failed_) {
        return error();
    }
    return {};
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(stmt_, column);
}

std::string_view Statement::textView(int column) const
{
    const auto* data = sqlite3_column_text(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    return data ? std::string_view(reinterpret_cast<const char*>(data), static_cast<size_t>(size)) : std::string_view();
}

std::string Statement::text(int column) const
{
    return std::string(textView(column));
}

int Statement::columnCount() const
{
    return sqlite3_column_count(stmt_);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

Error Statement::error() const
{
    return databaseError(db_, std::string("Database error: ") + sqlite3_errmsg(db_));
}

Result<Database> Database::open(const std::filesystem::path& file, OpenMode mode)
{
    sqlite3* db = nullptr;
    const int flags = mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(file.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string message =
            "Cannot open the database " + file.string() + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return makeError(ErrorCode::Database, std::move(message));
    }
    sqlite3_busy_timeout(db, static_cast<int>(kBusyPatience.count()));
    sqlite3_extended_result_codes(db, 1);
    Database database(db);
    if (mode == OpenMode::ReadWrite) {
        // 64 MiB of page cache and memory-mapped reads keep a million-play import off the disk.
        // Foreign keys are declared but not enforced: every id comes from the catalog in the same
        // transaction, and enforcing them costs three lookups per imported row.
        if (switchToWal(db) != SQLITE_OK) {
            return database.lastError("switching the database to write-ahead logging");
        }
        if (auto s = database.exec("PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; "
                                   "PRAGMA mmap_size=268435456; PRAGMA temp_store=MEMORY;");
            !s) {
            return s.error();
        }
    }
    return database;
}

Result<Database> Database::openInMemory()
{
    return open(":memory:");
}

Database::Database(Database&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
    }
    return *this;
}

Database::~Database()
{
    sqlite3_close_v2(db_);
}

Status Database::exec(std::string_view sql)
{
    char* message = nullptr;
    const std::string statement(sql);
    if (sqlite3_exec(db_, statement.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = std::string("Database error: ") + (message ? message : "unknown");
        sqlite3_free(message);
        return databaseError(db_, text);
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
        SQLITE_OK) {
        return lastError("preparing a statement");
    }
    return Statement(db_, stmt);
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(db_);
}

Error Database::lastError(std::string_view context) const
{
    return databaseError(db_, "Database error while " + std::string(context) + ": " + sqlite3_errmsg(db_));
}

Result<Transaction> Transaction::begin(Database& db)
{
    // Inside another transaction this one becomes a savepoint: its rollback undoes only its
    // own work, and the outer transaction decides in the end (a dry run rolls all back).
    const bool nested = sqlite3_get_autocommit(db.handle()) == 0;
    if (auto s = db.exec(nested ? "SAVEPOINT tunescope_nested" : "BEGIN IMMEDIATE"); !s) {
        return s.error();
    }
    return Transaction(db, nested);
}

Transaction::~Transaction()
{
    if (db_) {
        (void)db_->exec(nested_ ? "ROLLBACK TO tunescope_nested; RELEASE tunescope_nested" : "ROLLBACK");
    }
}

Status Transaction::commit()
{
    if (!db_) {
        return makeError(ErrorCode::Database, "Transaction already finished");
    }
    auto status = db_->exec(nested_ ? "RELEASE tunescope_nested" : "COMMIT");
    if (status) {
        db_ = nullptr;
    }
    return status;
}

} // namespace tunescope::store
