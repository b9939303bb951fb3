// Two months compared: totals, and the top lists with every rank change (new, up, down, same,
// gone), worked out by hand from the plays written below.

#include "CoreTestHelpers.h"

#include "analytics/Compare.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace tunescope::analytics {
namespace {

constexpr std::int64_t kSecond = 1000;

// One play a day at noon UTC.
ingest::PlayRecord on(int month, int day, const char* artist, const char* track, std::int64_t ms)
{
    char end[32];
    std::snprintf(end, sizeof end, "2024-%02d-%02dT12:00:00Z", month, day);
    return testing::musicPlay(artist, track, "", end, ms);
}

// March (A), 100 s plays:  Alpha 5, Bravo 4, Charlie 3, Delta 2   -> 14 plays, 1,400 s
// April (B):               Charlie 7 (One 5, Two 2), Alpha 4, Nova 3 + one 10 s row,
//                          Bravo 1 (a 900 s play)                 -> 15 plays, 2,310 s
// By plays, A: 1 Alpha, 2 Bravo, 3 Charlie, 4 Delta; B: 1 Charlie, 2 Alpha, 3 Nova, 4 Bravo.
class Compare : public ::testing::Test {
protected:
    void SetUp() override
    {
        std::vector<ingest::PlayRecord> plays;
        int day = 1;
        auto add = [&](int month, const char* artist, const char* track, int count, std::int64_t ms) {
            for (int i = 0; i < count; ++i) {
                plays.push_back(on(month, day++, artist, track, ms));
            }
        };
        add(3, "Alpha", "Alpha Song", 5, 100 * kSecond);
        add(3, "Bravo", "Bravo Song", 4, 100 * kSecond);
        add(3, "Charlie", "Charlie One", 3, 100 * kSecond);
        add(3, "Delta", "Delta Song", 2, 100 * kSecond);
        day = 1;
        add(4, "Charlie", "Charlie One", 5, 100 * kSecond);
        add(4, "Charlie", "Charlie Two", 2, 100 * kSecond);
        add(4, "Alpha", "Alpha Song", 4, 100 * kSecond);
        add(4, "Nova", "Nova Song", 3, 100 * kSecond);
        add(4, "Nova", "Nova Song", 1, 10 * kSecond); // too short to count as a play
        add(4, "Bravo", "Bravo Song", 1, 900 * kSecond);
        testing::storePlays(db, plays);
    }

    static Period month(unsigned m)
    {
        return resolvePeriod({CivilDate{2024, m, 1}, CivilDate{2024, m, m == 3 ? 31U : 30U}}, TimeZone::utc());
    }

