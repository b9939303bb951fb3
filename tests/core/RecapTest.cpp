// The recap gathers the period's figures: top lists by listening time, minutes, the longest
// streak and genres, on a small history worked out by hand here.

#include "CoreTestHelpers.h"

#include "analytics/Recap.h"

#include <gtest/gtest.h>

namespace tunescope::analytics {
namespace {

using testing::musicPlay;

constexpr std::int64_t kSecond = 1000;

// Mira Sol: 5 plays, 655 s. Noor: 4 plays, 1005 s. Lumen: one 20 s skip (not a play).
// Days with a play: 1 to 6 March (the 7th has only the skip), then 10 March.
class Recap : public ::testing::Test {
protected:
    void SetUp() override
    {
        testing::storePlays(db_, {
                                     musicPlay("Mira Sol", "One", "", "2024-03-01T10:00:00Z", 200 * kSecond),
                                     musicPlay("Mira Sol", "One", "", "2024-03-02T10:00:00Z", 200 * kSecond),
                                     musicPlay("Mira Sol", "Two", "", "2024-03-03T10:00:00Z", 180 * kSecond),
                                     musicPlay("Noor", "Three", "", "2024-03-03T12:00:00Z", 240 * kSecond),
                                     musicPlay("Mira Sol", "Two", "", "2024-03-04T10:00:00Z", 40 * kSecond),
                                     musicPlay("Noor", "Three", "", "2024-03-05T12:00:00Z", 240 * kSecond),
                                     musicPlay("Mira Sol", "One", "", "2024-03-06T10:00:00Z", 35 * kSecond),
                                     musicPlay("Noor", "Three", "", "2024-03-06T12:00:00Z", 240 * kSecond),
                                     musicPlay("Lumen", "Four", "", "2024-03-07T12:00:00Z", 20 * kSecond),
                                     musicPlay("Noor", "Five", "", "2024-03-10T12:00:00Z", 285 * kSecond),
                                 });
    }

