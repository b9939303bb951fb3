#pragma once

#include "auth/SecretStore.h"

#include <chrono>
#include <memory>

namespace tunescope::ui {

// The system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager)
// through QtKeychain, under the service name "Tunescope". Every call waits for the keychain on
// the calling thread, which must not be the GUI thread (see KeychainThread).
class KeychainSecretStore final : public auth::SecretStore {
public:
    // The keychain when one answers, else nullptr (no Secret Service running, access refused), so
    // the caller can say "no keychain" and offer the file instead. Blocks like every call.
    static std::unique_ptr<auth::SecretStore> open();

    Result<std::optional<std::string>> read(const std::string& key) override;
    Status write(const std::string& key, const std::string& secret) override;
    Status remove(const std::string& key) override;
    [[nodiscard]] std::string describe() const override;

    // A locked keychain may ask the user to unlock it: give them time.
    static constexpr std::chrono::milliseconds kTimeout{std::chrono::minutes(2)};
    static constexpr std::chrono::milliseconds kProbeTimeout{std::chrono::seconds(20)};

private:
    KeychainSecretStore() = default;
};

} // namespace tunescope::ui
