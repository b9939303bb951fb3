#pragma once

#include "auth/SecretStore.h"
#include "cli/CommandContext.h"
#include "sync/SpotifyConnection.h"

#include <memory>

namespace tunescope::cli {

// The system keychain, when the desktop build provides one (app/main.cpp plugs it in) and it
// answers; nullptr otherwise.
extern std::unique_ptr<auth::SecretStore> (*openSystemKeychain)();

// What a Spotify command works with: the profile's database, where its login lives, and the
// connection built from both.
struct SpotifySession {
    store::Database db;
    std::unique_ptr<auth::SecretStore> secrets; // may be null: only TUNESCOPE_SPOTIFY_TOKEN then
    std::unique_ptr<sync::SpotifyConnection> connection;
};

// Opens the profile and picks where its login lives: the keychain, or the 0600 file the user
// chose once with --store-login-in-file (remembered in the profile). `clientId` overrides the
// one of the stored account. Prints the reason and sets `exitCode` on failure.
Result<SpotifySession> openSpotifySession(CommandContext& context, const std::string& clientId, int& exitCode);

} // namespace tunescope::cli
