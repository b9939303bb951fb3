#include "sync/LoginStorage.h"

#include "auth/FileSecretStore.h"
#include "store/SyncState.h"

namespace tunescope::sync {
namespace {

constexpr std::string_view kLoginStore = "login_store"; // sync_state: "file" once chosen

} // namespace

std::filesystem::path loginFileFor(const store::ProfileLocation& profile)
{
    return profile.directory() / "spotify-login.json";
}

std::unique_ptr<auth::SecretStore> openLoginStorage(store::Database& db, const store::ProfileLocation& profile,
                                                    bool chooseFile, const KeychainOpener& keychain)
{
    store::SyncState state(db);
    const auto remembered = state.text(kLoginStore);
    if (chooseFile || (remembered && remembered->value_or("") == "file")) {
        if (chooseFile) {
            (void)state.set(kLoginStore, "file"); // best effort: asking again next time is harmless
        }
        return std::make_unique<auth::FileSecretStore>(loginFileFor(profile));
    }
    return keychain ? keychain() : nullptr;
}

} // namespace tunescope::sync
