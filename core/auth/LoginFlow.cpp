#include "auth/LoginFlow.h"

#include "auth/AuthorizationRequest.h"
#include "auth/LoopbackReceiver.h"
#include "auth/Pkce.h"

#include <utility>

namespace tunescope::auth {

LoginFlow::LoginFlow(TokenClient& client, SecretStore& store, LoginSettings settings)
    : client_(client), store_(store), settings_(settings)
{
}

Result<TokenSet> LoginFlow::run(const std::string& secretKey, const AuthorizeUrlHandler& onAuthorizeUrl,
                                std::stop_token stop)
{
    auto verifier = pkce::generateVerifier();
    if (!verifier) {
        return verifier.error();
    }
    auto state = pkce::randomState();
    if (!state) {
        return state.error();
    }
    auto receiver = LoopbackReceiver::open(settings_.port);
    if (!receiver) {
        return receiver.error();
    }

    AuthorizationRequest request;
    request.accountsBaseUrl = client_.accountsBaseUrl();
    request.clientId = client_.clientId();
    request.redirectUri = receiver->redirectUri();
    request.codeChallenge = pkce::challengeS256(*verifier);
    request.state = *state;
    if (onAuthorizeUrl) {
        onAuthorizeUrl(authorizeUrl(request));
    }

    auto code = receiver->waitForCallback(*state, settings_.timeout, stop);
    if (!code) {
        return code.error();
    }
    auto tokens = client_.exchangeCode(*code, *verifier, request.redirectUri, std::move(stop));
    if (!tokens) {
        return tokens.error();
    }
    if (const Status saved = store_.write(secretKey, tokens->refreshToken); !saved) {
        return makeError(saved.error().code, "Spotify accepted the login, but Tunescope could not save it in " +
                                                 store_.describe() + " (" + saved.error().message +
                                                 "). Try again, or choose another place for the login in Settings.");
    }
    return tokens;
}

} // namespace tunescope::auth
