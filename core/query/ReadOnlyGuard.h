#pragma once

#include "util/Result.h"

#include <string>

struct sqlite3;

namespace tunescope::query {

// What the authorizer refused while the last statement was prepared, in words: "INSERT",
// "ATTACH", "PRAGMA user_version = 1", "load_extension()". Empty when nothing was refused.
struct WriteRefusal {
    std::string what;
};

// Makes a connection (opened with SQLITE_OPEN_READONLY) unable to change anything: query_only,
// defensive mode, no extension loading, no attached databases, and an authorizer that allows
// reading only (SELECT, reading functions, read-only PRAGMAs, transactions) and records what it
// refused in `refusal`, which must outlive the connection.
Status lockDown(sqlite3* db, WriteRefusal& refusal);

// "The query console is read-only: INSERT is not allowed"
std::string readOnlyMessage(const std::string& what);

} // namespace tunescope::query
