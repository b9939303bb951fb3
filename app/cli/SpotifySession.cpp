#include "cli/SpotifySession.h"

#include "store/SpotifyAccount.h"
#include "sync/LoginStorage.h"

namespace tunescope::cli {
std::unique_ptr<auth::SecretStore> (*openSystemKeychain)() = nullptr;

Result<SpotifySession> openSpotifySession(CommandContext& context, const std::string& clientId, int& exitCode)
{
    if (context.args().demo) {
        exitCode = context.fail(kExitUsage, "the demo profile is fictional and cannot log in to Spotify");
        return makeError(ErrorCode::InvalidInput, "demo");
    }
    auto db = context.openDatabase();
    if (!db) {
        exitCode = context.fail(kExitFailure, db.error().message);
        return db.error();
    }
    const auto profile = context.profileLocation();
    auto secrets = sync::openLoginStorage(*db, profile, context.args().has("--store-login-in-file"),
                                          openSystemKeychain != nullptr ? sync::KeychainOpener(openSystemKeychain)
                                                                        : sync::KeychainOpener());
    auto account = store::loadSpotifyAccount(*db);
    if (!account) {
        exitCode = context.fail(kExitFailure, account.error().message);
        return account.error();
    }
    std::string id = clientId;
    if (id.empty() && account->has_value()) {
        id = (*account)->clientId;
    }
    sync::ConnectionSettings settings{profile, sync::SpotifyEndpoints::fromEnvironment(), id, secrets.get(),
                                      &systemClock()};
    auto connection = std::make_unique<sync::SpotifyConnection>(std::move(settings));
    return SpotifySession{std::move(db).value(), std::move(secrets), std::move(connection)};
}

} // namespace tunescope::cli
