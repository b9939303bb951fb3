// Discovery on small histories whose answers are worked out by hand here: first plays over the
// whole history, new listening per local month, the top new artists and artists that faded out.

#include "CoreTestHelpers.h"

#include "analytics/Discovery.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace tunescope::analytics {
namespace {

using testing::musicPlay;

constexpr std::int64_t kSecond = 1000;

Period between(const char* from, const char* to, const TimeZone& zone)
{
    return resolvePeriod({parseCivilDate(from), parseCivilDate(to)}, zone);
}

TimeZone berlin()
{
    auto zone = TimeZone::locate("Europe/Berlin");
    EXPECT_TRUE(zone.ok());
    return zone ? *zone : TimeZone::utc();
}

class Discovery : public ::testing::Test {
protected:
    void SetUp() override
    {
        testing::storePlays(db, {
                                    // Before the period: Old Band is known; Teaser's 10 s row does not make it known.
                                    musicPlay("Old Band", "Classic", "", "2023-11-10T12:00:00Z", 200 * kSecond),
                                    musicPlay("Teaser", "Hook", "", "2023-12-20T12:00:00Z", 10 * kSecond),
                                    // January: Classic is old, Fresh is a new track of a known artist, Hook is new.
                                    musicPlay("Old Band", "Classic", "", "2024-01-05T12:00:00Z", 200 * kSecond),
                                    musicPlay("Old Band", "Fresh", "", "2024-01-06T12:00:00Z", 200 * kSecond),
                                    musicPlay("Teaser", "Hook", "", "2024-01-10T12:00:00Z", 200 * kSecond),
                                    // Starts 23:25:50 UTC on 31 January: 00:25:50 on 1 February in Berlin.
                                    musicPlay("Eve", "Midnight", "", "2024-01-31T23:30:00Z", 250 * kSecond),
                                    // A 10 s row of Night before its first play, in the same month: new listening.
                                    musicPlay("Eve", "Night", "", "2024-02-02T12:00:00Z", 10 * kSecond),
                                    musicPlay("Teaser", "Hook", "", "2024-02-03T12:00:00Z", 200 * kSecond),
                                    musicPlay("Teaser", "Hook", "", "2024-02-04T12:00:00Z", 40 * kSecond),
                                    musicPlay("Eve", "Night", "", "2024-02-05T12:00:00Z", 200 * kSecond),
                                    // After the period.
                                    musicPlay("Later", "Song", "", "2024-03-05T12:00:00Z", 200 * kSecond),
                                });
    }

