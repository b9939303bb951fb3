#pragma once

#include "enrich/TrackFeatures.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <chrono>
#include <functional>
#include <map>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace tunescope::spotify {
class SpotifyApi;
}

namespace tunescope::enrich {

class ReccoBeatsClient;

// Who is asked for features the profile lacks, in this order. Either may be null (not logged in,
// offline): the chain then asks only the other.
struct FeatureProviders {
    spotify::SpotifyApi* spotify = nullptr;
    ReccoBeatsClient* reccoBeats = nullptr;
};

struct FeatureFetchReport {
    int fromCache = 0;      // already stored, from any source
    int fromSpotify = 0;    // fetched now from Spotify's /audio-features
    int fromReccoBeats = 0; // fetched now from ReccoBeats
    int missing = 0;        // without features afterwards ("none found" remembered earlier included)
    // Why Spotify was not asked or stopped being asked, in words for the user; empty when it
    // answered or was not configured.
    std::string spotifyNote;
};

struct FeatureFetchOptions {
    Clock* clock = &systemClock();
    // "Looked up, none found" holds this long; then the providers are asked again.
    std::chrono::milliseconds missFreshFor{std::chrono::hours(24 * 30)};
    // After Spotify refused /audio-features (403: a Development Mode app), it is asked again only
    // after this long.
    std::chrono::milliseconds spotifyRecheckAfter{std::chrono::hours(24 * 30)};
};

// The sync_state key of the moment Spotify last refused /audio-features (UTC ms).
inline constexpr std::string_view kSpotifyFeaturesRefusedAt = "spotify_audio_features_refused_at";

// Fills the cache for these ids through the chain: the cache (features from any source, and
// fresh "none found" entries, are not asked again), then Spotify's /audio-features when this app
// may call it, then ReccoBeats. Every answered batch is stored in its own transaction with its
// source and time, so a failure or a stop keeps what came before; ids the last provider asked had
// no features for are remembered as misses. A 403 from Spotify is remembered in the profile and
// Spotify is skipped until FeatureFetchOptions::spotifyRecheckAfter; other Spotify failures skip
// it for this call only. ReccoBeats failures (RateLimited with its time, Network, Remote) and a
// stop (Cancelled) end the call with that error. InvalidInput, before anything is asked, for an id
// that is not a Spotify id. `progress(done, total)` counts distinct ids whose answer is known.
// Returns everything known afterwards for these ids (absent: no features).
Result<std::map<std::string, TrackFeatures>> fetchFeatures(store::Database& db, const FeatureProviders& providers,
                                                           const std::vector<std::string>& spotifyIds,
                                                           const std::function<void(int done, int total)>& progress,
                                                           std::stop_token stop, FeatureFetchReport* report = nullptr);

// The same with the clock and freshness times given.
Result<std::map<std::string, TrackFeatures>> fetchFeatures(store::Database& db, const FeatureProviders& providers,
                                                           const FeatureFetchOptions& options,
                                                           const std::vector<std::string>& spotifyIds,
                                                           const std::function<void(int done, int total)>& progress,
                                                           std::stop_token stop, FeatureFetchReport* report = nullptr);

} // namespace tunescope::enrich
