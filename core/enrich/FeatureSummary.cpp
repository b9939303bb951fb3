#include "enrich/FeatureSummary.h"

#include <optional>
#include <utility>

namespace tunescope::enrich {
namespace {

using Field = std::optional<double> AudioFeatures::*;

constexpr std::pair<const char*, Field> kAveraged[] = {
    {"danceability", &AudioFeatures::danceability},
    {"energy", &AudioFeatures::energy},
    {"valence", &AudioFeatures::valence},
    {"acousticness", &AudioFeatures::acousticness},
    {"instrumentalness", &AudioFeatures::instrumentalness},
    {"speechiness", &AudioFeatures::speechiness},
    {"liveness", &AudioFeatures::liveness},
    {"tempo", &AudioFeatures::tempo},
    {"loudness", &AudioFeatures::loudness},
};

} // namespace

FeatureSummary summarizeFeatures(const std::vector<std::string>& spotifyIds,
                                 const std::map<std::string, TrackFeatures>& features)
{
    FeatureSummary summary;
    std::map<std::string, std::pair<double, int>> sums;
    for (const auto& id : spotifyIds) {
        ++summary.tracks;
        const auto found = features.find(id);
        if (found == features.end()) {
            continue;
        }
        bool any = false;
        for (const auto& [name, field] : kAveraged) {
            if (const auto& value = found->second.features.*field) {
                auto& [sum, count] = sums[name];
                sum += *value;
                ++count;
                any = true;
            }
        }
        if (any) {
            ++summary.withFeatures;
            ++summary.sources[found->second.source];
        }
    }
    for (const auto& [name, sumCount] : sums) {
        summary.averages[name] = sumCount.first / sumCount.second;
    }
    return summary;
}

} // namespace tunescope::enrich