    store::Database db = testing::freshDatabase();
};

TEST_F(Discovery, NewMusicPerLocalMonthCountsFirstPlaysOverTheWholeHistory)
{
    const auto stats = queryDiscovery(db, between("2024-01-01", "2024-02-29", berlin()), Metric::Plays);
    ASSERT_TRUE(stats.ok()) << stats.error().message;
    ASSERT_EQ(stats->months.size(), 2U);

    const auto& jan = stats->months[0];
    EXPECT_EQ(jan.month, (CivilDate{2024, 1, 1}));
    EXPECT_EQ(jan.newArtists, 1); // Teaser (Old Band was heard in November)
    EXPECT_EQ(jan.newTracks, 2);  // Fresh, Hook
    EXPECT_EQ(jan.plays, 3);
    EXPECT_EQ(jan.newPlays, 2); // Fresh and Hook, not Classic
    EXPECT_EQ(jan.msPlayed, 600 * kSecond);
    EXPECT_EQ(jan.newMsPlayed, 400 * kSecond);

    const auto& feb = stats->months[1];
    EXPECT_EQ(feb.month, (CivilDate{2024, 2, 1}));
    EXPECT_EQ(feb.newArtists, 1); // Eve, whose first play began on 1 February in Berlin
    EXPECT_EQ(feb.newTracks, 2);  // Midnight, Night
    EXPECT_EQ(feb.plays, 4);      // Midnight, Hook twice, Night (not its 10 s row)
    EXPECT_EQ(feb.newPlays, 2);   // Midnight, Night: Hook was new in January
    EXPECT_EQ(feb.msPlayed, 700 * kSecond);
    EXPECT_EQ(feb.newMsPlayed, 460 * kSecond); // 250 + 10 + 200

    EXPECT_EQ(stats->plays, 7);
    EXPECT_EQ(stats->newPlays, 4);
    EXPECT_EQ(stats->msPlayed, 1300 * kSecond);
    EXPECT_EQ(stats->newMsPlayed, 860 * kSecond);
    EXPECT_DOUBLE_EQ(stats->newShare(Metric::Plays), 4.0 / 7.0);
    EXPECT_DOUBLE_EQ(stats->newShare(Metric::Minutes), 860.0 / 1300.0);
    EXPECT_TRUE(stats->fadedArtists.empty()); // nobody has 20 plays
}

TEST_F(Discovery, TopNewArtistsAreFirstPlayedInThePeriodAndRankedByTheMetric)
{
    const auto period = between("2024-01-01", "2024-02-29", berlin());
    const auto byPlays = queryDiscovery(db, period, Metric::Plays);
    ASSERT_TRUE(byPlays.ok());
    // Old Band played in the period but was first heard before it: not new.
    ASSERT_EQ(byPlays->topNewArtists.size(), 2U);
    EXPECT_EQ(byPlays->topNewArtists[0].name, "Teaser"); // 3 plays, 440 s
    EXPECT_EQ(byPlays->topNewArtists[0].plays, 3);
    EXPECT_EQ(byPlays->topNewArtists[0].msPlayed, 440 * kSecond);
    EXPECT_EQ(byPlays->topNewArtists[0].firstPlayed, (CivilDate{2024, 1, 10})); // not the 10 s row
    EXPECT_EQ(byPlays->topNewArtists[1].name, "Eve");                           // 2 plays, 460 s
    EXPECT_EQ(byPlays->topNewArtists[1].firstPlayed, (CivilDate{2024, 2, 1}));

    const auto byMinutes = queryDiscovery(db, period, Metric::Minutes, 1);
    ASSERT_TRUE(byMinutes.ok());
    ASSERT_EQ(byMinutes->topNewArtists.size(), 1U);
    EXPECT_EQ(byMinutes->topNewArtists[0].name, "Eve");
}

TEST_F(Discovery, MonthsFollowTheZone)
{
    // In UTC, Midnight began on 31 January: Eve is new in January.
    const auto stats = queryDiscovery(db, between("2024-01-01", "2024-02-29", TimeZone::utc()), Metric::Plays);
    ASSERT_TRUE(stats.ok());
    ASSERT_EQ(stats->months.size(), 2U);
    EXPECT_EQ(stats->months[0].newArtists, 2);
    EXPECT_EQ(stats->months[0].newTracks, 3);
    EXPECT_EQ(stats->months[0].newPlays, 3);
    EXPECT_EQ(stats->months[1].newArtists, 0);
    EXPECT_EQ(stats->months[1].newTracks, 1);
    EXPECT_EQ(stats->topNewArtists[1].firstPlayed, (CivilDate{2024, 1, 31}));
}

TEST_F(Discovery, AnOpenPeriodListsEveryMonthFromTheFirstRowToTheLastGapsIncluded)
{
    const auto stats = queryDiscovery(db, Period{}, Metric::Plays);
    ASSERT_TRUE(stats.ok());
    ASSERT_EQ(stats->months.size(), 5U); // November 2023 to March 2024
    EXPECT_EQ(stats->months[0].newArtists, 1);
    EXPECT_EQ(stats->months[1].month, (CivilDate{2023, 12, 1}));
    EXPECT_EQ(stats->months[1].plays, 0); // only Teaser's 10 s row
    EXPECT_EQ(stats->months[1].msPlayed, 10 * kSecond);
    EXPECT_EQ(stats->months[1].newMsPlayed, 0); // Hook's first play is in January
    EXPECT_EQ(stats->months[1].newArtists, 0);
    EXPECT_EQ(stats->plays, 9);
    EXPECT_EQ(stats->topNewArtists.size(), 4U);
}

// `count` plays of one track, a day apart from `firstDay` of `yearMonth`, at noon UTC.
std::vector<ingest::PlayRecord> daily(const char* artist, const char* yearMonth, int firstDay, int count,
                                      std::int64_t ms)
{
    std::vector<ingest::PlayRecord> plays;
    plays.reserve(static_cast<std::size_t>(count));
    for (int day = firstDay; day < firstDay + count; ++day) {
        char end[32];
        std::snprintf(end, sizeof end, "%s-%02dT12:00:00Z", yearMonth, day);
        plays.push_back(musicPlay(artist, "Song", "", end, ms));
    }
    return plays;
}

class Faded : public ::testing::Test {
protected:
    void SetUp() override
    {
        std::vector<ingest::PlayRecord> plays;
        const auto add = [&plays](std::vector<ingest::PlayRecord> more) {
            plays.insert(plays.end(), more.begin(), more.end());
        };
        add(daily("Faded Star", "2023-01", 1, 25, 200 * kSecond));
        add(daily("Few", "2023-01", 1, 19, 200 * kSecond)); // one play short of 20
        add(daily("Steady", "2023-02", 1, 20, 300 * kSecond));
        add(daily("Just Gone", "2023-05", 12, 20, 200 * kSecond)); // last on 31 May
        add(daily("Still Here", "2023-06", 2, 20, 200 * kSecond)); // last on 21 June
        // A 10 s row is listening but not a play: it does not bring Faded Star back.
        plays.push_back(musicPlay("Faded Star", "Song", "", "2023-11-20T12:00:00Z", 10 * kSecond));
        // The last play of the data: 1 December. Six months earlier: 1 June.
        plays.push_back(musicPlay("Steady", "Song", "", "2023-12-01T12:00:00Z", 300 * kSecond));
        testing::storePlays(db, plays);
    }

