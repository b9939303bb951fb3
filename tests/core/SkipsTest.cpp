// Skips by each rule (under 30 s, the export's skipped flag, reason_end fwdbtn), by hour, artist,
// track and platform, never-skipped favourites, shuffle and offline shares: worked out by hand.

#include "CoreTestHelpers.h"

#include "analytics/Skips.h"

#include <gtest/gtest.h>

namespace tunescope::analytics {
namespace {

constexpr std::int64_t kSecond = 1000;

// The nth play of the day, a minute apart, ending from 10:05 UTC.
ingest::PlayRecord at(int n, const char* artist, const char* track, std::int64_t ms)
{
    char end[32];
    std::snprintf(end, sizeof end, "2024-03-10T10:%02d:00Z", n + 5); // starts all after 10:00
    return testing::musicPlay(artist, track, "", end, ms);
}

class Skips : public ::testing::Test {
protected:
    void SetUp() override
    {
        std::vector<ingest::PlayRecord> plays;
        int n = 0;
        // Track A (Mira Sol): 6 rows, one flagged as skipped by the export although it played on.
        for (int i = 0; i < 6; ++i) {
            auto p = at(n++, "Mira Sol", "A", 200 * kSecond);
            p.skipped = i == 0 ? ingest::Flag::Yes : ingest::Flag::No;
            p.platform = "android";
            plays.push_back(p);
        }
        // Track B (Noor): 3 rows under 30 s, one ended with the next button, one played through.
        for (int i = 0; i < 5; ++i) {
            auto p = at(n++, "Noor", "B", i < 3 ? 10 * kSecond : 100 * kSecond);
            p.reasonEnd = i == 3 ? "fwdbtn" : "trackdone";
            p.shuffle = ingest::Flag::No;
            p.offline = i == 4 ? ingest::Flag::Yes : ingest::Flag::No;
            p.platform = "windows";
            plays.push_back(p);
        }
        // Track C (Noor): 5 rows, never skipped, all on shuffle.
        for (int i = 0; i < 5; ++i) {
            auto p = at(n++, "Noor", "C", 200 * kSecond);
            p.shuffle = ingest::Flag::Yes;
            p.offline = ingest::Flag::No;
            p.platform = "windows";
            plays.push_back(p);
        }
        testing::storePlays(db, plays);
    }

    store::Database db = testing::freshDatabase();
};

TEST_F(Skips, EachRuleCountsAndEveryBreakdownAddsUp)
{
    const auto stats = querySkips(db, Period{});
    ASSERT_TRUE(stats.ok()) << stats.error().message;
    EXPECT_EQ(stats->overall.rows, 16);
    EXPECT_EQ(stats->overall.skipped, 5);  // A's flag, B's three short rows and its next button
    EXPECT_EQ(stats->byHour[10].rows, 16); // they all started in the 10 o'clock hour (UTC)
    EXPECT_EQ(stats->byHour[10].skipped, 5);

    ASSERT_EQ(stats->byPlatform.size(), 2U);
    EXPECT_EQ(stats->byPlatform[0].name, "windows");
    EXPECT_EQ(stats->byPlatform[0].count.rows, 10);
    EXPECT_EQ(stats->byPlatform[0].count.skipped, 4);

    // Noor has 10 rows (enough to rank), 4 skipped; Mira Sol's 6 rows are too few.
    ASSERT_EQ(stats->mostSkippedArtists.size(), 1U);
    EXPECT_EQ(stats->mostSkippedArtists[0].name, "Noor");
    EXPECT_DOUBLE_EQ(stats->mostSkippedArtists[0].count.rate(), 0.4);

    ASSERT_EQ(stats->mostSkippedTracks.size(), 2U);
    EXPECT_EQ(stats->mostSkippedTracks[0].name, "B"); // 4 of 5
    EXPECT_EQ(stats->mostSkippedTracks[1].name, "A"); // 1 of 6
    ASSERT_EQ(stats->neverSkippedFavourites.size(), 1U);
    EXPECT_EQ(stats->neverSkippedFavourites[0].name, "C");
    EXPECT_EQ(stats->neverSkippedFavourites[0].artist, "Noor");

    // Shuffle and offline are known for B and C only (10 rows): 5 on shuffle, 1 offline.
    EXPECT_EQ(stats->rowsWithFlags, 10);
    EXPECT_DOUBLE_EQ(stats->shuffleShare, 0.5);
    EXPECT_DOUBLE_EQ(stats->offlineShare, 0.1);
}

TEST_F(Skips, HoursAreLocal)
{
    const auto berlin = TimeZone::locate("Europe/Berlin");
    ASSERT_TRUE(berlin.ok());
    const auto stats = querySkips(db, resolvePeriod({}, *berlin));
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->byHour[10].rows, 0);
    EXPECT_EQ(stats->byHour[11].rows, 16); // CET, one hour ahead in March
}

} // namespace
} // namespace tunescope::analytics
