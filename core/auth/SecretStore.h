#pragma once

#include "util/Result.h"

#include <optional>
#include <string>

namespace tunescope::auth {

// Where a profile's refresh token lives between runs: the system keychain (ui/platform, through
// QtKeychain), a 0600 file when the user agreed to that, or memory in tests. Keys name a profile
// and an account; values are secrets and never appear in logs or errors.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    virtual Result<std::optional<std::string>> read(const std::string& key) = 0;
    virtual Status write(const std::string& key, const std::string& secret) = 0;
    virtual Status remove(const std::string& key) = 0;
    // Words for the user: "the system keychain", "a file readable only by you (…)".
    [[nodiscard]] virtual std::string describe() const = 0;
};

} // namespace tunescope::auth
