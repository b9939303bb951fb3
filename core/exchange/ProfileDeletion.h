#pragma once

#include "store/Profile.h"
#include "sync/LoginStorage.h"

#include <cstdint>
#include <filesystem>

namespace tunescope::exchange {

// What deleting a profile takes away, for the question asked first.
struct ProfileContents {
    std::filesystem::path directory;
    std::int64_t plays = 0;      // rows of listening of every kind
    bool loginFile = false;      // the Spotify login is kept in a file in the folder
    bool spotifyAccount = false; // logged in to Spotify (the login is in the keychain or the file)
};

// Reads what the profile holds, changing nothing. NotFound when the profile has no folder.
Result<ProfileContents> describeProfile(const store::ProfileLocation& profile);

// Deletes the profile for good: first its Spotify login in the system keychain (when `keychain`
// opens one; a login kept in the profile's file goes with the folder), then the profile folder
// with its database, login file, caches and anything else in it. Refused, changing nothing, while
// another connection (the window, a sync, another command) has the profile open, or when the
// keychain refuses to remove the login.
Status deleteProfile(const store::ProfileLocation& profile, const sync::KeychainOpener& keychain);

} // namespace tunescope::exchange
