#include "query/ReadOnlyGuard.h"

#include "util/Text.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace tunescope::query {
namespace {

// PRAGMAs that only report, with or without an argument (a table or index name, a row count).
constexpr std::array<std::string_view, 15> kReportingPragmas = {
    "table_info",    "table_xinfo",      "table_list",        "index_list",      "index_info",
    "index_xinfo",   "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check",
    "database_list", "collation_list",   "function_list",     "pragma_list",     "compile_options",
};

// Settings that may be read, never set (an argument would set them).
constexpr std::array<std::string_view, 9> kReadableSettings = {
    "user_version",   "schema_version", "application_id", "page_size",    "page_count",
    "freelist_count", "encoding",       "foreign_keys",   "data_version",
};

// The lists are in lower case; SQLite takes names in any case.
bool listed(std::string_view name, const auto& list)
{
    const std::string lower = text::asciiLower(name);
    return std::find(list.begin(), list.end(), lower) != list.end();
}

bool isSchemaTable(const char* table)
{
    const std::string_view name = table != nullptr ? table : "";
    return name == "sqlite_master" || name == "sqlite_temp_master" || name == "sqlite_schema" ||
           name == "sqlite_temp_schema";
}

bool pragmaAllowed(const char* name, const char* argument)
{
    const std::string_view pragma = name != nullptr ? name : "";
    return listed(pragma, kReportingPragmas) || (argument == nullptr && listed(pragma, kReadableSettings));
}

// The statement an authorizer action stands for, as the user would write it.
std::string actionName(int action, const char* first, const char* second)
{
    switch (action) {
    case SQLITE_INSERT: return "INSERT";
    case SQLITE_UPDATE: return "UPDATE";
    case SQLITE_DELETE: return "DELETE";
    case SQLITE_CREATE_TABLE:
        // ANALYZE creates its statistics table first; users cannot name a table sqlite_...
        return std::string_view(first != nullptr ? first : "").starts_with("sqlite_stat") ? "ANALYZE" : "CREATE TABLE";
    case SQLITE_CREATE_INDEX: return "CREATE INDEX";
    case SQLITE_CREATE_VIEW: return "CREATE VIEW";
    case SQLITE_CREATE_TRIGGER: return "CREATE TRIGGER";
    case SQLITE_CREATE_TEMP_TABLE: return "CREATE TEMP TABLE";
    case SQLITE_CREATE_TEMP_INDEX: return "CREATE TEMP INDEX";
    case SQLITE_CREATE_TEMP_VIEW: return "CREATE TEMP VIEW";
    case SQLITE_CREATE_TEMP_TRIGGER: return "CREATE TEMP TRIGGER";
    case SQLITE_CREATE_VTABLE: return "CREATE VIRTUAL TABLE";
    case SQLITE_DROP_TABLE:
    case SQLITE_DROP_TEMP_TABLE: return "DROP TABLE";
    case SQLITE_DROP_INDEX:
    case SQLITE_DROP_TEMP_INDEX: return "DROP INDEX";
    case SQLITE_DROP_VIEW:
    case SQLITE_DROP_TEMP_VIEW: return "DROP VIEW";
    case SQLITE_DROP_TRIGGER:
    case SQLITE_DROP_TEMP_TRIGGER: return "DROP TRIGGER";
    case SQLITE_DROP_VTABLE: return "DROP VIRTUAL TABLE";
    case SQLITE_ALTER_TABLE: return "ALTER TABLE";
    case SQLITE_ATTACH: return "ATTACH";
    case SQLITE_DETACH: return "DETACH";
    case SQLITE_REINDEX: return "REINDEX";
    case SQLITE_ANALYZE: return "ANALYZE";
    case SQLITE_FUNCTION: return std::string(second != nullptr ? second : "this function") + "()";
    case SQLITE_PRAGMA: {
        std::string text = std::string("PRAGMA ") + (first != nullptr ? first : "");
        if (second != nullptr) {
            text += std::string(" = ") + second;
        }
        return text;
    }
    default: return "this statement";
    }
}

int authorize(void* data, int action, const char* first, const char* second, const char* /*database*/,
              const char* /*trigger*/)
{
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_RECURSIVE:
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT: return SQLITE_OK;
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
        // CREATE statements ask for their schema row before their own action, which is refused
        // next under its own name (CREATE TABLE, CREATE INDEX...). SQLite itself refuses writes to
        // the schema table, and the connection could not write them anyway.
        if (isSchemaTable(first)) {
            return SQLITE_OK;
        }
        break;
    case SQLITE_FUNCTION:
        // Extension loading is switched off too; refusing here gives the clear message.
        if (second == nullptr || text::asciiLower(second) != "load_extension") {
            return SQLITE_OK;
        }
        break;
    case SQLITE_PRAGMA:
        if (pragmaAllowed(first, second)) {
            return SQLITE_OK;
        }
        break;
    default: break;
    }
    auto* refusal = static_cast<WriteRefusal*>(data);
    if (refusal->what.empty()) {
        refusal->what = actionName(action, first, second);
    }
    return SQLITE_DENY;
}

} // namespace

Status lockDown(sqlite3* db, WriteRefusal& refusal)
{
    if (sqlite3_exec(db, "PRAGMA query_only = ON", nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, static_cast<int*>(nullptr)) != SQLITE_OK ||
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, static_cast<int*>(nullptr)) != SQLITE_OK ||
        sqlite3_enable_load_extension(db, 0) != SQLITE_OK) {
        return makeError(ErrorCode::Database,
                         std::string("Cannot make the query console read-only: ") + sqlite3_errmsg(db));
    }
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    if (sqlite3_set_authorizer(db, authorize, &refusal) != SQLITE_OK) {
        return makeError(ErrorCode::Database,
                         std::string("Cannot make the query console read-only: ") + sqlite3_errmsg(db));
    }
    return {};
}

std::string readOnlyMessage(const std::string& what)
{
    std::string message = "The query console is read-only: ";
    message.append(what).append(" is not allowed");
    return message;
}

} // namespace tunescope::query
