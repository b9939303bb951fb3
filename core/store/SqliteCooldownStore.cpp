#include "store/SqliteCooldownStore.h"

namespace tunescope::store {

SqliteCooldownStore::SqliteCooldownStore(std::filesystem::path databaseFile) : file_(std::move(databaseFile)) {}

Database* SqliteCooldownStore::connection()
{
    if (!db_ && !openFailed_) {
        auto opened = Database::open(file_);
        if (opened) {
            db_.emplace(std::move(opened).value());
        } else {
            openFailed_ = true;
        }
    }
    return db_ ? &*db_ : nullptr;
}

std::optional<UtcMs> SqliteCooldownStore::cooldownUntil(const std::string& host)
{
    const std::lock_guard lock(mutex_);
    if (auto* db = connection()) {
        auto stmt = db->prepare("SELECT until_ms FROM http_cooldowns WHERE host = ?");
        if (stmt && stmt->bind(1, host).step()) {
            return stmt->int64(0);
        }
    }
    return memory_.cooldownUntil(host);
}

void SqliteCooldownStore::setCooldown(const std::string& host, UtcMs until, const std::string& reason)
{
    const std::lock_guard lock(mutex_);
    memory_.setCooldown(host, until, reason);
    if (auto* db = connection()) {
        auto stmt = db->prepare("INSERT OR REPLACE INTO http_cooldowns(host, until_ms, reason) VALUES (?, ?, ?)");
        if (stmt) {
            (void)stmt->bind(1, host).bind(2, until).bind(3, reason).run(); // best effort: memory has it
        }
    }
}

} // namespace tunescope::store
