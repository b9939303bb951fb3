// The features cache in the profile: what is stored comes back as stored (missing stays
// missing), "none found" never hides features, and history items find their features.

#include "CoreTestHelpers.h"

#include "enrich/FeatureCache.h"

#include <gtest/gtest.h>

namespace tunescope::enrich {
namespace {

constexpr const char* kTrack = "0Track0000000000000001";

TEST(FeatureCache, FeaturesComeBackAsStoredWithSourceAndTime)
{
    auto db = testing::freshDatabase();
    AudioFeatures f;
    f.danceability = 0.5;
    f.loudness = -7.25;
    f.key = 0; // C: a real zero, not a missing value
    f.mode = 0;
    f.durationMs = 200'123;
    FeatureCache cache(db);
    ASSERT_TRUE(cache.put({kTrack, f, FeatureSource::ReccoBeats, 1'700'000'000'000}).ok());
    const auto known = cachedFeatures(db, {kTrack, "0Track0000000000000002"});
    ASSERT_TRUE(known.ok());
    ASSERT_EQ(known->size(), 1U);
    const TrackFeatures& stored = known->at(kTrack);
    EXPECT_EQ(stored.features, f);
    EXPECT_FALSE(stored.features.energy.has_value());
    EXPECT_EQ(stored.source, FeatureSource::ReccoBeats);
    EXPECT_EQ(stored.fetchedAt, 1'700'000'000'000);
}

TEST(FeatureCache, NoneFoundIsRememberedButNeverHidesFeatures)
{
    auto db = testing::freshDatabase();
    FeatureCache cache(db);
    ASSERT_TRUE(cache.putMiss(kTrack, 10).ok());
    auto lookup = cache.lookUp({kTrack});
    ASSERT_TRUE(lookup.ok());
    EXPECT_TRUE(lookup->found.empty());
    EXPECT_EQ(lookup->misses.at(kTrack), 10);

    AudioFeatures f;
    f.energy = 0.3;
    ASSERT_TRUE(cache.put({kTrack, f, FeatureSource::Dataset, 20}).ok());
    ASSERT_TRUE(cache.putMiss(kTrack, 30).ok()); // a later miss from another provider
    lookup = cache.lookUp({kTrack});
    ASSERT_TRUE(lookup.ok());
    ASSERT_EQ(lookup->found.count(kTrack), 1U);
    EXPECT_EQ(lookup->found.at(kTrack).fetchedAt, 20);
    EXPECT_TRUE(lookup->misses.empty());
}

TEST(FeatureCache, HistoryItemsFindTheirTracksFeaturesFirstThenTheDatasetsByName)
{
    auto db = testing::freshDatabase();
    auto played = testing::musicPlay("Velvet Harbour", "Paper Lanterns", "", "2024-03-01T10:00:00Z", 200'000);
    played.uri = std::string("spotify:track:") + kTrack;
    testing::storePlays(
        db, {played, testing::musicPlay("Velvet Harbour", "Tidewater", "", "2024-03-01T11:00:00Z", 200'000)});
    const auto paper = testing::queryInt(db, "SELECT id FROM items WHERE name = 'Paper Lanterns'");
    const auto tide = testing::queryInt(db, "SELECT id FROM items WHERE name = 'Tidewater'");
    FeatureCache cache(db);
    AudioFeatures byId;
    byId.valence = 0.9;
    AudioFeatures byName;
    byName.valence = 0.1;
    ASSERT_TRUE(cache.put({kTrack, byId, FeatureSource::Spotify, 1}).ok());
    ASSERT_TRUE(cache.putForItem(paper, byName, FeatureSource::Dataset, 2).ok());
    ASSERT_TRUE(cache.putForItem(tide, byName, FeatureSource::Dataset, 2).ok());

    const auto items = cachedItemFeatures(db, {paper, tide, 999});
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 2U);
    EXPECT_EQ(items->at(paper).source, FeatureSource::Spotify);
    EXPECT_EQ(items->at(paper).spotifyId, kTrack);
    EXPECT_DOUBLE_EQ(items->at(paper).features.valence.value_or(-1), 0.9);
    EXPECT_EQ(items->at(tide).source, FeatureSource::Dataset);
    EXPECT_TRUE(items->at(tide).spotifyId.empty());
}

} // namespace
} // namespace tunescope::enrich
