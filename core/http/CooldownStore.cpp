#include "http/CooldownStore.h"

namespace tunescope::http {

std::optional<UtcMs> MemoryCooldownStore::cooldownUntil(const std::string& host)
{
    const std::lock_guard lock(mutex_);
    const auto it = entries_.find(host);
    if (it == entries_.end()) {
        return std::nullopt;
    }
    return it->second.until;
}

void MemoryCooldownStore::setCooldown(const std::string& host, UtcMs until, const std::string& reason)
{
    const std::lock_guard lock(mutex_);
    entries_[host] = Entry{until, reason};
}

std::optional<std::string> MemoryCooldownStore::reason(const std::string& host) const
{
    const std::lock_guard lock(mutex_);
    const auto it = entries_.find(host);
    if (it == entries_.end()) {
        return std::nullopt;
    }
    return it->second.reason;
}

} // namespace tunescope::http
