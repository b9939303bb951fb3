// Podcasts and audiobooks on small histories worked out by hand: top shows and books, listening
// time, episodes played and finished, and "unknown" when the export does not say how rows ended.

#include "CoreTestHelpers.h"

#include "analytics/Spoken.h"

#include <gtest/gtest.h>

namespace tunescope::analytics {
namespace {

using testing::podcastPlay;

constexpr std::int64_t kSecond = 1000;

ingest::PlayRecord episode(const char* show, const char* title, const char* endIso, std::int64_t seconds,
                           const char* reasonEnd)
{
    auto play = podcastPlay(show, title, endIso, seconds * kSecond);
    play.reasonEnd = reasonEnd;
    return play;
}

ingest::PlayRecord chapter(const char* book, const char* title, const char* endIso, std::int64_t seconds,
                           const char* reasonEnd)
{
    auto play = episode(book, title, endIso, seconds, reasonEnd);
    play.kind = ingest::PlayKind::Audiobook;
    return play;
}

class Spoken : public ::testing::Test {
protected:
    void SetUp() override
    {
        testing::storePlays(db, {
                                    // Deep Notes: 3 episodes, E1 finished once and replayed, E3 only skimmed.
                                    episode("Deep Notes", "E1", "2024-03-01T12:00:00Z", 1800, "trackdone"),
                                    episode("Deep Notes", "E1", "2024-03-02T12:00:00Z", 600, "endplay"),
                                    episode("Deep Notes", "E2", "2024-03-03T12:00:00Z", 1200, "endplay"),
                                    episode("Deep Notes", "E3", "2024-03-04T12:00:00Z", 20, "fwdbtn"),
                                    // Quick Bits: fewer plays, more time, both episodes finished.
                                    episode("Quick Bits", "Q1", "2024-03-05T12:00:00Z", 2400, "trackdone"),
                                    episode("Quick Bits", "Q2", "2024-03-06T12:00:00Z", 2400, "trackdone"),
                                    chapter("Long Road", "Chapter 1", "2024-03-07T12:00:00Z", 1500, "trackdone"),
                                    chapter("Long Road", "Chapter 2", "2024-03-08T12:00:00Z", 700, "endplay"),
                                    // Music is not spoken word.
                                    testing::musicPlay("Mira Sol", "One", "", "2024-03-05T13:00:00Z", 200 * kSecond),
                                });
    }

    store::Database db = testing::freshDatabase();
};

TEST_F(Spoken, ShowsAndBooksWithTheirEpisodesAndWhatWasFinished)
{
    const auto stats = querySpoken(db, Period{}, Metric::Plays);
    ASSERT_TRUE(stats.ok()) << stats.error().message;
    EXPECT_EQ(stats->podcastMs, (1800 + 600 + 1200 + 20 + 2400 + 2400) * kSecond);
    EXPECT_EQ(stats->audiobookMs, 2200 * kSecond);
    EXPECT_TRUE(stats->finishedKnown);
    EXPECT_EQ(stats->episodesFinished, 4); // E1, Q1, Q2, Chapter 1

    ASSERT_EQ(stats->shows.size(), 2U);
    const auto& deep = stats->shows[0]; // 3 plays (the 20 s row is not one) against 2
    EXPECT_EQ(deep.name, "Deep Notes");
    EXPECT_EQ(deep.plays, 3);
    EXPECT_EQ(deep.msPlayed, 3620 * kSecond);
    EXPECT_EQ(deep.episodes, 3);
    EXPECT_EQ(deep.episodesFinished, 1); // E1 counts once although played twice
    EXPECT_TRUE(deep.finishedKnown);
    EXPECT_EQ(stats->shows[1].name, "Quick Bits");
    EXPECT_EQ(stats->shows[1].episodesFinished, 2);

    ASSERT_EQ(stats->books.size(), 1U);
    EXPECT_EQ(stats->books[0].name, "Long Road");
    EXPECT_EQ(stats->books[0].plays, 2);
    EXPECT_EQ(stats->books[0].episodes, 2);
    EXPECT_EQ(stats->books[0].episodesFinished, 1);
}

TEST_F(Spoken, ByMinutesAndWithinAPeriod)
{
    const auto byMinutes = querySpoken(db, Period{}, Metric::Minutes, 1);
    ASSERT_TRUE(byMinutes.ok());
    ASSERT_EQ(byMinutes->shows.size(), 1U);
    EXPECT_EQ(byMinutes->shows[0].name, "Quick Bits"); // 4,800 s against 3,620 s

    // From 3 March: E2 and E3 of Deep Notes, Quick Bits, the book. E1's finish is outside.
    const auto later =
        querySpoken(db, resolvePeriod({parseCivilDate("2024-03-03"), parseCivilDate("2024-03-06")}, TimeZone::utc()),
                    Metric::Plays);
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(later->podcastMs, (1200 + 20 + 2400 + 2400) * kSecond);
    EXPECT_EQ(later->audiobookMs, 0);
    EXPECT_TRUE(later->books.empty());
    EXPECT_EQ(later->episodesFinished, 2);
    ASSERT_EQ(later->shows.size(), 2U);
    EXPECT_EQ(later->shows[0].name, "Quick Bits"); // 2 plays against Deep Notes' 1
    EXPECT_EQ(later->shows[1].episodes, 2);
    EXPECT_EQ(later->shows[1].episodesFinished, 0);
}

TEST(SpokenAccountData, FinishedIsUnknownWhenTheExportDoesNotSayHowRowsEnded)
{
    auto db = testing::freshDatabase();
    auto a = podcastPlay("Night Talk", "Ep 1", "2024-03-01T12:00:00Z", 1800 * kSecond);
    auto b = podcastPlay("Night Talk", "Ep 2", "2024-03-02T12:00:00Z", 900 * kSecond);
    a.source = b.source = ingest::PlaySource::AccountData; // no reason_end in account data
    testing::storePlays(db, {a, b});
    const auto stats = querySpoken(db, Period{}, Metric::Plays);
    ASSERT_TRUE(stats.ok());
    EXPECT_FALSE(stats->finishedKnown);
    ASSERT_EQ(stats->shows.size(), 1U);
    EXPECT_EQ(stats->shows[0].episodes, 2);
    EXPECT_FALSE(stats->shows[0].finishedKnown);
    EXPECT_EQ(stats->podcastMs, 2700 * kSecond);
}

} // namespace
} // namespace tunescope::analytics
