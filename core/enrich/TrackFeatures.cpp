#include "enrich/TrackFeatures.h"

namespace tunescope::enrich {

std::string_view sourceLabel(FeatureSource source)
{
    switch (source) {
    case FeatureSource::Spotify: return "Spotify";
    case FeatureSource::ReccoBeats: return "ReccoBeats";
    case FeatureSource::Dataset: return "Imported dataset";
    }
    return "Unknown source";
}

} // namespace tunescope::enrich
