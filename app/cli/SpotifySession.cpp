#include "cli/SpotifySession.h"

#include "auth/FileSecretStore.h"
#include "store/SpotifyAccount.h"
#include "store/SyncState.h"

namespace tunescope::cli {
namespace {

// sync_state: where this profile keeps its login ("file" once the user chose the 0600 file).
constexpr std::string_view kLoginStore = "login_store";

std::filesystem::path loginFile(const store::ProfileLocation& profile)
{
    return profile.directory() / "spotify-login.json";
}

} // namespace

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
    store::SyncState state(*db);
    auto choice = state.text(kLoginStore);
    const bool fileChosen = context.args().has("--store-login-in-file");
    std::unique_ptr<auth::SecretStore> secrets;
    if (fileChosen || (choice && choice->value_or("") == "file")) {
        secrets = std::make_unique<auth::FileSecretStore>(loginFile(profile));
        if (fileChosen) {
            (void)state.set(kLoginStore, "file");
        }
    } else if (openSystemKeychain != nullptr) {
        secrets = openSystemKeychain();
    }
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

std::string describeSpotifyError(const Error& error, const TimeZone& zone)
{
    if (error.code != ErrorCode::RateLimited || error.retryAtMs == 0) {
        return error.message;
    }
    const auto local = formatIsoUtc(error.retryAtMs + zone.offsetMsAt(error.retryAtMs));
    // "2026-11-22T14:05:00Z" -> "2026-11-22 14:05"
    return error.message + " Tunescope will not ask Spotify again before " + local.substr(0, 10) + ' ' +
           local.substr(11, 5) + " (" + zone.name() + ").";
}

} // namespace tunescope::cli
