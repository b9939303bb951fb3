#include "enrich/FeatureSummary.h"

#include <gtest/gtest.h>

using namespace tunescope::enrich;

TEST(FeatureSummary, AveragesLeaveMissingValuesOutAndCountEachSource)
{
    AudioFeatures a;
    a.energy = 0.2;
    a.tempo = 100.0;
    AudioFeatures b;
    b.energy = 0.6;
    std::map<std::string, TrackFeatures> known;
    known["a"] = TrackFeatures{"a", a, FeatureSource::ReccoBeats, 0};
    known["b"] = TrackFeatures{"b", b, FeatureSource::Dataset, 0};
    known["c"] = TrackFeatures{"c", AudioFeatures{}, FeatureSource::ReccoBeats, 0}; // nothing measured
    const auto summary = summarizeFeatures({"a", "b", "c", "d"}, known);
    EXPECT_EQ(summary.tracks, 4);
    EXPECT_EQ(summary.withFeatures, 2);
    EXPECT_EQ(summary.sources.at(FeatureSource::ReccoBeats), 1);
    EXPECT_EQ(summary.sources.at(FeatureSource::Dataset), 1);
    EXPECT_DOUBLE_EQ(summary.averages.at("energy"), 0.4);
    EXPECT_DOUBLE_EQ(summary.averages.at("tempo"), 100.0); // b has no tempo: not a zero
    EXPECT_FALSE(summary.averages.contains("valence"));
}