    store::Database db_ = testing::freshDatabase();
};

TEST_F(Recap, RanksByListeningTimeAndCountsMinutesPlaysAndTheStreak)
{
    const auto recap = queryRecap(db_, Period{});
    ASSERT_TRUE(recap.ok()) << recap.error().message;
    EXPECT_FALSE(recap->empty());
    // 200 + 200 + 180 + 240 + 40 + 240 + 35 + 240 + 20 + 285 = 1680 s: 28 minutes, the skip too.
    EXPECT_EQ(recap->totals.msPlayed, 28LL * 60 * kSecond);
    EXPECT_EQ(recap->totals.plays, 9); // every row but the 20 s skip
    EXPECT_EQ(recap->totals.uniqueArtists, 2);

    // Mira Sol has more plays (5 to 4) but Noor more time (1005 s to 655 s): Noor leads.
    ASSERT_GE(recap->topArtists.size(), 2U);
    EXPECT_EQ(recap->topArtists[0].name, "Noor");
    EXPECT_EQ(recap->topArtists[0].msPlayed, 1005 * kSecond);
    EXPECT_EQ(recap->topArtists[1].name, "Mira Sol");
    EXPECT_EQ(recap->topArtists[1].msPlayed, 655 * kSecond);

    // Three 720 s, One 435 s, Five 285 s, Two 220 s, Four 20 s.
    ASSERT_GE(recap->topTracks.size(), 3U);
    EXPECT_EQ(recap->topTracks[0].name, "Three");
    EXPECT_EQ(recap->topTracks[0].artist, "Noor");
    EXPECT_EQ(recap->topTracks[1].name, "One");
    EXPECT_EQ(recap->topTracks[2].name, "Five");

    // 1 to 6 March; the 20 s skip on the 7th does not carry it on.
    EXPECT_EQ(recap->longestStreak.days, 6);
    EXPECT_EQ(recap->longestStreak.first, parseCivilDate("2024-03-01"));
    EXPECT_EQ(recap->longestStreak.last, parseCivilDate("2024-03-06"));
    EXPECT_EQ(recap->firstDay, parseCivilDate("2024-03-01"));
    EXPECT_EQ(recap->lastDay, parseCivilDate("2024-03-10"));

    EXPECT_TRUE(recap->topGenres.empty()); // nobody's genres were looked up
    // All time: every artist is new there, so no "new artist" to single out.
    EXPECT_FALSE(recap->topNewArtist.has_value());
}

TEST_F(Recap, TheTopNewArtistWasFirstPlayedInThePeriod)
{
    const auto zone = TimeZone::utc();
    // From 2 March: Mira Sol was first played on the 1st, Noor on the 3rd; Lumen only skipped.
    const auto recap =
        queryRecap(db_, resolvePeriod({parseCivilDate("2024-03-02"), parseCivilDate("2024-03-31")}, zone));
    ASSERT_TRUE(recap.ok()) << recap.error().message;
    ASSERT_TRUE(recap->topNewArtist.has_value());
    EXPECT_EQ(recap->topNewArtist->name, "Noor");
    EXPECT_EQ(recap->topNewArtist->msPlayed, 1005 * kSecond);
    EXPECT_EQ(recap->topNewArtist->firstPlayed, parseCivilDate("2024-03-03"));

    // From 5 March nobody is new.
    const auto later = queryRecap(db_, resolvePeriod({parseCivilDate("2024-03-05"), std::nullopt}, zone));
    ASSERT_TRUE(later.ok());
    EXPECT_FALSE(later->topNewArtist.has_value());
}

TEST_F(Recap, LimitsTheListsAndFollowsThePeriod)
{
    const auto zone = TimeZone::utc();
    const auto recap =
        queryRecap(db_, resolvePeriod({parseCivilDate("2024-03-05"), parseCivilDate("2024-03-10")}, zone), 1);
    ASSERT_TRUE(recap.ok()) << recap.error().message;
    // 5 to 10 March: Noor 240 + 240 + 285 s, Mira Sol 35 s, the skip 20 s.
    EXPECT_EQ(recap->totals.msPlayed, 820 * kSecond);
    ASSERT_EQ(recap->topArtists.size(), 1U);
    EXPECT_EQ(recap->topArtists[0].name, "Noor");
    ASSERT_EQ(recap->topTracks.size(), 1U);
    EXPECT_EQ(recap->topTracks[0].name, "Three");
    EXPECT_EQ(recap->longestStreak.days, 2); // 5 and 6 March

    const auto none = queryRecap(db_, resolvePeriod({parseCivilDate("2025-01-01"), std::nullopt}, zone));
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
    EXPECT_TRUE(none->topArtists.empty());
    EXPECT_EQ(none->longestStreak.days, 0);
    EXPECT_FALSE(none->firstDay.has_value());
}

TEST_F(Recap, GenresOnceKnown)
{
    // Noor is all ambient; Mira Sol half folk, half ambient: ambient 1005 + 327.5 s, folk 327.5 s.
    for (const auto& [artist, genre, weight] : {std::tuple{"Noor", "ambient", 1.0}, std::tuple{"Mira Sol", "folk", 0.5},
                                                std::tuple{"Mira Sol", "ambient", 0.5}}) {
        auto insert = db_.prepare("INSERT INTO artist_genres (creator_id, genre, source, weight) "
                                  "SELECT id, ?, 2, ? FROM creators WHERE name = ?");
        ASSERT_TRUE(insert.ok());
        ASSERT_TRUE(insert->bind(1, std::string(genre)).bind(2, weight).bind(3, std::string(artist)).run().ok());
    }
    const auto recap = queryRecap(db_, Period{});
    ASSERT_TRUE(recap.ok()) << recap.error().message;
    ASSERT_EQ(recap->topGenres.size(), 2U);
    EXPECT_EQ(recap->topGenres[0].name, "ambient");
    EXPECT_DOUBLE_EQ(recap->topGenres[0].msPlayed, 1332.5 * kSecond);
    EXPECT_EQ(recap->topGenres[1].name, "folk");
}

} // namespace
} // namespace tunescope::analytics
