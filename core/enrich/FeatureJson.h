#pragma once

#include "enrich/TrackFeatures.h"
#include "util/Result.h"

#include <map>
#include <string>
#include <string_view>

namespace tunescope::enrich {

// Audio features by Spotify track id, as a provider answered them. An id the provider has no
// features for is absent, never present with empty values.
using FeaturesById = std::map<std::string, AudioFeatures>;

// Spotify's /audio-features answer, {"audio_features":[{...}|null, ...]}: each object by its "id";
// nulls (ids Spotify has no features for) are skipped. Remote with the reason when the body is
// not that shape.
Result<FeaturesById> parseSpotifyAudioFeatures(std::string_view body);

// ReccoBeats' /audio-features answer, {"content":[{"id":"<ReccoBeats uuid>","href":
// "https://open.spotify.com/track/<spotify id>", ...}]}: each item by the Spotify id in its href
// (items without one are skipped). Remote with the reason when the body is not that shape.
Result<FeaturesById> parseReccoBeatsAudioFeatures(std::string_view body);

} // namespace tunescope::enrich
