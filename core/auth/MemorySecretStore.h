#pragma once

#include "auth/SecretStore.h"

#include <map>
#include <mutex>

namespace tunescope::auth {

// Secrets held only in this process: for tests and `--no-keychain` runs, where the login ends
// when Tunescope does.
class MemorySecretStore final : public SecretStore {
public:
    Result<std::optional<std::string>> read(const std::string& key) override;
    Status write(const std::string& key, const std::string& secret) override;
    Status remove(const std::string& key) override;
    [[nodiscard]] std::string describe() const override;

private:
    mutable std::mutex mutex_;
    std::map<std::string, std::string> secrets_;
};

} // namespace tunescope::auth
