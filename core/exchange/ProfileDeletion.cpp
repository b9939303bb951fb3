#include "exchange/ProfileDeletion.h"

#include "exchange/SoleUse.h"
#include "store/SpotifyAccount.h"
#include "sync/SpotifyConnection.h"

#include <system_error>

namespace tunescope::exchange {

namespace {

Status mustExist(const store::ProfileLocation& profile)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(profile.directory(), ec)) {
        return makeError(ErrorCode::NotFound, "There is no profile \"" + profile.name + "\" (no folder " +
                                                  profile.directory().string() + ").");
    }
    return {};
}

// Removes the Spotify login from where the profile keeps it (the keychain or its login file), as
// `tunescope logout` does. A profile without a Spotify account has no login: the keychain is not
// asked (it may take seconds to answer, or ask the user to unlock it).
Status removeLogin(const store::ProfileLocation& profile, const sync::KeychainOpener& keychain)
{
    std::error_code ec;
    if (!std::filesystem::exists(profile.databaseFile(), ec)) {
        return {};
    }
    auto db = store::Database::open(profile.databaseFile());
    if (!db) {
        return db.error();
    }
    const auto account = store::loadSpotifyAccount(*db);
    if (!account) {
        return account.error();
    }
    if (!account->has_value()) {
        return {};
    }
    const auto secrets = sync::openLoginStorage(*db, profile, false, keychain);
    if (secrets == nullptr) {
        return {}; // no keychain here: nothing of this profile can be in one
    }
    return secrets->remove(sync::SpotifyConnection::secretKeyFor(profile.name));
}

} // namespace

Result<ProfileContents> describeProfile(const store::ProfileLocation& profile)
{
    if (auto s = mustExist(profile); !s) {
        return s.error();
    }
    ProfileContents contents;
    contents.directory = profile.directory();
    std::error_code ec;
    contents.loginFile = std::filesystem::exists(sync::loginFileFor(profile), ec);
    if (!std::filesystem::exists(profile.databaseFile(), ec)) {
        return contents;
    }
    auto db = store::Database::open(profile.databaseFile(), store::OpenMode::ReadOnly);
    if (!db) {
        return db.error();
    }
    auto plays = db->prepare("SELECT COUNT(*) FROM plays");
    if (plays && plays->step()) {
        contents.plays = plays->int64(0);
    }
    const auto account = store::loadSpotifyAccount(*db);
    contents.spotifyAccount = account && account->has_value();
    return contents;
}

Status deleteProfile(const store::ProfileLocation& profile, const sync::KeychainOpener& keychain)
{
    if (auto s = mustExist(profile); !s) {
        return s;
    }
    if (auto s = settleSoleUse(profile.databaseFile(), "Close it and delete the profile again; nothing was deleted.");
        !s) {
        return s;
    }
    if (auto s = removeLogin(profile, keychain); !s) {
        return makeError(s.error().code, s.error().message + " Nothing was deleted.");
    }
    std::error_code ec;
    std::filesystem::remove_all(profile.directory(), ec);
    if (ec) {
        return makeError(ErrorCode::Io, "Could not delete " + profile.directory().string() + ": " + ec.message() +
                                            ". Check the folder's permissions and delete it by hand.");
    }
    return {};
}

} // namespace tunescope::exchange
