// Analytics in the profile's time zone: local dates, weekdays and hours, across DST changes.

#include "CoreTestHelpers.h"

#include "analytics/Overview.h"
#include "ingest/HistoryImporter.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using analytics::Bucket;
using analytics::DateRange;

constexpr std::size_t kMonday = 0;
constexpr std::size_t kSaturday = 5;
constexpr std::size_t kSunday = 6;

TimeZone zone(const std::string& name)
{
    auto z = TimeZone::locate(name);
    EXPECT_TRUE(z.ok()) << name;
    return z ? z.value() : TimeZone::utc();
}

TimeZone newYork()
{
    return zone("America/New_York");
}

TimeZone berlin()
{
    return zone("Europe/Berlin");
}

// A play that STARTED at `startIso` (UTC) and lasted `ms`.
ingest::PlayRecord startingAt(std::string_view startIso, std::int64_t ms = 120'000, std::string track = "Track")
{
    auto r = testing::musicPlay("Okto & the Ferns", std::move(track), "Paper Weather", startIso, ms);
    r.endedAt += ms;
    return r;
}

template <class T>
T ok(Result<T> result)
{
    EXPECT_TRUE(result.ok()) << (result ? "" : result.error().message);
    return result ? std::move(result).value() : T{};
}

std::int64_t playsOn(store::Database& db, const TimeZone& z, CivilDate from, CivilDate to)
{
    return ok(analytics::queryTotals(db, analytics::resolvePeriod(DateRange{from, to}, z))).plays;
}

analytics::Heatmap heatmapIn(store::Database& db, const TimeZone& z)
{
    return ok(analytics::queryHeatmap(db, analytics::resolvePeriod(DateRange{}, z)));
}

TEST(TimeZoneAnalytics, LateEveningInNewYorkIsTheNextDayInUtc)
{
    // The 2024+ fixture's first row ends at 2024-03-10T04:30Z after three minutes.
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {testing::fixture("extended_2024.json")});
    ASSERT_EQ(report.totalAdded(), 4U);
    const auto ny = newYork();
    EXPECT_EQ(playsOn(db, ny, {2024, 3, 9}, {2024, 3, 9}), 1);
    EXPECT_EQ(playsOn(db, ny, {2024, 3, 10}, {2024, 3, 10}), 0);
    EXPECT_EQ(playsOn(db, TimeZone::utc(), {2024, 3, 10}, {2024, 3, 10}), 1);
    EXPECT_EQ(playsOn(db, berlin(), {2024, 3, 10}, {2024, 3, 10}), 1);

    // 23:27 on a Saturday in New York; 05:27 on a Sunday in Berlin.
    EXPECT_EQ(heatmapIn(db, ny).plays[kSaturday][23], 1);
    EXPECT_EQ(heatmapIn(db, berlin()).plays[kSunday][5], 1);

    const auto timeline = ok(analytics::queryTimeline(db, analytics::resolvePeriod(DateRange{}, ny), Bucket::Day));
    ASSERT_FALSE(timeline.empty());
    EXPECT_EQ(timeline.front().start, (CivilDate{2024, 3, 9}));
}

