#pragma once

#include "store/Database.h"
#include "util/CivilTime.h"

#include <optional>
#include <string>

namespace tunescope::store {

// Who this profile is logged in as. The refresh token is not here: `secretKey` names the
// keychain entry that holds it.
struct SpotifyAccount {
    std::string clientId;
    std::optional<std::string> userId;
    std::optional<std::string> accountId;
    std::optional<std::string> displayName;
    std::string secretKey;
    UtcMs loggedInAt = 0;
};

Result<std::optional<SpotifyAccount>> loadSpotifyAccount(Database& db);
Status saveSpotifyAccount(Database& db, const SpotifyAccount& account);
Status removeSpotifyAccount(Database& db);

} // namespace tunescope::store