    store::Database db = testing::freshDatabase();
};

TEST_F(Faded, AnOpenPeriodLooksBackSixMonthsFromTheLastPlay)
{
    const auto stats = queryDiscovery(db, Period{}, Metric::Plays);
    ASSERT_TRUE(stats.ok()) << stats.error().message;
    ASSERT_EQ(stats->fadedArtists.size(), 2U);
    EXPECT_EQ(stats->fadedArtists[0].name, "Faded Star");
    EXPECT_EQ(stats->fadedArtists[0].plays, 25);
    EXPECT_EQ(stats->fadedArtists[0].msPlayed, 5010 * kSecond); // the 10 s row is listening time
    EXPECT_EQ(stats->fadedArtists[0].lastPlayed, (CivilDate{2023, 1, 25}));
    EXPECT_EQ(stats->fadedArtists[1].name, "Just Gone"); // 31 May is before 1 June
    EXPECT_EQ(stats->fadedArtists[1].lastPlayed, (CivilDate{2023, 5, 31}));
}

TEST_F(Faded, APeriodEndingEarlierSeesWhoHadFadedByThen)
{
    // Up to 31 October: looking back from 1 November to 1 May. Steady's December play is after
    // the period, so Steady had faded then; Just Gone (31 May) had not.
    const auto byPlays = queryDiscovery(db, between("2023-01-01", "2023-10-31", TimeZone::utc()), Metric::Plays);
    ASSERT_TRUE(byPlays.ok());
    ASSERT_EQ(byPlays->fadedArtists.size(), 2U);
    EXPECT_EQ(byPlays->fadedArtists[0].name, "Faded Star"); // 25 plays
    EXPECT_EQ(byPlays->fadedArtists[0].msPlayed, 5000 * kSecond);
    EXPECT_EQ(byPlays->fadedArtists[1].name, "Steady"); // 20 plays
    EXPECT_EQ(byPlays->fadedArtists[1].lastPlayed, (CivilDate{2023, 2, 20}));

    const auto byMinutes = queryDiscovery(db, between("2023-01-01", "2023-10-31", TimeZone::utc()), Metric::Minutes);
    ASSERT_TRUE(byMinutes.ok());
    ASSERT_EQ(byMinutes->fadedArtists.size(), 2U);
    EXPECT_EQ(byMinutes->fadedArtists[0].name, "Steady"); // 6,000 s against 5,000 s
}

TEST(DiscoveryEmpty, NoMusicGivesZerosNotErrors)
{
    auto db = testing::freshDatabase();
    const auto stats = queryDiscovery(db, Period{}, Metric::Minutes);
    ASSERT_TRUE(stats.ok());
    EXPECT_TRUE(stats->months.empty());
    EXPECT_EQ(stats->newShare(Metric::Minutes), 0.0);
    EXPECT_TRUE(stats->topNewArtists.empty());
    EXPECT_TRUE(stats->fadedArtists.empty());
}

} // namespace
} // namespace tunescope::analytics
