#pragma once

#include "auth/MemorySecretStore.h"
#include "auth/SecretStore.h"

#include <memory>
#include <string>

namespace tunescope::testing {

// The GUI tests' keychain: memory shared by every store the app opens during a test.
class SharedSecrets final : public auth::SecretStore {
public:
    explicit SharedSecrets(std::shared_ptr<auth::MemorySecretStore> inner) : inner_(std::move(inner)) {}
    Result<std::optional<std::string>> read(const std::string& key) override { return inner_->read(key); }
    Status write(const std::string& key, const std::string& secret) override { return inner_->write(key, secret); }
    Status remove(const std::string& key) override { return inner_->remove(key); }
    [[nodiscard]] std::string describe() const override { return "the test keychain"; }

private:
    std::shared_ptr<auth::MemorySecretStore> inner_;
};

} // namespace tunescope::testing
