#pragma once

#include "auth/LoginFlow.h"
#include "auth/SecretStore.h"
#include "auth/TokenClient.h"
#include "auth/TokenProvider.h"
#include "http/CurlTransport.h"
#include "http/HttpClient.h"
#include "http/RequestGate.h"
#include "spotify/SpotifyApi.h"
#include "store/Profile.h"
#include "store/SqliteCooldownStore.h"
#include "util/Clock.h"

#include <memory>
#include <mutex>
#include <string>

namespace tunescope::sync {

// Where Spotify lives. A proxy (the app's settings) or a test points these elsewhere;
// TUNESCOPE_SPOTIFY_API_URL and TUNESCOPE_SPOTIFY_ACCOUNTS_URL override either.
struct SpotifyEndpoints {
    std::string api = std::string(spotify::kDefaultApiBaseUrl);
    std::string accounts = std::string(auth::kDefaultAccountsBaseUrl);

    // These, with what the environment sets instead.
    [[nodiscard]] SpotifyEndpoints withEnvironment() const;
    static SpotifyEndpoints fromEnvironment() { return SpotifyEndpoints{}.withEnvironment(); }
    bool operator==(const SpotifyEndpoints&) const = default;
};

struct ConnectionSettings {
    store::ProfileLocation profile;
    SpotifyEndpoints endpoints;
    std::string clientId;                 // from the account or the user; empty: env token only
    auth::SecretStore* secrets = nullptr; // where the login lives; null: no stored login
    Clock* clock = &systemClock();
};

// Everything that talks to Spotify for one profile, built once and shared by every call of a
// session: one libcurl transport, the per-host request gate, cooldowns kept in the profile, the
// retrying client, the token handling and the typed API.
class SpotifyConnection {
public:
    explicit SpotifyConnection(ConnectionSettings settings);
    ~SpotifyConnection();
    SpotifyConnection(const SpotifyConnection&) = delete;
    SpotifyConnection& operator=(const SpotifyConnection&) = delete;

    // The keychain entry of a profile's login: "tunescope/<profile>/spotify".
    static std::string secretKeyFor(const std::string& profileName);

    // The API with the best token source: TUNESCOPE_SPOTIFY_TOKEN when set (never stored), else
    // the stored login. LoginRequired when there is neither. Safe to call from several threads:
    // a sync and the artist window share one connection, so one token refresh serves both.
    Result<spotify::SpotifyApi*> api();
    // The same API, kept alive (with its tokens) by the caller even if the user logs out meanwhile.
    Result<std::shared_ptr<spotify::SpotifyApi>> sharedApi();

    // Logs in through the browser and the loopback receiver, stores the refresh token in the
    // secret store and the account in the profile.
    Status login(store::Database& db, const auth::LoginFlow::AuthorizeUrlHandler& onAuthorizeUrl,
                 auth::LoginSettings loginSettings, std::stop_token stop);
    // Forgets the login: the secret, the account row. Plays and caches stay.
    Status logout(store::Database& db);

    [[nodiscard]] http::HttpClient& http() { return client_; }
    [[nodiscard]] const ConnectionSettings& settings() const { return settings_; }

private:
    ConnectionSettings settings_;
    http::CurlTransport transport_;
    http::RequestGate gate_;
    store::SqliteCooldownStore cooldowns_;
    http::HttpClient client_;
    auth::TokenClient tokenClient_;
    std::mutex apiMutex_; // guards api_: built on first use, replaced by login, dropped by logout
    std::shared_ptr<spotify::SpotifyApi> api_;
};

} // namespace tunescope::sync
