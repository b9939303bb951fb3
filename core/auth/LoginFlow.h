#pragma once

#include "auth/SecretStore.h"
#include "auth/TokenClient.h"
#include "auth/TokenSet.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>

namespace tunescope::auth {

struct LoginSettings {
    std::uint16_t port = 0; // of the loopback receiver; 0 picks any free port
    std::chrono::milliseconds timeout = std::chrono::minutes(5);
};

// The whole login (Authorization Code with PKCE), run on the calling worker thread: opens the
// loopback receiver, hands the authorize URL to the caller (the GUI opens the browser and offers
// the URL to copy; the CLI prints it), waits for the browser to come back, exchanges the code and
// stores the refresh token. The PKCE verifier and the code never leave it except towards the
// token endpoint.
class LoginFlow {
public:
    // Called once, before waiting, with the URL the user must open.
    using AuthorizeUrlHandler = std::function<void(const std::string& url)>;

    LoginFlow(TokenClient& client, SecretStore& store, LoginSettings settings = {});

    // The new login's tokens, its refresh token already stored under `secretKey`. Errors: those of
    // LoopbackReceiver::waitForCallback (declined, timed out, cancelled) and TokenClient, or the
    // store's when the login could not be saved.
    Result<TokenSet> run(const std::string& secretKey, const AuthorizeUrlHandler& onAuthorizeUrl, std::stop_token stop);

private:
    TokenClient& client_;
    SecretStore& store_;
    LoginSettings settings_;
};

} // namespace tunescope::auth
