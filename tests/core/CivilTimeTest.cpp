#include "util/CivilTime.h"
#include "util/TimeZone.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

TEST(CivilTime, ParsesAccountDataMinuteTimestampsAsUtc)
{
    const auto t = parseMinuteTimestamp("2020-08-11 12:47");
    ASSERT_TRUE(t);
    EXPECT_EQ(formatIsoUtc(*t), "2020-08-11T12:47:00Z");
    EXPECT_FALSE(parseMinuteTimestamp("2020-02-30 12:47"));
    EXPECT_FALSE(parseMinuteTimestamp("2020-08-11T12:47"));
}

TEST(CivilTime, ParsesExtendedIsoTimestamps)
{
    EXPECT_EQ(formatIsoUtc(*parseIsoTimestamp("2021-09-21T19:38:59Z")), "2021-09-21T19:38:59Z");
    EXPECT_EQ(*parseIsoTimestamp("2021-09-21T19:38:59.250Z") - *parseIsoTimestamp("2021-09-21T19:38:59Z"), 250);
    EXPECT_EQ(formatIsoUtc(*parseIsoTimestamp("2021-09-21T21:38:59+02:00")), "2021-09-21T19:38:59Z");
    EXPECT_FALSE(parseIsoTimestamp("2021-09-21 19:38"));
    EXPECT_FALSE(parseIsoTimestamp("2021-13-21T19:38:59Z"));
}

TEST(CivilTime, DaysRoundTripAndWeekdays)
{
    for (std::int64_t d = -800'000; d < 800'000; d += 997) {
        EXPECT_EQ(daysFromCivil(civilFromDays(d)), d);
    }
    EXPECT_EQ(weekdayFromDays(daysFromCivil({2026, 11, 22})), 6); // a Sunday
    EXPECT_EQ(weekdayFromDays(daysFromCivil({2024, 2, 29})), 3);  // a Thursday
}

TEST(TimeZone, LocalMidnightFollowsDaylightSaving)
{
    auto berlin = TimeZone::locate("Europe/Berlin");
    ASSERT_TRUE(berlin) << berlin.error().message;
    // Winter: UTC+1; summer: UTC+2.
    EXPECT_EQ(formatIsoUtc(berlin->startOfDay({2024, 1, 15})), "2024-01-14T23:00:00Z");
    EXPECT_EQ(formatIsoUtc(berlin->startOfDay({2024, 7, 15})), "2024-07-14T22:00:00Z");
    // The spring-forward day is 23 hours long.
    EXPECT_EQ(berlin->startOfDay({2024, 4, 1}) - berlin->startOfDay({2024, 3, 31}), 23 * 3'600'000LL);
}

TEST(TimeZone, UnknownZoneIsAClearError)
{
    auto zone = TimeZone::locate("Mars/Olympus_Mons");
    ASSERT_FALSE(zone);
    EXPECT_NE(zone.error().message.find("Mars/Olympus_Mons"), std::string::npos);
}

} // namespace
} // namespace tunescope
