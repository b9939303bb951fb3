#pragma once

#include "util/Result.h"

#include <stop_token>
#include <string>

namespace tunescope::auth {

// Hands out a valid access token for API requests. The API client asks before each request and,
// when the server answers 401 to a token, tells the provider so it refreshes (once) before the
// client retries. Errors: LoginRequired (log in again), Network, RateLimited, Cancelled.
class TokenProvider {
public:
    virtual ~TokenProvider() = default;
    virtual Result<std::string> accessToken(std::stop_token stop) = 0;
    // `rejected` was answered with 401: return a different, fresh token (refreshing if nobody has
    // already), or LoginRequired.
    virtual Result<std::string> renewAfterUnauthorized(const std::string& rejected, std::stop_token stop) = 0;
};

} // namespace tunescope::auth
