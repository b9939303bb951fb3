#include "exchange/ProfileBackup.h"

#include "exchange/SoleUse.h"
#include "store/Migrations.h"

#include <sqlite3.h>

#include <string>
#include <system_error>

namespace tunescope::exchange {

namespace {

std::filesystem::path withSuffix(const std::filesystem::path& file, const char* suffix)
{
    auto result = file;
    result += suffix;
    return result;
}

void removeQuietly(const std::filesystem::path& file)
{
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
    std::filesystem::remove(withSuffix(file, "-wal"), ignored);
    std::filesystem::remove(withSuffix(file, "-shm"), ignored);
}

Result<std::int64_t> pragmaNumber(store::Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    if (!stmt->step()) {
        return stmt->failed() ? stmt->error() : makeError(ErrorCode::Database, std::string(sql) + " gave no answer");
    }
    return stmt->int64(0);
}

Status checkIntegrity(store::Database& db, const std::filesystem::path& file)
{
    auto stmt = db.prepare("PRAGMA integrity_check");
    if (!stmt) {
        return stmt.error();
    }
    if (!stmt->step() || stmt->text(0) != "ok") {
        return makeError(ErrorCode::Corrupt, file.string() + " is damaged (SQLite's integrity check failed).");
    }
    return {};
}

Error cancelled(const std::filesystem::path& file, const char* what)
{
    return makeError(ErrorCode::Cancelled,
                     std::string(what) + " " + file.string() + " cancelled; nothing was changed.");
}

Error notBackup(const std::filesystem::path& file)
{
    return makeError(ErrorCode::Unsupported,
                     file.string() + " is not a Tunescope backup (make one with `tunescope backup --out FILE`).");
}

// Checks a backup before anything is changed: a readable SQLite file, marked as ours, of a
// schema this version knows.
Status checkBackup(const std::filesystem::path& backup, const std::stop_token& stop)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(backup, ec)) {
        return makeError(ErrorCode::NotFound, backup.string() + " does not exist or is not a file.");
    }
    auto db = store::Database::open(backup, store::OpenMode::ReadOnly);
    if (!db) {
        return notBackup(backup);
    }
    const auto applicationId = pragmaNumber(*db, "PRAGMA application_id");
    if (!applicationId || *applicationId != kBackupApplicationId) {
        return notBackup(backup);
    }
    const auto version = store::schemaVersion(*db);
    const int newest = store::migrations().empty() ? 0 : store::migrations().back().version;
    if (version > newest) {
        return makeError(ErrorCode::Unsupported, backup.string() + " was made by a newer Tunescope (schema " +
                                                     std::to_string(version) + ", this version knows up to " +
                                                     std::to_string(newest) + "). Update Tunescope to restore it.");
    }
    const std::stop_callback interrupt(stop, [handle = db->handle()] { sqlite3_interrupt(handle); });
    auto checked = checkIntegrity(*db, backup);
    return stop.stop_requested() ? Status(cancelled(backup, "Restoring from")) : checked;
}

// Copies the backup beside the database, migrates and checks the copy.
Status prepareCopy(const std::filesystem::path& backup, const std::filesystem::path& copy, const std::stop_token& stop)
{
    removeQuietly(copy);
    std::error_code ec;
    std::filesystem::copy_file(backup, copy, std::filesystem::copy_options::overwrite_existing, ec);
    if (ec) {
        return makeError(ErrorCode::Io, "Cannot copy " + backup.string() + " into the profile: " + ec.message());
    }
    auto db = store::Database::open(copy);
    if (!db) {
        return db.error();
    }
    const std::stop_callback interrupt(stop, [handle = db->handle()] { sqlite3_interrupt(handle); });
    if (auto s = store::migrate(*db); !s) {
        return stop.stop_requested() ? Status(cancelled(backup, "Restoring from")) : s;
    }
    if (auto s = checkIntegrity(*db, backup); !s) {
        return stop.stop_requested() ? Status(cancelled(backup, "Restoring from")) : s;
    }
    // Leave one self-contained file behind: nothing may stay in a -wal beside the copy.
    return db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace

Status backupDatabase(store::Database& source, const std::filesystem::path& out, std::stop_token stop)
{
    std::error_code ec;
    const auto partial = withSuffix(out, ".partial");
    removeQuietly(partial);
    auto vacuum = source.prepare("VACUUM INTO ?1");
    if (!vacuum) {
        return vacuum.error();
    }
    vacuum->bind(1, partial.string());
    {
        const std::stop_callback interrupt(stop, [handle = source.handle()] { sqlite3_interrupt(handle); });
        auto s = vacuum->run();
        if (!s || stop.stop_requested()) {
            removeQuietly(partial);
            return stop.stop_requested()
                       ? cancelled(out, "Backing up to")
                       : makeError(s.error().code, "Backing up to " + out.string() + " failed: " + s.error().message);
        }
    }
    {
        auto copy = store::Database::open(partial);
        if (!copy) {
            removeQuietly(partial);
            return copy.error();
        }
        if (auto s = copy->exec("PRAGMA application_id = " + std::to_string(kBackupApplicationId) +
                                "; PRAGMA journal_mode = DELETE");
            !s) {
            removeQuietly(partial);
            return s;
        }
    }
    std::filesystem::rename(partial, out, ec);
    if (ec) {
        removeQuietly(partial);
        return makeError(ErrorCode::Io, "Cannot write " + out.string() + ": " + ec.message());
    }
    return {};
}

Status restoreDatabase(const std::filesystem::path& backup, const std::filesystem::path& database, std::stop_token stop)
{
    if (auto s = checkBackup(backup, stop); !s) {
        return s;
    }
    std::error_code ec;
    std::filesystem::create_directories(database.parent_path(), ec);
    const auto copy = withSuffix(database, ".restoring");
    if (auto s = prepareCopy(backup, copy, stop); !s) {
        removeQuietly(copy);
        return s;
    }
    if (stop.stop_requested()) {
        removeQuietly(copy);
        return cancelled(backup, "Restoring from");
    }
    if (auto s = settleSoleUse(database, "Close it and restore again; nothing was changed."); !s) {
        removeQuietly(copy);
        return s;
    }
    const auto before = withSuffix(database, ".before-restore");
    const bool hadDatabase = std::filesystem::exists(database, ec);
    if (hadDatabase) {
        removeQuietly(before);
        std::filesystem::rename(database, before, ec);
        if (ec) {
            removeQuietly(copy);
            return makeError(ErrorCode::Io, "Cannot move the current profile database aside: " + ec.message());
        }
    }
    std::filesystem::rename(copy, database, ec);
    if (ec) {
        std::error_code ignored;
        if (hadDatabase) {
            std::filesystem::rename(before, database, ignored);
        }
        removeQuietly(copy);
        return makeError(ErrorCode::Io, "Cannot put the restored database in place: " + ec.message());
    }
    if (hadDatabase) {
        removeQuietly(before);
    }
    return {};
}

} // namespace tunescope::exchange
