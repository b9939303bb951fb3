// Plays learnt from Spotify's recently-played list meet the export later: never stored twice,
// and the export's fuller row wins.

#include "CoreTestHelpers.h"

#include "analytics/Overview.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using testing::musicPlay;
using testing::queryInt;
using testing::storePlays;
using testing::utc;

// What a recently-played item becomes: a moment (played_at) and the track's full length.
ingest::PlayRecord apiPlay(std::string artist, std::string track, std::string_view playedAtIso,
                           std::int64_t trackLengthMs, std::string uri = {})
{
    auto record = musicPlay(std::move(artist), std::move(track), "Kites", playedAtIso, trackLengthMs);
    record.source = ingest::PlaySource::RecentlyPlayedApi;
    record.uri = std::move(uri);
    return record;
}

ingest::PlayRecord exportPlay(std::string artist, std::string track, std::string_view endIso, std::int64_t ms,
                              std::string uri = {})
{
    auto record = musicPlay(std::move(artist), std::move(track), "Kites", endIso, ms);
    record.uri = std::move(uri);
    record.platform = "android";
    return record;
}

TEST(ApiPlayMatching, TheExportReplacesTheApiRowForTheSamePlay)
{
    auto db = testing::freshDatabase();
    // Spotify said 10:04:00 (its played_at is sometimes the end, sometimes the start of playback).
    storePlays(db, {apiPlay("Mira Calloway", "Velvet Kite", "2024-05-02T10:04:00Z", 240'000, "spotify:track:v1"),
                    apiPlay("Mira Calloway", "Quiet Engine", "2024-05-02T10:00:00Z", 200'000, "spotify:track:q1")});
    ASSERT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays"), 2);

    // The export: Velvet Kite ended 10:04:02 after 150 s (a partial play); Quiet Engine started
    // 10:00:00 and ran 3 min 20 s (played_at was its start).
    const auto outcome = storePlays(
        db, {exportPlay("Mira Calloway", "Velvet Kite", "2024-05-02T10:04:02Z", 150'000, "spotify:track:v1"),
             exportPlay("Mira Calloway", "Quiet Engine", "2024-05-02T10:03:20Z", 200'000, "spotify:track:q1")});
    EXPECT_EQ(outcome.added, 0U);
    EXPECT_EQ(outcome.refined, 2U);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays"), 2);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays WHERE source = 3"), 0);
    EXPECT_EQ(queryInt(db, "SELECT SUM(ms_played) FROM plays"), 350'000); // the real listening time
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays WHERE platform_id IS NOT NULL"), 2);

    // The Overview counts what the export says.
    auto totals = analytics::queryTotals(db, analytics::resolvePeriod({}, TimeZone::utc()));
    ASSERT_TRUE(totals.ok());
    EXPECT_EQ(totals->msPlayed, 350'000);
}

TEST(ApiPlayMatching, AnApiPlayTheExportAlreadyHasIsNotAdded)
{
    auto db = testing::freshDatabase();
    storePlays(db, {exportPlay("Mira Calloway", "Velvet Kite", "2024-05-02T10:04:02Z", 150'000)});
    const auto outcome =
        storePlays(db, {apiPlay("Mira Calloway", "Velvet Kite", "2024-05-02T10:04:00Z", 240'000, "spotify:track:v1")});
    EXPECT_EQ(outcome.added, 0U);
    EXPECT_EQ(outcome.duplicates, 1U);
    EXPECT_EQ(queryInt(db, "SELECT ms_played FROM plays"), 150'000);
}

TEST(ApiPlayMatching, OverlappingPollsStoreEachApiPlayOnce)
{
    auto db = testing::freshDatabase();
    const auto first = apiPlay("Mira Calloway", "Velvet Kite", "2024-05-02T10:04:00.123Z", 240'000);
    const auto second = apiPlay("Mira Calloway", "Velvet Kite", "2024-05-02T10:08:00.456Z", 240'000);
    storePlays(db, {first});
    const auto outcome = storePlays(db, {first, second}); // the next poll repeats the first
    EXPECT_EQ(outcome.added, 1U);
    EXPECT_EQ(outcome.duplicates, 1U);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays"), 2);
}

TEST(ApiPlayMatching, OtherTracksAndFarAwayTimesAreOtherPlays)
{
    auto db = testing::freshDatabase();
    storePlays(db, {apiPlay("Mira Calloway", "Velvet Kite", "2024-05-02T10:04:00Z", 240'000, "spotify:track:v1")});
    const auto outcome = storePlays(
        db,
        {exportPlay("Mira Calloway", "Quiet Engine", "2024-05-02T10:04:02Z", 150'000), // other track
         exportPlay("Mira Calloway", "Velvet Kite", "2024-05-02T11:30:00Z", 240'000),  // an hour later
         exportPlay("Mira Calloway", "Velvet Kite", "2024-05-02T10:04:05Z", 240'000, "spotify:track:v9")}); // other URI
    EXPECT_EQ(outcome.added, 3U);
    EXPECT_EQ(outcome.refined, 0U);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays WHERE source = 3"), 1);
}

} // namespace
} // namespace tunescope
