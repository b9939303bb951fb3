#include "auth/MemorySecretStore.h"

namespace tunescope::auth {

Result<std::optional<std::string>> MemorySecretStore::read(const std::string& key)
{
    const std::lock_guard lock(mutex_);
    const auto found = secrets_.find(key);
    if (found == secrets_.end()) {
        return std::optional<std::string>();
    }
    return std::optional<std::string>(found->second);
}

Status MemorySecretStore::write(const std::string& key, const std::string& secret)
{
    const std::lock_guard lock(mutex_);
    secrets_[key] = secret;
    return {};
}

Status MemorySecretStore::remove(const std::string& key)
{
    const std::lock_guard lock(mutex_);
    secrets_.erase(key);
    return {};
}

std::string MemorySecretStore::describe() const
{
    return "memory only (the login is forgotten when Tunescope closes)";
}

} // namespace tunescope::auth
