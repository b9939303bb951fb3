#pragma once

#include "FakeSpotify.h"

#include "store/Database.h"
#include "sync/SpotifyConnection.h"

namespace tunescope::bench {

// Logs `connection` in to the fake Spotify the way a user would, the browser part played by a
// thread: what the benches against the fake do before they measure anything.
Status logInToFake(sync::SpotifyConnection& connection, store::Database& db);

} // namespace tunescope::bench
