// Listening sessions and streaks on small histories whose answers are worked out by hand here.

#include "CoreTestHelpers.h"

#include "analytics/Sessions.h"

#include <gtest/gtest.h>

namespace tunescope::analytics {
namespace {

using testing::musicPlay;

constexpr std::int64_t kSecond = 1000;
constexpr std::int64_t kMinute = 60 * kSecond;

TEST(Sessions, AGapOfMoreThanThirtyMinutesEndsASessionEvenAcrossMidnight)
{
    auto db = testing::freshDatabase();
    testing::storePlays(db, {
                                // 23:46:40 - 23:50:00, then 00:07:00 - 00:10:00: 17 minutes apart, one session
                                musicPlay("Mira Sol", "One", "", "2024-03-09T23:50:00Z", 200 * kSecond),
                                musicPlay("Mira Sol", "Two", "", "2024-03-10T00:10:00Z", 180 * kSecond),
                                // 00:59:00: 49 minutes after 00:10, a new session; a 10 s skip ends it
                                musicPlay("Noor", "Three", "", "2024-03-10T01:00:00Z", 60 * kSecond),
                                musicPlay("Noor", "Four", "", "2024-03-10T01:03:00Z", 10 * kSecond),
                                // exactly 30 minutes after 01:03:00: still the same session
                                musicPlay("Noor", "Five", "", "2024-03-10T01:34:00Z", 60 * kSecond),
                            });
    const auto stats = querySessions(db, Period{});
    ASSERT_TRUE(stats.ok()) << stats.error().message;
    EXPECT_EQ(stats->count, 2U);
    // 23:46:40 - 00:10:00 (23 min 20 s, 2 rows) and 00:59:00 - 01:34:00 (35 min, 3 rows).
    ASSERT_EQ(stats->lengthsMs.size(), 2U);
    EXPECT_EQ(stats->lengthsMs[0], 23 * kMinute + 20 * kSecond);
    EXPECT_EQ(stats->lengthsMs[1], 35 * kMinute);
    EXPECT_EQ(stats->longest.lengthMs(), 35 * kMinute);
    EXPECT_EQ(stats->longest.rows, 3U);
    EXPECT_EQ(formatIsoUtc(stats->longest.start), "2024-03-10T00:59:00Z");
    EXPECT_EQ(stats->medianMs, 35 * kMinute); // of two, the upper one

    const auto none = querySessions(db, resolvePeriod({parseCivilDate("2025-01-01"), std::nullopt}, TimeZone::utc()));
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->count, 0U);
    EXPECT_EQ(none->medianMs, 0);
}

TEST(Streaks, LocalDaysAcrossTheDstChangeMakeTheStreakAndSkipsDoNot)
{
    auto db = testing::freshDatabase();
    testing::storePlays(db, {
                                musicPlay("Mira Sol", "A", "", "2024-03-29T12:00:00Z", 200 * kSecond),
                                musicPlay("Mira Sol", "A", "", "2024-03-30T12:00:00Z", 200 * kSecond),
                                // 23:30 UTC on the 30th is 00:30 on the 31st in Berlin (CET, +1)
                                musicPlay("Mira Sol", "B", "", "2024-03-30T23:33:20Z", 200 * kSecond),
                                // the 31st is 23 hours long; 22:30 UTC is 00:30 on 1 April (CEST, +2)
                                musicPlay("Noor", "C", "", "2024-03-31T22:33:20Z", 200 * kSecond),
                                // 2 April: only a 10 s skip, not a play: the streak ends
                                musicPlay("Noor", "C", "", "2024-04-02T12:00:00Z", 10 * kSecond),
                                musicPlay("Noor", "C", "", "2024-04-03T12:00:00Z", 200 * kSecond),
                            });
    const auto berlin = TimeZone::locate("Europe/Berlin");
    ASSERT_TRUE(berlin.ok());
    const auto stats = queryStreaks(db, resolvePeriod({}, *berlin));
    ASSERT_TRUE(stats.ok()) << stats.error().message;
    EXPECT_EQ(stats->listening.days, 4); // 29 March to 1 April
    EXPECT_EQ(stats->listening.first, parseCivilDate("2024-03-29"));
    EXPECT_EQ(stats->listening.last, parseCivilDate("2024-04-01"));
    EXPECT_EQ(stats->artist.days, 3); // Mira Sol: 29, 30, 31 March
    EXPECT_EQ(stats->artistName, "Mira Sol");

    // In UTC the late plays fall on the 30th and the 31st instead: Mira Sol has only two days.
    const auto utc = queryStreaks(db, Period{});
    EXPECT_EQ(utc->listening.days, 3); // 29, 30, 31 March
    EXPECT_EQ(utc->artist.days, 2);
}

} // namespace
} // namespace tunescope::analytics