    store::Database db = testing::freshDatabase();
};

std::vector<std::string> namesOf(const std::vector<RankChange>& rows)
{
    std::vector<std::string> names;
    names.reserve(rows.size());
    for (const auto& row : rows) {
        names.push_back(row.name);
    }
    return names;
}

TEST_F(Compare, TotalsOfEachPeriodAndTheirChange)
{
    const auto compared = queryComparison(db, month(3), month(4), Metric::Plays, 3);
    ASSERT_TRUE(compared.ok()) << compared.error().message;
    EXPECT_EQ(compared->a.plays, 14);
    EXPECT_EQ(compared->b.plays, 15);
    EXPECT_EQ(compared->a.msPlayed, 1'400 * kSecond);
    EXPECT_EQ(compared->b.msPlayed, 2'310 * kSecond);
    EXPECT_EQ(compared->a.uniqueArtists, 4);
    EXPECT_EQ(compared->b.uniqueArtists, 4); // Nova in, Delta out
    EXPECT_EQ(compared->a.uniqueTracks, 4);
    EXPECT_EQ(compared->b.uniqueTracks, 5);

    EXPECT_DOUBLE_EQ(*relativeChange(compared->a.plays, compared->b.plays), 1.0 / 14.0);
    EXPECT_DOUBLE_EQ(*relativeChange(1'400, 2'310), 0.65);
    EXPECT_FALSE(relativeChange(0, 5).has_value()); // nothing to compare with
}

TEST_F(Compare, ArtistsNewUpDownAndGoneByPlays)
{
    const auto compared = queryComparison(db, month(3), month(4), Metric::Plays, 3);
    ASSERT_TRUE(compared.ok()) << compared.error().message;
    const auto& artists = compared->artists;
    ASSERT_EQ(namesOf(artists.top), (std::vector<std::string>{"Charlie", "Alpha", "Nova"}));

    const auto& charlie = artists.top[0]; // third in March, first in April: up two places
    EXPECT_EQ(charlie.status, RankStatus::Up);
    EXPECT_EQ(charlie.rankA, 3);
    EXPECT_EQ(charlie.rankB, 1);
    EXPECT_EQ(charlie.placesMoved(), 2);
    EXPECT_EQ(charlie.playsA, 3);
    EXPECT_EQ(charlie.playsB, 7);

    const auto& alpha = artists.top[1]; // first, then second
    EXPECT_EQ(alpha.status, RankStatus::Down);
    EXPECT_EQ(alpha.placesMoved(), -1);

    const auto& nova = artists.top[2]; // never played in March
    EXPECT_EQ(nova.status, RankStatus::New);
    EXPECT_FALSE(nova.rankA.has_value());
    EXPECT_EQ(nova.playsA, 0);
    EXPECT_EQ(nova.msPlayedB, 310 * kSecond);

    // Bravo was second in March and fell to fourth; Delta (fourth in March) was never in the top 3.
    ASSERT_EQ(namesOf(artists.gone), (std::vector<std::string>{"Bravo"}));
    EXPECT_EQ(artists.gone[0].status, RankStatus::Gone);
    EXPECT_EQ(artists.gone[0].rankA, 2);
    EXPECT_EQ(artists.gone[0].rankB, 4);
    EXPECT_STREQ(rankStatusName(artists.gone[0].status), "gone");
}

TEST_F(Compare, AnEntryFromBelowTheTopOfAKeepsItsRankThere)
{
    // Top 2: Charlie climbs from March's third place, outside March's top 2.
    const auto compared = queryComparison(db, month(3), month(4), Metric::Plays, 2);
    ASSERT_TRUE(compared.ok()) << compared.error().message;
    const auto& top = compared->artists.top;
    ASSERT_EQ(namesOf(top), (std::vector<std::string>{"Charlie", "Alpha"}));
    EXPECT_EQ(top[0].status, RankStatus::Up);
    EXPECT_EQ(top[0].rankA, 3);
    ASSERT_EQ(namesOf(compared->artists.gone), (std::vector<std::string>{"Bravo"}));

    // Tracks carry their artist; Charlie Two is new, Charlie One climbs from third.
    const auto& tracks = compared->tracks.top;
    ASSERT_EQ(namesOf(tracks), (std::vector<std::string>{"Charlie One", "Alpha Song"}));
    EXPECT_EQ(tracks[0].artist, "Charlie");
    EXPECT_EQ(tracks[0].rankA, 3);
}

TEST_F(Compare, ByListeningTimeTheLongPlayLeads)
{
    // Minutes, A: Alpha 500 s, Bravo 400, Charlie 300, Delta 200; B: Bravo 900, Charlie 700,
    // Alpha 400, Nova 310.
    const auto compared = queryComparison(db, month(3), month(4), Metric::Minutes, 3);
    ASSERT_TRUE(compared.ok()) << compared.error().message;
    const auto& top = compared->artists.top;
    ASSERT_EQ(namesOf(top), (std::vector<std::string>{"Bravo", "Charlie", "Alpha"}));
    EXPECT_EQ(top[0].status, RankStatus::Up);
    EXPECT_EQ(top[1].status, RankStatus::Up);
    EXPECT_EQ(top[2].status, RankStatus::Down);
    EXPECT_EQ(top[2].placesMoved(), -2);
    EXPECT_TRUE(compared->artists.gone.empty());
}

TEST_F(Compare, TheSamePeriodTwiceChangesNothing)
{
    const auto compared = queryComparison(db, month(3), month(3), Metric::Plays, 10);
    ASSERT_TRUE(compared.ok()) << compared.error().message;
    ASSERT_EQ(compared->artists.top.size(), 4U);
    for (const auto& row : compared->artists.top) {
        EXPECT_EQ(row.status, RankStatus::Same) << row.name;
    }
    EXPECT_TRUE(compared->artists.gone.empty());
    EXPECT_TRUE(compared->albums.top.empty()); // these plays name no album
}

} // namespace
} // namespace tunescope::analytics
