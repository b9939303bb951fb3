#pragma once

#include "spotify/SpotifyApi.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>

namespace tunescope::sync {

struct SyncOptions {
    // Artists Spotify told us about within this time are not asked for again.
    std::chrono::milliseconds metadataFreshness = std::chrono::hours(24 * 7);
    // Spotify's top lists change slowly: at most one snapshot per list within this time.
    std::chrono::milliseconds topListsInterval = std::chrono::hours(20);
    // Recently played only (the periodic poll while the app runs).
    bool recentOnly = false;
};

struct SyncProgress {
    std::string step; // for the user: "Top artists (last 4 weeks)"
    int done = 0;     // steps done so far
    int total = 0;
};

struct SyncReport {
    std::size_t requests = 0;   // HTTP requests this sync sent to Spotify
    bool topListsTaken = false; // new snapshots were stored
    std::size_t topArtists = 0; // entries stored, all three ranges
    std::size_t topTracks = 0;
    std::size_t recentFetched = 0;     // recently-played items Spotify returned
    std::size_t recentAdded = 0;       // of those, new plays
    std::size_t artistsFetched = 0;    // artist details asked for (cache misses)
    std::optional<Error> stoppedEarly; // e.g. a rate-limit cooldown; what was done is kept
};

using SyncProgressFn = std::function<void(const SyncProgress&)>;

// One sync with Spotify: the profile (/me), Spotify's top artists and tracks for the three time
// ranges as dated snapshots, recently played merged into plays (never a play twice, see
// PlayMatcher), and details of the artists those name unless they are fresh in the cache. Each
// step is its own transaction: a stop, a cooldown or a failure keeps the steps already done and
// leaves no half-written step behind. The next sync takes only the top lists a stopped one did
// not (never two snapshots of a list within topListsInterval) and fetches the artist details it
// left (the artists still to check are kept in the profile with what names them). Errors that
// end the sync early (rate limit, network) are returned in SyncReport::stoppedEarly; a missing
// login, a refusal or a cancel is the error result.
Result<SyncReport> syncSpotify(store::Database& db, spotify::SpotifyApi& api, Clock& clock, const SyncOptions& options,
                               const SyncProgressFn& progress, std::stop_token stop);

} // namespace tunescope::sync
