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

Result<spotify::SpotifyApi*> SpotifyConnection::api()
{
    if (!tokens_) {
        if (auto fromEnvironment = auth::EnvTokenProvider::fromEnvironment()) {
            tokens_ = std::move(fromEnvironment);
        } else if (settings_.secrets != nullptr && !settings_.clientId.empty()) {
            auto stored = auth::RefreshingTokenProvider::fromStore(tokenClient_, *settings_.secrets, *settings_.clock,
                                                                   secretKeyFor(settings_.profile.name));
            if (!stored) {
                return stored.error();
            }
            tokens_ = std::move(stored).value();
        } else {
            return makeError(ErrorCode::LoginRequired,
                             "Tunescope is not logged in to Spotify. Log in first (tunescope login, or Spotify > Log "
                             "in in the window).");
        }
        api_ = std::make_unique<spotify::SpotifyApi>(client_, *tokens_, settings_.endpoints.api);
    }
    return api_.get();
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
    auto provider = std::make_unique<auth::RefreshingTokenProvider>(tokenClient_, *settings_.secrets, *settings_.clock,
                                                                    key, *tokens);
    api_ = std::make_unique<spotify::SpotifyApi>(client_, *provider, settings_.endpoints.api);
    tokens_ = std::move(provider);
    store::SpotifyAccount account{settings_.clientId, std::nullopt, std::nullopt,
                                  std::nullopt,       key,          settings_.clock->now()};
    if (auto me = api_->me({}); me) {
        account.userId = me->id;
        account.displayName = me->displayName;
        account.accountId = me->accountId;
    }
    return store::saveSpotifyAccount(db, account);
}

Status SpotifyConnection::logout(store::Database& db)
{
    api_.reset();
    tokens_.reset();
    if (settings_.secrets != nullptr) {
        if (auto removed = settings_.secrets->remove(secretKeyFor(settings_.profile.name)); !removed) {
            return removed;
        }
    }
    return store::removeSpotifyAccount(db);
}

} // namespace tunescope::sync
