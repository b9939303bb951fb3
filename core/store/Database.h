#pragma once

#include "util/Result.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tunescope::store {

// A prepared statement, reset on every bind cycle. Binds are 1-based like SQLite's.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::optional<std::string>& value);
    Statement& bind(int index, std::optional<std::int64_t> value);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, std::string_view bytes);

    // true while a row is available; check error() after it returns false.
    bool step();
    // Runs a statement that returns no rows.
    Status run();
    void reset();

    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::string_view textView(int column) const;
    [[nodiscard]] std::string_view blob(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] int columnCount() const;

    [[nodiscard]] bool failed() const { return failed_; }
    [[nodiscard]] Error error() const;

private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
    bool failed_ = false;
    bool needsReset_ = false;
};

enum class OpenMode { ReadWrite, ReadOnly };

class Database {
public:
    static Result<Database> open(const std::filesystem::path& file, OpenMode mode = OpenMode::ReadWrite);
    static Result<Database> openInMemory();

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    Status exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    std::int64_t lastInsertId() const;
    [[nodiscard]] sqlite3* handle() const { return db_; }
    [[nodiscard]] Error lastError(std::string_view context) const;

private:
    explicit Database(sqlite3* db) : db_(db) {}
    sqlite3* db_ = nullptr;
};

// Rolls back unless commit() succeeded: a failure anywhere leaves the database as it was.
// Begun inside another transaction, it is a savepoint of that one.
class Transaction {
public:
    static Result<Transaction> begin(Database& db);
    Transaction(Transaction&& other) noexcept : db_(other.db_), nested_(other.nested_) { other.db_ = nullptr; }
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Status commit();

private:
    Transaction(Database& db, bool nested) : db_(&db), nested_(nested) {}
    Database* db_;
    bool nested_;
};

} // namespace tunescope::store
