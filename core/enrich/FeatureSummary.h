#pragma once

#include "enrich/TrackFeatures.h"

#include <map>
#include <string>
#include <vector>

namespace tunescope::enrich {

// What is known about a set of tracks' features: how many have numbers, from which sources, and
// the averages over the tracks that have each value (a missing value is left out, never a zero).
struct FeatureSummary {
    int tracks = 0;
    int withFeatures = 0;
    std::map<FeatureSource, int> sources;
    // "danceability", "energy", "valence", "acousticness", "instrumentalness", "speechiness",
    // "liveness" (0..1), "tempo" (BPM), "loudness" (dB); only those some track has.
    std::map<std::string, double> averages;
};

FeatureSummary summarizeFeatures(const std::vector<std::string>& spotifyIds,
                                 const std::map<std::string, TrackFeatures>& features);

} // namespace tunescope::enrich
