#include "SpotifyJobs.h"

#include "store/SyncState.h"

namespace tunescope::ui::spotify_jobs {
namespace {

Result<Facts> readFacts(store::Database& db)
{
    auto account = store::loadSpotifyAccount(db);
    if (!account) {
        return account.error();
    }
    store::SyncState state(db);
    auto lastSync = state.number(store::SyncState::kLastSyncAt);
    if (!lastSync) {
        return lastSync.error();
    }
    auto topLists = state.number(store::SyncState::kTopListsAt);
    if (!topLists) {
        return topLists.error();
    }
    return Facts{std::move(account).value(), *lastSync, *topLists};
}

std::shared_ptr<Backend> makeBackend(const store::ProfileLocation& profile, const sync::SpotifyEndpoints& endpoints,
                                     std::unique_ptr<auth::SecretStore> secrets, const std::string& clientId,
                                     Clock& clock)
{
    auto backend = std::make_shared<Backend>();
    backend->profile = profile;
    backend->secrets = std::move(secrets);
    sync::ConnectionSettings settings{profile, endpoints, clientId, backend->secrets.get(), &clock};
    backend->connection = std::make_unique<sync::SpotifyConnection>(std::move(settings));
    return backend;
}

} // namespace

Result<Opened> open(const ProfileSession& session, const sync::SpotifyEndpoints& endpoints,
                    const sync::KeychainOpener& keychain, Clock& clock)
{
    auto db = session.open();
    if (!db) {
        return db.error();
    }
    auto facts = readFacts(*db);
    if (!facts) {
        return facts.error();
    }
    std::unique_ptr<auth::SecretStore> secrets;
    if (facts->account) {
        secrets = sync::openLoginStorage(*db, session.location(), false, keychain);
    }
    const std::string clientId = facts->account ? facts->account->clientId : std::string();
    return Opened{makeBackend(session.location(), endpoints, std::move(secrets), clientId, clock),
                  std::move(facts).value()};
}

LoginOutcome logIn(const ProfileSession& session, const sync::SpotifyEndpoints& endpoints, const std::string& clientId,
                   bool storeInFile, const sync::KeychainOpener& keychain, Clock& clock, Feed& feed,
                   std::stop_token stop)
{
    LoginOutcome outcome;
    auto db = session.open();
    if (!db) {
        outcome.error = db.error();
        return outcome;
    }
    auto secrets = sync::openLoginStorage(*db, session.location(), storeInFile, keychain);
    if (!secrets) {
        outcome.kind = LoginOutcome::Kind::NeedsStorageChoice;
        outcome.loginFile = sync::loginFileFor(session.location()).string();
        return outcome;
    }
    auto backend = makeBackend(session.location(), endpoints, std::move(secrets), clientId, clock);
    const auto loggedIn = backend->connection->login(
        *db,
        [&feed](const std::string& url) {
            const std::lock_guard lock(feed.mutex);
            feed.authorizeUrl = url;
        },
        auth::LoginSettings{}, std::move(stop));
    if (!loggedIn) {
        outcome.error = loggedIn.error();
        return outcome;
    }
    auto facts = readFacts(*db);
    if (!facts) {
        outcome.error = facts.error();
        return outcome;
    }
    outcome.kind = LoginOutcome::Kind::LoggedIn;
    outcome.opened = Opened{std::move(backend), std::move(facts).value()};
    return outcome;
}

Result<Facts> logOut(Backend& backend, const ProfileSession& session)
{
    auto db = session.open();
    if (!db) {
        return db.error();
    }
    if (auto s = backend.connection->logout(*db); !s) {
        return s.error();
    }
    return readFacts(*db);
}

SyncOutcome synchronize(Backend& backend, const ProfileSession& session, const sync::SyncOptions& options, Clock& clock,
                        Feed& feed, std::stop_token stop)
{
    SyncOutcome outcome;
    auto db = session.open();
    if (!db) {
        outcome.report = db.error();
        return outcome;
    }
    auto api = backend.connection->api();
    if (!api && backend.secrets == nullptr) {
        outcome.report = makeError(ErrorCode::LoginRequired,
                                   "Tunescope cannot read your Spotify login: no system keychain is available. Log "
                                   "in again (Spotify › Log in…) to keep the login in a file only you can read.");
    } else if (!api) {
        outcome.report = api.error();
    } else {
        outcome.report = sync::syncSpotify(
            *db, **api, clock, options,
            [&feed](const sync::SyncProgress& progress) {
                const std::lock_guard lock(feed.mutex);
                feed.progress = progress;
            },
            std::move(stop));
    }
    if (auto facts = readFacts(*db)) {
        outcome.facts = std::move(facts).value();
    }
    return outcome;
}

} // namespace tunescope::ui::spotify_jobs
