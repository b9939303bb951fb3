// Importing a features dataset into a profile: rows matched to the user's own tracks (history and
// Spotify cache) by id or by artist and title, stored with their source; nothing else stored; a
// broken file changes nothing. Everything here is fictional (tests/data/features/README.md).

#include "CoreTestHelpers.h"
#include "ManualClock.h"

#include "enrich/FeatureCache.h"
#include "enrich/FeatureDatasetImport.h"
#include "store/SpotifyCache.h"

#include <gtest/gtest.h>

namespace tunescope::enrich {
namespace {

using testing::fixture;
using testing::queryInt;

constexpr const char* kPaperLanterns = "0PaperLanterns00000001"; // in the history with its URI
constexpr const char* kFogSignal = "1FogSignal000000000001";     // in the history with its URI
constexpr const char* kCachedOnly = "2CachedOnly00000000001";    // only in the Spotify cache
constexpr const char* kNameOnly = "6NameOnly0000000000001";      // nowhere; its name is in the history

class FeatureImport : public ::testing::Test {
protected:
    void SetUp() override
    {
        // An extended-history user (URIs) who also imported account data (names only).
        auto withUri = [](ingest::PlayRecord record, const std::string& id) {
            record.uri = "spotify:track:" + id;
            return record;
        };
        testing::storePlays(
            db, {withUri(testing::musicPlay("Velvet Harbour", "Paper Lanterns", "Harbour Nights",
                                            "2024-03-01T10:00:00Z", 200'000),
                         kPaperLanterns),
                 withUri(testing::musicPlay("The Lamplighters", "Fog Signal (feat. Mira Sol)", "Coastline",
                                            "2024-03-01T11:00:00Z", 180'000),
                         kFogSignal),
                 testing::musicPlay("Velvet Harbour", "Tidewater", "", "2024-03-02T10:00:00Z", 200'000),
                 testing::musicPlay("Noor & The Quiet", "Glass Houses", "", "2024-03-02T11:00:00Z", 150'000),
                 testing::musicPlay("\xC3\x98rjan Vik", "Nordlys", "", "2024-03-03T10:00:00Z", 90'000)});
        spotify::Track cached;
        cached.id = kCachedOnly;
        cached.name = "Harbour Lights";
        cached.durationMs = 201'000;
        cached.artists = {{"4MiraSol00000000000001", "Mira Sol"}};
        ASSERT_TRUE(store::SpotifyCache(db).putTrack(cached, clock.now()).ok());
    }

    Result<DatasetImportReport> import(const std::string& name)
    {
        return importFeatureDataset(db, fixture("features/" + name), clock);
    }

    std::int64_t itemId(const std::string& title)
    {
        return queryInt(db, "SELECT id FROM items WHERE name = '" + title + "'");
    }

    store::Database db = testing::freshDatabase();
    testing::ManualClock clock;
};

TEST_F(FeatureImport, RowsWithIdsMatchTheHistoryAndTheSpotifyCacheByIdAndOthersByName)
{
    const auto report = import("ids_python_lists.csv");
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->rows, 6U);
    EXPECT_EQ(report->matched, 4U);
    EXPECT_EQ(report->matchedById, 3U);
    EXPECT_EQ(report->unmatched, 1U); // a track the user never played is not stored
    EXPECT_EQ(report->rejected, 1U);
    ASSERT_EQ(report->problems.size(), 1U);
    EXPECT_NE(report->problems[0].find("ids_python_lists.csv:7: "), std::string::npos) << report->problems[0];

    const auto known =
        cachedFeatures(db, {kPaperLanterns, kFogSignal, kCachedOnly, kNameOnly, "5NotMine00000000000001"});
    ASSERT_TRUE(known.ok());
    EXPECT_EQ(known->size(), 4U);
    const TrackFeatures& paper = known->at(kPaperLanterns);
    EXPECT_EQ(paper.source, FeatureSource::Dataset);
    EXPECT_EQ(paper.fetchedAt, clock.now());
    EXPECT_DOUBLE_EQ(paper.features.danceability.value_or(-1), 0.61);
    EXPECT_EQ(paper.features.key, 7);
    EXPECT_FALSE(known->at(kFogSignal).features.key.has_value()); // -1 in the file: missing, not 0
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM track_features WHERE spotify_id = '5NotMine00000000000001'"), 0);

    // "Tidewater" has no Spotify id in the history: the history's charts find it by item.
    const auto byItem = cachedItemFeatures(db, {itemId("Tidewater"), itemId("Paper Lanterns"), itemId("Nordlys")});
    ASSERT_TRUE(byItem.ok());
    EXPECT_EQ(byItem->size(), 2U);
    EXPECT_DOUBLE_EQ(byItem->at(itemId("Tidewater")).features.danceability.value_or(-1), 0.66);
    EXPECT_EQ(byItem->at(itemId("Paper Lanterns")).spotifyId, kPaperLanterns);
}

TEST_F(FeatureImport, ASpreadsheetExportMatchesByNormalisedArtistAndTitle)
{
    const auto report = import("percent_notes_crlf.csv");
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->rows, 10U);
    EXPECT_EQ(report->matched, 4U); // Tidewater, Glass Houses (main artist), NORDLYS (case), Paper Lanterns
    EXPECT_EQ(report->matchedById, 0U);
    EXPECT_EQ(report->unmatched, 3U);
    EXPECT_EQ(report->rejected, 3U);
    EXPECT_EQ(report->rows, report->matched + report->unmatched + report->rejected);
    ASSERT_EQ(report->problems.size(), 3U);
    EXPECT_NE(report->problems[0].find("percent_notes_crlf.csv:9: "), std::string::npos) << report->problems[0];

    const auto byItem = cachedItemFeatures(db, {itemId("Glass Houses"), itemId("Nordlys")});
    ASSERT_TRUE(byItem.ok());
    ASSERT_EQ(byItem->size(), 2U);
    const auto& glass = byItem->at(itemId("Glass Houses"));
    EXPECT_EQ(glass.source, FeatureSource::Dataset);
    EXPECT_TRUE(glass.spotifyId.empty());
    EXPECT_FALSE(glass.features.valence.has_value());
    EXPECT_DOUBLE_EQ(glass.features.danceability.value_or(-1), 0.55);
    // Paper Lanterns has a Spotify id in the history: its features are kept by that id.
    const auto known = cachedFeatures(db, {kPaperLanterns});
    ASSERT_TRUE(known.ok());
    ASSERT_EQ(known->count(kPaperLanterns), 1U);
    EXPECT_EQ(known->at(kPaperLanterns).features.mode, 0);
}

TEST_F(FeatureImport, SpotifysOwnFeaturesStayAndOtherSourcesAreReplaced)
{
    FeatureCache cache(db);
    AudioFeatures fromSpotify;
    fromSpotify.energy = 0.99;
    AudioFeatures fromReccoBeats;
    fromReccoBeats.energy = 0.11;
    ASSERT_TRUE(cache.put({kPaperLanterns, fromSpotify, FeatureSource::Spotify, 1}).ok());
    ASSERT_TRUE(cache.put({kFogSignal, fromReccoBeats, FeatureSource::ReccoBeats, 1}).ok());
    ASSERT_TRUE(cache.putMiss(kCachedOnly, 1).ok());

    const auto report = import("ids_python_lists.csv");
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->keptFromSpotify, 1U);
    const auto known = cachedFeatures(db, {kPaperLanterns, kFogSignal, kCachedOnly});
    ASSERT_TRUE(known.ok());
    EXPECT_EQ(known->at(kPaperLanterns).source, FeatureSource::Spotify);
    EXPECT_DOUBLE_EQ(known->at(kPaperLanterns).features.energy.value_or(-1), 0.99);
    EXPECT_EQ(known->at(kFogSignal).source, FeatureSource::Dataset);
    EXPECT_DOUBLE_EQ(known->at(kFogSignal).features.energy.value_or(-1), 0.4);
    EXPECT_EQ(known->at(kCachedOnly).source, FeatureSource::Dataset); // a remembered miss is filled
}

TEST_F(FeatureImport, ABrokenFileNamesFileAndLineAndChangesNothing)
{
    const std::string before = testing::databaseContentDigest(db);
    const auto report = import("unterminated_quote.csv");
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::Corrupt);
    EXPECT_NE(report.error().message.find("unterminated_quote.csv:3: "), std::string::npos) << report.error().message;
    EXPECT_EQ(testing::databaseContentDigest(db), before);

    const auto missing = importFeatureDataset(db, fixture("features/no-such-file.csv"), clock);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_NE(missing.error().message.find("no-such-file.csv"), std::string::npos);

    testing::TempDir dir;
    const auto noColumns = importFeatureDataset(db, dir.write("plays.csv", "date,plays\n2024-01-01,3\n"), clock);
    ASSERT_FALSE(noColumns.ok());
    EXPECT_NE(noColumns.error().message.find("plays.csv:1: no column names the track"), std::string::npos)
        << noColumns.error().message;
    EXPECT_EQ(testing::databaseContentDigest(db), before);
}

TEST_F(FeatureImport, AFileFullOfBrokenRowsListsTheFirstHundredAndCountsTheRest)
{
    std::string text = "artist,title,energy\n";
    for (int i = 0; i < 150; ++i) {
        text += "Velvet Harbour,Tidewater,high\n";
    }
    testing::TempDir dir;
    const auto report = importFeatureDataset(db, dir.write("words.csv", text), clock);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->rejected, 150U);
    EXPECT_EQ(report->matched, 0U);
    ASSERT_EQ(report->problems.size(), DatasetImportReport::kMaxProblems + 1);
    EXPECT_NE(report->problems.front().find("words.csv:2: energy \"high\" is not a number"), std::string::npos)
        << report->problems.front();
    EXPECT_EQ(report->problems.back(), "... and 50 more rejected rows");
}

TEST_F(FeatureImport, ImportingTheSameFileAgainChangesNothingButTheTime)
{
    ASSERT_TRUE(import("percent_notes_crlf.csv").ok());
    const auto rowsAfterFirst =
        queryInt(db, "SELECT COUNT(*) FROM track_features") + queryInt(db, "SELECT COUNT(*) FROM item_features");
    clock.advance(std::chrono::hours(1));
    const auto again = import("percent_notes_crlf.csv");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->matched, 4U);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM track_features") + queryInt(db, "SELECT COUNT(*) FROM item_features"),
              rowsAfterFirst);
    EXPECT_EQ(queryInt(db, "SELECT MIN(fetched_at) FROM item_features"), clock.now());
}

} // namespace
} // namespace tunescope::enrich
