#pragma once

#include "util/CivilTime.h"

#include <string>

namespace tunescope::auth {

// One login's tokens. Every field but expiresAtMs and scope is a secret: never log or show it.
struct TokenSet {
    std::string accessToken;  // empty: not fetched yet (refresh on first use)
    std::string refreshToken; // rotates: the newest one is the only one that works
    UtcMs expiresAtMs = 0;    // when accessToken stops working (UTC ms)
    std::string scope;        // space-separated scopes Spotify granted
};

} // namespace tunescope::auth
