#pragma once

#include "http/CooldownStore.h"
#include "store/Database.h"

#include <filesystem>
#include <mutex>
#include <optional>

namespace tunescope::store {

// Cooldowns in the profile's database (http_cooldowns), so "Spotify asks us to wait until 14:05"
// survives a restart. Uses its own connection: a cooldown set while a sync step's transaction is
// open must not roll back with that step. Thread-safe. If the database cannot be written, the
// cooldown is still kept for this process.
class SqliteCooldownStore final : public http::CooldownStore {
public:
    explicit SqliteCooldownStore(std::filesystem::path databaseFile);

    std::optional<UtcMs> cooldownUntil(const std::string& host) override;
    void setCooldown(const std::string& host, UtcMs until, const std::string& reason) override;

private:
    Database* connection(); // opened on first use; nullptr when it cannot be

    std::filesystem::path file_;
    std::mutex mutex_;
    std::optional<Database> db_;
    bool openFailed_ = false;
    http::MemoryCooldownStore memory_; // what this process set, in case the file cannot take it
};

} // namespace tunescope::store
