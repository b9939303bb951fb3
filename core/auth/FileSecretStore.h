#pragma once

#include "auth/SecretStore.h"

#include <filesystem>
#include <map>
#include <mutex>

namespace tunescope::auth {

// The opt-in fallback when there is no system keychain: one JSON object {key: secret} in a file
// only its owner can read (mode 0600). Every write goes to a fresh 0600 file in the same folder
// that then replaces the old one, so a crash leaves either the old or the new secrets, never half
// a file and never a moment where the secrets sit in a readable file. A file that group or others
// can read is refused, not silently fixed: someone may already have read it.
class FileSecretStore final : public SecretStore {
public:
    explicit FileSecretStore(std::filesystem::path file);

    Result<std::optional<std::string>> read(const std::string& key) override;
    Status write(const std::string& key, const std::string& secret) override;
    Status remove(const std::string& key) override;
    // "a file readable only by you (PATH)"
    [[nodiscard]] std::string describe() const override;

private:
    using Secrets = std::map<std::string, std::string>;
    Result<Secrets> load() const;
    Status save(const Secrets& secrets) const;

    std::filesystem::path file_;
    std::mutex mutex_; // one read-modify-write at a time within this process
};

} // namespace tunescope::auth
