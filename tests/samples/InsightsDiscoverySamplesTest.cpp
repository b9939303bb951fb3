// Discovery and podcasts over the real public exports in ../shared/samples (see SOURCES.md);
// every figure below was read off those files. Each test skips without them.

#include "../core/CoreTestHelpers.h"

#include "analytics/Discovery.h"
#include "analytics/Spoken.h"
#include "ingest/HistoryImporter.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using analytics::Metric;
using testing::queryInt;

#define REQUIRE_SAMPLES(var)                                                                                           \
    const auto var = testing::samplesDir();                                                                            \
    if (!(var)) {                                                                                                      \
        GTEST_SKIP() << "shared samples not found (set TUNESCOPE_SAMPLES_DIR)";                                        \
    }

store::Database imported(const std::filesystem::path& path)
{
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {path});
    EXPECT_FALSE(report.anyRejected());
    return db;
}

TEST(DiscoverySamples, FirstPlaysOfEveryMonthAddUpToEveryTrackAndArtistEverPlayed)
{
    REQUIRE_SAMPLES(samples);
    auto db = imported(*samples / "account_streaming_history/JUSTSUJAY__spotify_analysis");
    const auto stats = analytics::queryDiscovery(db, analytics::Period{}, Metric::Plays);
    ASSERT_TRUE(stats.ok()) << stats.error().message;
    std::int64_t newTracks = 0;
    std::int64_t newArtists = 0;
    std::int64_t newPlays = 0;
    for (const auto& month : stats->months) {
        newTracks += month.newTracks;
        newArtists += month.newArtists;
        newPlays += month.newPlays;
        EXPECT_LE(month.newPlays, month.plays);
        EXPECT_LE(month.newMsPlayed, month.msPlayed);
    }
    EXPECT_EQ(newTracks,
              queryInt(db, "SELECT count(DISTINCT item_id) FROM plays WHERE kind = 1 AND ms_played >= 30000"));
    EXPECT_EQ(newArtists, queryInt(db, "SELECT count(DISTINCT i.creator_id) FROM plays p JOIN items i "
                                       "ON i.id = p.item_id WHERE p.kind = 1 AND p.ms_played >= 30000"));
    EXPECT_EQ(newPlays, stats->newPlays);
    EXPECT_EQ(stats->plays, queryInt(db, "SELECT count(*) FROM plays WHERE kind = 1 AND ms_played >= 30000"));
}

TEST(SpokenSamples, AccountDataPodcastsHaveNoFinishedCount)
{
    REQUIRE_SAMPLES(samples);
    auto db =
        imported(*samples / "account_streaming_history/JUSTSUJAY__spotify_analysis/StreamingHistory_podcast_0.json");
    const auto byPlays = analytics::querySpoken(db, analytics::Period{}, Metric::Plays);
    ASSERT_TRUE(byPlays.ok()) << byPlays.error().message;
    EXPECT_EQ(byPlays->podcastMs, 259'309'407); // the 206 rows' msPlayed
    EXPECT_FALSE(byPlays->finishedKnown);
    ASSERT_FALSE(byPlays->shows.empty());
    EXPECT_EQ(byPlays->shows[0].name, "The Mel Robbins Podcast"); // 30 plays of 30 s or more
    EXPECT_EQ(byPlays->shows[0].plays, 30);
    EXPECT_EQ(byPlays->shows[0].episodes, 18);

    const auto byMinutes = analytics::querySpoken(db, analytics::Period{}, Metric::Minutes);
    ASSERT_TRUE(byMinutes.ok());
    ASSERT_FALSE(byMinutes->shows.empty());
    EXPECT_EQ(byMinutes->shows[0].name, "The Joe Rogan Experience"); // 49,135,154 ms
}

TEST(SpokenSamples, ExtendedHistoryEpisodesFinished)
{
    REQUIRE_SAMPLES(samples);
    auto db = imported(
        *samples / "extended_streaming_history/Efrrowini__spotify-music-analysis/Streaming_History_Audio_2023.json");
    const auto stats = analytics::querySpoken(db, analytics::Period{}, Metric::Minutes);
    ASSERT_TRUE(stats.ok()) << stats.error().message;
    EXPECT_EQ(stats->podcastMs, 559'582); // 13 episode rows
    EXPECT_TRUE(stats->finishedKnown);
    EXPECT_EQ(stats->episodesFinished, 1); // one row ended with trackdone
    ASSERT_FALSE(stats->shows.empty());
    EXPECT_EQ(stats->shows[0].name, "Sherlock Holmes Complete Audiobook Collection"); // 217,301 ms
    EXPECT_EQ(stats->shows[0].episodesFinished, 0);
    EXPECT_TRUE(stats->shows[0].finishedKnown);
}

} // namespace
} // namespace tunescope
