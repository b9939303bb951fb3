#pragma once

#include "auth/AuthorizationRequest.h"
#include "auth/TokenSet.h"
#include "http/HttpTypes.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <stop_token>
#include <string>

namespace tunescope::auth {

// Talks to Spotify's token endpoint (<accounts>/api/token) as a public PKCE client: client_id in
// the form body, no client secret, no Basic auth. Retries belong to the HttpSender it is given.
// Errors: LoginRequired (invalid_grant: the login expired or was revoked), InvalidInput (the
// Client ID is wrong), RateLimited, Network, Cancelled, Remote. Messages never carry a token,
// a code or a verifier.
class TokenClient {
public:
    TokenClient(http::HttpSender& sender, Clock& clock, std::string clientId,
                std::string accountsBaseUrl = std::string(kDefaultAccountsBaseUrl));

    // Trades the authorization code from the browser callback for tokens. `redirectUri` must be the
    // one the authorize URL carried.
    Result<TokenSet> exchangeCode(const std::string& code, const std::string& verifier, const std::string& redirectUri,
                                  std::stop_token stop);

    // A new access token. Spotify rotates refresh tokens; when an answer has none, the result
    // keeps `refreshToken`.
    Result<TokenSet> refresh(const std::string& refreshToken, std::stop_token stop);

    [[nodiscard]] const std::string& clientId() const { return clientId_; }
    [[nodiscard]] const std::string& accountsBaseUrl() const { return accountsBaseUrl_; }

private:
    http::HttpSender& sender_;
    Clock& clock_;
    std::string clientId_;
    std::string accountsBaseUrl_;
};

} // namespace tunescope::auth
