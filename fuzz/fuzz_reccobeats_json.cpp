// ReccoBeats' /audio-features answer.
#include "FuzzInput.h"
#include "enrich/FeatureJson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    (void)tunescope::enrich::parseReccoBeatsAudioFeatures(fuzzText(data, size));
    return 0;
}
