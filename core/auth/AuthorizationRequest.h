#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tunescope::auth {

// Spotify's accounts service; configurable so tests and proxies can point the login elsewhere.
inline constexpr std::string_view kDefaultAccountsBaseUrl = "https://accounts.spotify.com";

// What Tunescope reads: top lists, recently played, the library and the user's playlists.
inline constexpr std::string_view kLoginScopes =
    "user-top-read user-read-recently-played user-library-read playlist-read-private";

// "http://127.0.0.1:<port>/callback". Spotify rejects "localhost" and was reported to reject
// hyphens in loopback paths, so both the literal address and the plain path are deliberate.
std::string loopbackRedirectUri(std::uint16_t port);

// The page the user's browser opens to grant access (Authorization Code with PKCE).
struct AuthorizationRequest {
    std::string accountsBaseUrl{kDefaultAccountsBaseUrl};
    std::string clientId;
    std::string redirectUri;   // loopbackRedirectUri(receiver port)
    std::string codeChallenge; // pkce::challengeS256(verifier); the verifier itself never goes here
    std::string state;         // pkce::randomState()
    std::string scopes{kLoginScopes};
};

// "<base>/authorize?client_id=…&response_type=code&redirect_uri=…&code_challenge_method=S256&
// code_challenge=…&scope=…&state=…", every value percent-encoded (spaces as %20).
std::string authorizeUrl(const AuthorizationRequest& request);

// "<base>/api/token", the endpoint for the code exchange and refreshes.
std::string tokenEndpointUrl(std::string_view accountsBaseUrl);

} // namespace tunescope::auth
