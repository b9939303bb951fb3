#include "sync/SpotifyConnection.h"

#include "auth/EnvTokenProvider.h"
#include "auth/RefreshingTokenProvider.h"
#include "store/SpotifyAccount.h"

#include <cstdlib>

namespace tunescope::sync {
namespace {

// Spotify counts calls in a rolling 30 s window and says nothing about the size: a gentle pace
// and two requests at a time keep a big job from tripping it.
constexpr http::HostPacing kSpotifyPacing{std::chrono::milliseconds(100), 2};

std::string environmentOr(const char* name, std::string fallback)
{
    const char* value = std::getenv(name); // NOLINT(concurrency-mt-unsafe): read once per connection
    return value != nullptr && *value != '\0' ? std::string(value) : std::move(fallback);
}

} // namespace

SpotifyEndpoints SpotifyEndpoints::withEnvironment() const
{
    return SpotifyEndpoints{environmentOr("TUNESCOPE_SPOTIFY_API_URL", api),
                            environmentOr("TUNESCOPE_SPOTIFY_ACCOUNTS_URL", accounts)};
}

SpotifyConnection::SpotifyConnection(ConnectionSettings settings)
    : settings_(std::move(settings)), gate_(*settings_.clock, kSpotifyPacing),
      cooldowns_(settings_.profile.databaseFile()), client_(transport_, *settings_.clock, gate_, cooldowns_),
      tokenClient_(client_, *settings_.clock, settings_.clientId, settings_.endpoints.accounts)
{
}

SpotifyConnection::~SpotifyConnection() = default;

std::string SpotifyConnection::secretKeyFor(const std::string& profileName)
{
    return "tunescope/" + profileName + "/spotify";
}

namespace {

// The API owns its token provider: whoever holds the API keeps the tokens it uses alive.
std::shared_ptr<spotify::SpotifyApi> apiWith(http::HttpClient& client, std::shared_ptr<auth::TokenProvider> tokens,
                                             const std::string& baseUrl)
{
    auto* api = new spotify::SpotifyApi(client, *tokens, baseUrl);
    return {api, [tokens = std::move(tokens)](spotify::SpotifyApi* owned) { delete owned; }};
}

} // namespace

Result<spotify::SpotifyApi*> SpotifyConnection::api()
{
    auto shared = sharedApi();
    if (!shared) {
        return shared.error();
    }
    return shared->get(); // api_ keeps it alive until a logout
}

Result<std::shared_ptr<spotify::SpotifyApi>> SpotifyConnection::sharedApi()
{
    const std::lock_guard lock(apiMutex_);
    if (api_) {
        return api_;
    }
    std::shared_ptr<auth::TokenProvider> tokens;
    if (auto fromEnvironment = auth::EnvTokenProvider::fromEnvironment()) {
        tokens = std::move(fromEnvironment);
    } else if (settings_.secrets != nullptr && !settings_.clientId.empty()) {
        auto stored = auth::RefreshingTokenProvider::fromStore(tokenClient_, *settings_.secrets, *settings_.clock,
                                                               secretKeyFor(settings_.profile.name));
        if (!stored) {
            return stored.error();
        }
        tokens = std::move(stored).value();
    } else {
        return makeError(ErrorCode::LoginRequired,
                         "Tunescope is not logged in to Spotify. Log in first (tunescope login, or Spotify > Log "
                         "in in the window).");
    }
    api_ = apiWith(client_, std::move(tokens), settings_.endpoints.api);
    return api_;
}

Status SpotifyConnection::login(store::Database& db, const auth::LoginFlow::AuthorizeUrlHandler& onAuthorizeUrl,
                                auth::LoginSettings loginSettings, std::stop_token stop)
{
    if (settings_.clientId.empty()) {
        return makeError(ErrorCode::InvalidInput,
                         "Tunescope needs your Spotify app's Client ID to log in: create an app at "
                         "developer.spotify.com/dashboard with the redirect URI http://127.0.0.1/callback, then "
                         "give its Client ID.");
    }
    if (settings_.secrets == nullptr) {
        return makeError(ErrorCode::InvalidInput, "There is nowhere to keep the login (no keychain).");
    }
    const std::string key = secretKeyFor(settings_.profile.name);
    auth::LoginFlow flow(tokenClient_, *settings_.secrets, loginSettings);
    auto tokens = flow.run(key, onAuthorizeUrl, std::move(stop));
    if (!tokens) {
        return tokens.error();
    }
    auto api = apiWith(client_,
                       std::make_shared<auth::RefreshingTokenProvider>(tokenClient_, *settings_.secrets,
                                                                       *settings_.clock, key, *tokens),
                       settings_.endpoints.api);
    {
        const std::lock_guard lock(apiMutex_);
        api_ = api;
    }
    store::SpotifyAccount account{settings_.clientId, std::nullopt, std::nullopt,
                                  std::nullopt,       key,          settings_.clock->now()};
    if (auto me = api->me({}); me) {
        account.userId = me->id;
        account.displayName = me->displayName;
        account.accountId = me->accountId;
    }
    return store::saveSpotifyAccount(db, account);
}

Status SpotifyConnection::logout(store::Database& db)
{
    {
        const std::lock_guard lock(apiMutex_);
        api_.reset(); // a job still holding it finishes with the tokens it has
    }
    if (settings_.secrets != nullptr) {
        if (auto removed = settings_.secrets->remove(secretKeyFor(settings_.profile.name)); !removed) {
            return removed;
        }
    }
    return store::removeSpotifyAccount(db);
}

} // namespace tunescope::sync
