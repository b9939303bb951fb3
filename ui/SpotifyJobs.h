#pragma once

#include "ProfileSession.h"
#include "store/SpotifyAccount.h"
#include "sync/LoginStorage.h"
#include "sync/SpotifyConnection.h"
#include "sync/SpotifySync.h"

#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>

// The Spotify work that SpotifyLink runs on worker threads, one job at a time: plain functions
// that open what they need, do one thing and return what the window shows. No Qt objects here.
namespace tunescope::ui::spotify_jobs {

// A profile's connection to Spotify and where its login lives. Built and used on workers only.
struct Backend {
    store::ProfileLocation profile;
    std::unique_ptr<auth::SecretStore> secrets; // declared first: the connection points at it
    std::unique_ptr<sync::SpotifyConnection> connection;
};

// What the window shows about a profile's Spotify link.
struct Facts {
    std::optional<store::SpotifyAccount> account;
    std::optional<UtcMs> lastSyncAt;
    std::optional<UtcMs> topListsAt;
};

// What a running job tells the window meanwhile; the GUI thread reads it on a timer.
struct Feed {
    std::mutex mutex;
    std::optional<sync::SyncProgress> progress;
    std::optional<std::string> authorizeUrl;
};

struct Opened {
    std::shared_ptr<Backend> backend;
    Facts facts;
};

struct LoginOutcome {
    enum class Kind { LoggedIn, NeedsStorageChoice, Failed };
    Kind kind = Kind::Failed;
    std::optional<Error> error;
    std::string loginFile; // NeedsStorageChoice: where the file would be
    Opened opened;         // LoggedIn
};

struct SyncOutcome {
    Result<sync::SyncReport> report = makeError(ErrorCode::Cancelled, "");
    Facts facts;
};

// Reads the account and sync times and builds the connection. The keychain is asked only when
// an account exists, so a profile that never logged in never touches it.
Result<Opened> open(const ProfileSession& session, const sync::SpotifyEndpoints& endpoints,
                    const sync::KeychainOpener& keychain, Clock& clock);

// The whole login in the browser; NeedsStorageChoice when there is no keychain and the user has
// not chosen the file (storeInFile) yet.
LoginOutcome logIn(const ProfileSession& session, const sync::SpotifyEndpoints& endpoints, const std::string& clientId,
                   bool storeInFile, const sync::KeychainOpener& keychain, Clock& clock, Feed& feed,
                   std::stop_token stop);

Result<Facts> logOut(Backend& backend, const ProfileSession& session);

SyncOutcome synchronize(Backend& backend, const ProfileSession& session, const sync::SyncOptions& options, Clock& clock,
                        Feed& feed, std::stop_token stop);

} // namespace tunescope::ui::spotify_jobs
