#pragma once

#include "util/CivilTime.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tunescope::enrich {

// Where a track's numbers came from. Each source measures differently, so the app always names it.
enum class FeatureSource {
    Spotify = 1,    // Spotify's /audio-features (apps that still may call it)
    ReccoBeats = 2, // api.reccobeats.com, Spotify's scales but its own analysis
    Dataset = 3,    // a features CSV the user imported
};

// "Spotify", "ReccoBeats", "Imported dataset".
std::string_view sourceLabel(FeatureSource source);

// Spotify's audio features on Spotify's scales. A value the source did not give stays empty:
// missing is shown as missing, never as zero.
struct AudioFeatures {
    std::optional<double> acousticness;     // 0..1
    std::optional<double> danceability;     // 0..1
    std::optional<double> energy;           // 0..1
    std::optional<double> instrumentalness; // 0..1
    std::optional<double> liveness;         // 0..1
    std::optional<double> speechiness;      // 0..1
    std::optional<double> valence;          // 0..1
    std::optional<double> loudness;         // dB, about -60..0
    std::optional<double> tempo;            // beats per minute
    std::optional<int> key;                 // pitch class 0 (C) .. 11 (B)
    std::optional<int> mode;                // 1 major, 0 minor
    std::optional<int> timeSignature;       // beats per bar
    std::optional<std::int64_t> durationMs;

    bool operator==(const AudioFeatures&) const = default;
};

// One track's features as cached in the profile.
struct TrackFeatures {
    std::string spotifyId;
    AudioFeatures features;
    FeatureSource source = FeatureSource::Dataset;
    UtcMs fetchedAt = 0;
};

} // namespace tunescope::enrich
