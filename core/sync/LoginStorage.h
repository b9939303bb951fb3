#pragma once

#include "auth/SecretStore.h"
#include "store/Database.h"
#include "store/Profile.h"

#include <filesystem>
#include <functional>
#include <memory>

namespace tunescope::sync {

// Opens the system keychain, or returns nullptr when there is none (no Secret Service running).
using KeychainOpener = std::function<std::unique_ptr<auth::SecretStore>()>;

// The file that holds a profile's login when the user chose a file over the keychain (mode 0600).
std::filesystem::path loginFileFor(const store::ProfileLocation& profile);

// Where this profile keeps its Spotify login: the 0600 file when the user chose it (now, with
// `chooseFile`, or once before: the choice is remembered in the profile), else the keychain.
// nullptr when neither is available: the caller asks the user whether a file is acceptable.
std::unique_ptr<auth::SecretStore> openLoginStorage(store::Database& db, const store::ProfileLocation& profile,
                                                    bool chooseFile, const KeychainOpener& keychain);

} // namespace tunescope::sync