TEST(TimeZoneAnalytics, SpringForwardInNewYork)
{
    // 2024-03-10: 02:00 EST becomes 03:00 EDT at 07:00Z; the local day is 23 hours long.
    auto db = testing::freshDatabase();
    testing::storePlays(db, {startingAt("2024-03-10T05:00:00Z", 60'000, "first minute"), // 00:00 EST
                             startingAt("2024-03-10T06:30:00Z", 60'000, "before"),       // 01:30 EST
                             startingAt("2024-03-10T07:30:00Z", 60'000, "after"),        // 03:30 EDT
                             startingAt("2024-03-11T03:30:00Z", 60'000, "late"),         // 23:30 EDT
                             startingAt("2024-03-11T04:00:00Z", 60'000, "next day")});   // 00:00 EDT, 11th
    const auto ny = newYork();
    EXPECT_EQ(playsOn(db, ny, {2024, 3, 10}, {2024, 3, 10}), 4);
    EXPECT_EQ(playsOn(db, ny, {2024, 3, 11}, {2024, 3, 11}), 1);
    const auto heat = heatmapIn(db, ny);
    EXPECT_EQ(heat.plays[kSunday][0], 1);
    EXPECT_EQ(heat.plays[kSunday][1], 1);
    EXPECT_EQ(heat.plays[kSunday][2], 0); // 02:xx does not exist that night
    EXPECT_EQ(heat.plays[kSunday][3], 1);
    EXPECT_EQ(heat.plays[kSunday][23], 1);
    EXPECT_EQ(heat.plays[kMonday][0], 1);
    const auto timeline = ok(analytics::queryTimeline(db, analytics::resolvePeriod(DateRange{}, ny), Bucket::Day));
    ASSERT_EQ(timeline.size(), 2U);
    EXPECT_EQ(timeline[0].start, (CivilDate{2024, 3, 10}));
    EXPECT_EQ(timeline[0].plays, 4);
    EXPECT_EQ(timeline[1].plays, 1);
}

TEST(TimeZoneAnalytics, FallBackInNewYork)
{
    // 2024-11-03: 02:00 EDT becomes 01:00 EST at 06:00Z; 01:xx happens twice; the day has 25 hours.
    auto db = testing::freshDatabase();
    testing::storePlays(db, {startingAt("2024-11-03T03:30:00Z", 60'000, "saturday"), // 23:30 EDT, 2nd
                             startingAt("2024-11-03T04:00:00Z", 60'000, "midnight"), // 00:00 EDT
                             startingAt("2024-11-03T05:30:00Z", 60'000, "first"),    // 01:30 EDT
                             startingAt("2024-11-03T06:30:00Z", 60'000, "second"),   // 01:30 EST
                             startingAt("2024-11-03T07:30:00Z", 60'000, "two"),      // 02:30 EST
                             startingAt("2024-11-04T04:30:00Z", 60'000, "late")});   // 23:30 EST, 3rd
    const auto ny = newYork();
    EXPECT_EQ(playsOn(db, ny, {2024, 11, 2}, {2024, 11, 2}), 1);
    EXPECT_EQ(playsOn(db, ny, {2024, 11, 3}, {2024, 11, 3}), 5);
    EXPECT_EQ(playsOn(db, ny, {2024, 11, 4}, {2024, 11, 4}), 0);
    const auto heat = heatmapIn(db, ny);
    EXPECT_EQ(heat.plays[kSaturday][23], 1);
    EXPECT_EQ(heat.plays[kSunday][0], 1);
    EXPECT_EQ(heat.plays[kSunday][1], 2);
    EXPECT_EQ(heat.plays[kSunday][2], 1);
    EXPECT_EQ(heat.plays[kSunday][23], 1);
    const auto timeline = ok(analytics::queryTimeline(db, analytics::resolvePeriod(DateRange{}, ny), Bucket::Day));
    ASSERT_EQ(timeline.size(), 2U);
    EXPECT_EQ(timeline[0].start, (CivilDate{2024, 11, 2}));
    EXPECT_EQ(timeline[1].start, (CivilDate{2024, 11, 3}));
    EXPECT_EQ(timeline[1].plays, 5);
}

TEST(TimeZoneAnalytics, BerlinDaylightSavingChanges)
{
    auto db = testing::freshDatabase();
    testing::storePlays(
        db, {                                                    // 2024-03-31: 02:00 CET becomes 03:00 CEST at 01:00Z.
             startingAt("2024-03-30T23:30:00Z", 60'000, "s0"),   // 00:30 CET, 31st
             startingAt("2024-03-31T00:30:00Z", 60'000, "s1"),   // 01:30 CET
             startingAt("2024-03-31T01:30:00Z", 60'000, "s3"),   // 03:30 CEST
                                                                 // 2024-10-27: 03:00 CEST becomes 02:00 CET at 01:00Z.
             startingAt("2024-10-27T00:30:00Z", 60'000, "f1"),   // 02:30 CEST
             startingAt("2024-10-27T01:30:00Z", 60'000, "f2"),   // 02:30 CET
             startingAt("2024-10-27T22:59:00Z", 60'000, "f3")}); // 23:59 CET
    const auto b = berlin();
    EXPECT_EQ(playsOn(db, b, {2024, 3, 31}, {2024, 3, 31}), 3);
    EXPECT_EQ(playsOn(db, b, {2024, 10, 27}, {2024, 10, 27}), 3);
    EXPECT_EQ(playsOn(db, b, {2024, 3, 30}, {2024, 3, 30}), 0);
    const auto heat = heatmapIn(db, b);
    EXPECT_EQ(heat.plays[kSunday][0], 1);
    EXPECT_EQ(heat.plays[kSunday][1], 1);
    EXPECT_EQ(heat.plays[kSunday][2], 2); // both 02:30s of October
    EXPECT_EQ(heat.plays[kSunday][3], 1);
    EXPECT_EQ(heat.plays[kSunday][23], 1);
    // In UTC the same plays fall elsewhere.
    const auto utcHeat = heatmapIn(db, TimeZone::utc());
    EXPECT_EQ(utcHeat.plays[kSaturday][23], 1);
    EXPECT_EQ(utcHeat.plays[kSunday][22], 1);
}

TEST(TimeZoneAnalytics, WeekAndMonthBucketsUseLocalDates)
{
    auto db = testing::freshDatabase();
    // Monday 03:00Z is still Sunday evening in New York; 1 March 03:00Z is still February there.
    testing::storePlays(
        db, {startingAt("2024-03-01T03:00:00Z", 60'000, "leap"), startingAt("2024-03-11T03:00:00Z", 60'000, "sunday")});
    const auto ny = newYork();
    const auto weeks = ok(analytics::queryTimeline(db, analytics::resolvePeriod(DateRange{}, ny), Bucket::Week));
    ASSERT_EQ(weeks.size(), 2U);
    EXPECT_EQ(weeks[0].start, (CivilDate{2024, 2, 26}));
    EXPECT_EQ(weeks[1].start, (CivilDate{2024, 3, 4}));
    const auto utcWeeks =
        ok(analytics::queryTimeline(db, analytics::resolvePeriod(DateRange{}, TimeZone::utc()), Bucket::Week));
    ASSERT_EQ(utcWeeks.size(), 3U);
    EXPECT_EQ(utcWeeks.back().start, (CivilDate{2024, 3, 11}));
    EXPECT_EQ(utcWeeks[1].plays, 0);

    const auto months = ok(analytics::queryTimeline(db, analytics::resolvePeriod(DateRange{}, ny), Bucket::Month));
    ASSERT_EQ(months.size(), 2U);
    EXPECT_EQ(months[0].start, (CivilDate{2024, 2, 1}));
    EXPECT_EQ(months[1].start, (CivilDate{2024, 3, 1}));
    EXPECT_EQ(months[0].plays, 1);
}

TEST(TimeZoneAnalytics, RangeBoundariesFollowTheZone)
{
    auto db = testing::freshDatabase();
    testing::storePlays(db, {startingAt("2024-07-14T21:59:59Z", 60'000, "a"),   // 23:59:59 CEST, 14th
                             startingAt("2024-07-14T22:00:00Z", 60'000, "b")}); // 00:00 CEST, 15th
    const auto b = berlin();
    EXPECT_EQ(playsOn(db, b, {2024, 7, 14}, {2024, 7, 14}), 1);
    EXPECT_EQ(playsOn(db, b, {2024, 7, 15}, {2024, 7, 15}), 1);
    EXPECT_EQ(playsOn(db, TimeZone::utc(), {2024, 7, 14}, {2024, 7, 14}), 2);
    EXPECT_EQ(playsOn(db, newYork(), {2024, 7, 14}, {2024, 7, 14}), 2);
}

} // namespace
} // namespace tunescope
