#include "store/SyncState.h"

#include <charconv>

namespace tunescope::store {

Result<std::optional<std::string>> SyncState::text(std::string_view key)
{
    auto stmt = db_->prepare("SELECT value FROM sync_state WHERE key = ?");
    if (!stmt) {
        return stmt.error();
    }
    if (stmt->bind(1, key).step()) {
        return std::optional<std::string>(stmt->text(0));
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return std::optional<std::string>();
}

Result<std::optional<std::int64_t>> SyncState::number(std::string_view key)
{
    auto value = text(key);
    if (!value) {
        return value.error();
    }
    if (!value->has_value()) {
        return std::optional<std::int64_t>();
    }
    const std::string& digits = **value;
    std::int64_t number = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (ec != std::errc() || end != digits.data() + digits.size()) {
        return std::optional<std::int64_t>(); // not ours: treat as unset
    }
    return std::optional<std::int64_t>(number);
}

Status SyncState::set(std::string_view key, std::string_view value)
{
    auto stmt = db_->prepare("INSERT INTO sync_state(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt) {
        return stmt.error();
    }
    return stmt->bind(1, key).bind(2, value).run();
}

Status SyncState::erase(std::string_view key)
{
    auto stmt = db_->prepare("DELETE FROM sync_state WHERE key = ?");
    if (!stmt) {
        return stmt.error();
    }
    return stmt->bind(1, key).run();
}

} // namespace tunescope::store
