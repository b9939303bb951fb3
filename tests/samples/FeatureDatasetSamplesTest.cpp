// The public audio-feature datasets in ../shared/samples/track_features (three shapes: Kaggle's
// top 2018 with ids cut to 21 characters, a 2000-2019 hits list without ids, an R-written charts
// file with an empty first header and NA cells) read completely, and match the public listening
// histories in ../shared/samples by id or by name. Skipped when the samples are absent.

#include "TestSupport.h"

#include "enrich/FeatureCache.h"
#include "enrich/FeatureDataset.h"
#include "enrich/FeatureDatasetImport.h"
#include "ingest/HistoryImporter.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace tunescope::enrich {
namespace {

std::optional<std::filesystem::path> datasetsDir()
{
    const auto samples = testing::samplesDir();
    if (!samples || !std::filesystem::exists(*samples / "track_features")) {
        return std::nullopt;
    }
    return *samples / "track_features";
}

struct Expected {
    const char* file;
    std::size_t rows;
    bool ids;            // every row has a real Spotify id
    std::size_t matched; // against the public histories of ../shared/samples
    std::size_t matchedById;
};

constexpr Expected kDatasets[] = {
    {"Gilf641__Top-100-Spotify-Tracks-2018/top2018.csv", 100, false, 52, 0}, // 21-character ids: not ids
    {"Noorazwana__Top-Hits-Spotify/songs_normalize.csv", 1821, false, 507, 0},
    {"NicolasRuth__spotify_data_course/data/charts.csv", 1300, true, 424, 233},
};

TEST(FeatureDatasetSamples, EveryRowOfEveryPublicDatasetIsRead)
{
    const auto dir = datasetsDir();
    if (!dir) {
        GTEST_SKIP() << "shared samples not found (set TUNESCOPE_SAMPLES_DIR)";
    }
    for (const auto& expected : kDatasets) {
        SCOPED_TRACE(expected.file);
        const auto parsed = parseFeatureDataset(testing::readFile(*dir / expected.file));
        ASSERT_TRUE(parsed.fatal.empty()) << parsed.fatal;
        EXPECT_EQ(parsed.dataRecords, expected.rows);
        EXPECT_TRUE(parsed.rejected.empty()) << parsed.rejected.front().line << ": " << parsed.rejected.front().message;
        ASSERT_EQ(parsed.rows.size(), expected.rows);
        const auto withId = std::count_if(parsed.rows.begin(), parsed.rows.end(),
                                          [](const DatasetRow& row) { return row.spotifyId.has_value(); });
        EXPECT_EQ(static_cast<std::size_t>(withId), expected.ids ? expected.rows : 0U);
        for (const auto& row : parsed.rows) {
            EXPECT_TRUE(row.features.danceability && row.features.energy && row.features.valence) << row.line;
            EXPECT_TRUE(row.features.key && row.features.mode && row.features.tempo) << row.line;
        }
    }
}

TEST(FeatureDatasetSamples, ValuesReadAsTheFilesWriteThem)
{
    const auto dir = datasetsDir();
    if (!dir) {
        GTEST_SKIP() << "shared samples not found (set TUNESCOPE_SAMPLES_DIR)";
    }
    const auto top2018 = parseFeatureDataset(testing::readFile(*dir / kDatasets[0].file));
    ASSERT_FALSE(top2018.rows.empty());
    const DatasetRow& godsPlan = top2018.rows.front(); // 6DCZcSspjsKoFjzjrWoCd,God's Plan,Drake,0.754,...
    EXPECT_EQ(godsPlan.line, 2U);
    EXPECT_EQ(godsPlan.title, "God's Plan");
    EXPECT_EQ(godsPlan.artists.front(), "Drake");
    EXPECT_DOUBLE_EQ(godsPlan.features.danceability.value_or(-1), 0.754);
    EXPECT_DOUBLE_EQ(godsPlan.features.instrumentalness.value_or(-1), 8.29e-05);
    EXPECT_EQ(godsPlan.features.key, 7);
    EXPECT_EQ(godsPlan.features.durationMs, 198973);
    EXPECT_EQ(godsPlan.features.timeSignature, 4);

    const auto charts = parseFeatureDataset(testing::readFile(*dir / kDatasets[2].file));
    ASSERT_FALSE(charts.rows.empty());
    EXPECT_EQ(charts.rows.front().spotifyId, "0HPD5WQqrq7wPWR7P7Dw1i"); // TiK ToK
    EXPECT_EQ(charts.rows.front().artists.front(), "Ke$ha");
    EXPECT_DOUBLE_EQ(charts.rows[1].features.instrumentalness.value_or(-1), 6e-04);
    // The R row names ("" header) and chart positions are not taken for anything.
    EXPECT_EQ(charts.columns.trackIds.size(), 1U);
}

TEST(FeatureDatasetSamples, DatasetsMatchThePublicListeningHistories)
{
    const auto dir = datasetsDir();
    const auto samples = testing::samplesDir();
    if (!dir || !samples) {
        GTEST_SKIP() << "shared samples not found (set TUNESCOPE_SAMPLES_DIR)";
    }
    auto db = testing::freshDatabase();
    const auto history =
        ingest::importHistory(db, {*samples / "account_streaming_history", *samples / "extended_streaming_history"});
    ASSERT_GT(history.totalAdded(), 0U);
    for (const auto& expected : kDatasets) {
        SCOPED_TRACE(expected.file);
        const auto report = importFeatureDataset(db, *dir / expected.file);
        ASSERT_TRUE(report.ok()) << report.error().message;
        EXPECT_EQ(report->rows, report->matched + report->unmatched + report->rejected);
        EXPECT_EQ(report->rejected, 0U);
        EXPECT_EQ(report->matched, expected.matched);
        EXPECT_EQ(report->matchedById, expected.matchedById);
    }
    // The history's tracks found by name only are reachable by item, and only those.
    auto items = db.prepare("SELECT i.id FROM items i JOIN creators c ON c.id = i.creator_id WHERE c.kind = 1");
    ASSERT_TRUE(items.ok());
    std::vector<std::int64_t> ids;
    while (items->step()) {
        ids.push_back(items->int64(0));
    }
    const auto byItem = cachedItemFeatures(db, ids);
    ASSERT_TRUE(byItem.ok());
    EXPECT_EQ(byItem->size(), 606U); // of 12,043 music tracks in the histories
    auto linkedWithUri = db.prepare("SELECT COUNT(*) FROM item_features f JOIN items i ON i.id = f.item_id "
                                    "WHERE i.spotify_uri IS NOT NULL");
    ASSERT_TRUE(linkedWithUri.ok() && linkedWithUri->step());
    EXPECT_EQ(linkedWithUri->int64(0), 0);
}

} // namespace
} // namespace tunescope::enrich
