// Analytics in UTC: the 30-second rule, totals, top lists, timelines; podcasts stay out.

#include "CoreTestHelpers.h"

#include "analytics/Overview.h"
#include "ingest/HistoryImporter.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using analytics::Bucket;
using analytics::DateRange;
using analytics::Metric;
using analytics::TopKind;
using testing::musicPlay;
using testing::podcastPlay;

analytics::Period everything()
{
    return analytics::resolvePeriod(DateRange{}, TimeZone::utc());
}

analytics::Period days(CivilDate from, CivilDate to)
{
    return analytics::resolvePeriod(DateRange{from, to}, TimeZone::utc());
}

template <class T>
T ok(Result<T> result)
{
    EXPECT_TRUE(result.ok()) << (result ? "" : result.error().message);
    return result ? std::move(result).value() : T{};
}

std::vector<std::string> names(const std::vector<analytics::TopEntry>& entries)
{
    std::vector<std::string> out;
    for (const auto& e : entries) {
        out.push_back(e.name);
    }
    return out;
}

// Three artists, one skip, one exact-threshold play and a long podcast, all in January 2024.
store::Database smallLibrary()
{
    auto db = testing::freshDatabase();
    testing::storePlays(db, {
                                musicPlay("Alpha Quill", "A1", "Alpha LP", "2024-01-02T10:00:00Z", 200'000),
                                musicPlay("Alpha Quill", "A1", "Alpha LP", "2024-01-02T11:00:00Z", 200'000),
                                musicPlay("Alpha Quill", "A1", "Alpha LP", "2024-01-03T10:00:00Z", 200'000),
                                musicPlay("Alpha Quill", "A2", "Alpha LP", "2024-01-03T11:00:00Z", 29'999),
                                musicPlay("Beta Moth", "B1", "Moth EP", "2024-01-05T10:00:00Z", 400'000),
                                musicPlay("Beta Moth", "B1", "Moth EP", "2024-01-05T11:00:00Z", 400'000),
                                musicPlay("Gamma Reed", "G1", "Reeds", "2024-01-05T12:00:00Z", 30'000),
                                podcastPlay("Delta Radio", "Ep 1", "2024-01-02T08:00:00Z", 3'600'000),
                                podcastPlay("Delta Radio", "Ep 2", "2024-01-04T08:00:00Z", 3'600'000),
                                podcastPlay("Delta Radio", "Ep 3", "2024-01-05T08:00:00Z", 3'600'000),
                            });
    return db;
}

TEST(Analytics, ThirtySecondRuleForPlaysButEveryRowCountsTowardsTime)
{
    auto db = testing::freshDatabase();
    testing::storePlays(db, {musicPlay("Alpha Quill", "Short", "", "2024-01-02T10:00:00Z", 29'999),
                             musicPlay("Alpha Quill", "Exact", "", "2024-01-02T11:00:00Z", 30'000),
                             musicPlay("Alpha Quill", "Zero", "", "2024-01-02T12:00:00Z", 0)});
    const auto totals = ok(analytics::queryTotals(db, everything()));
    EXPECT_EQ(totals.plays, 1);
    EXPECT_EQ(totals.msPlayed, 59'999);
    EXPECT_EQ(totals.uniqueTracks, 1);
    EXPECT_EQ(totals.uniqueArtists, 1);
    ASSERT_TRUE(totals.firstPlay && totals.lastPlay);
    EXPECT_EQ(*totals.firstPlay, testing::utc("2024-01-02T10:59:30Z")); // the start of the only play
    EXPECT_EQ(*totals.lastPlay, *totals.firstPlay);
    // Every row is stored, short ones too.
    EXPECT_EQ(testing::queryInt(db, "SELECT COUNT(*) FROM plays"), 3);
    const auto tracks = ok(analytics::queryTop(db, TopKind::Tracks, Metric::Minutes, everything(), 10));
    EXPECT_EQ(names(tracks), (std::vector<std::string>{"Exact", "Short"}));
    const auto byPlays = ok(analytics::queryTop(db, TopKind::Tracks, Metric::Plays, everything(), 10));
    EXPECT_EQ(names(byPlays), (std::vector<std::string>{"Exact"}));
}

TEST(Analytics, TotalsLeavePodcastsOut)
{
    auto db = smallLibrary();
    const auto totals = ok(analytics::queryTotals(db, everything()));
    EXPECT_EQ(totals.plays, 6);
    EXPECT_EQ(totals.msPlayed, 600'000 + 29'999 + 800'000 + 30'000);
    EXPECT_EQ(totals.uniqueTracks, 3); // A2 was only skipped
    EXPECT_EQ(totals.uniqueArtists, 3);
    EXPECT_EQ(*totals.firstPlay, testing::utc("2024-01-02T09:56:40Z"));
    EXPECT_EQ(*totals.lastPlay, testing::utc("2024-01-05T11:59:30Z"));
}

TEST(Analytics, TopListsByPlaysAndByMinutes)
{
    auto db = smallLibrary();
    const auto all = everything();
    const auto artistsByPlays = ok(analytics::queryTop(db, TopKind::Artists, Metric::Plays, all, 10));
    EXPECT_EQ(names(artistsByPlays), (std::vector<std::string>{"Alpha Quill", "Beta Moth", "Gamma Reed"}));
    ASSERT_EQ(artistsByPlays.size(), 3U);
    EXPECT_EQ(artistsByPlays[0].rank, 1);
    EXPECT_EQ(artistsByPlays[0].plays, 3);
    EXPECT_EQ(artistsByPlays[0].msPlayed, 629'999);
    EXPECT_EQ(artistsByPlays[2].rank, 3);

    const auto artistsByMinutes = ok(analytics::queryTop(db, TopKind::Artists, Metric::Minutes, all, 10));
    EXPECT_EQ(names(artistsByMinutes), (std::vector<std::string>{"Beta Moth", "Alpha Quill", "Gamma Reed"}));

    const auto tracks = ok(analytics::queryTop(db, TopKind::Tracks, Metric::Plays, all, 10));
    EXPECT_EQ(names(tracks), (std::vector<std::string>{"A1", "B1", "G1"}));
    EXPECT_EQ(tracks[1].artist, "Beta Moth");
    const auto tracksByMinutes = ok(analytics::queryTop(db, TopKind::Tracks, Metric::Minutes, all, 10));
    EXPECT_EQ(names(tracksByMinutes), (std::vector<std::string>{"B1", "A1", "G1", "A2"}));

    const auto albums = ok(analytics::queryTop(db, TopKind::Albums, Metric::Plays, all, 10));
    EXPECT_EQ(names(albums), (std::vector<std::string>{"Alpha LP", "Moth EP", "Reeds"}));
    EXPECT_EQ(albums[0].artist, "Alpha Quill");
    EXPECT_EQ(albums[0].msPlayed, 629'999);
    const auto albumsByMinutes = ok(analytics::queryTop(db, TopKind::Albums, Metric::Minutes, all, 10));
    EXPECT_EQ(names(albumsByMinutes), (std::vector<std::string>{"Moth EP", "Alpha LP", "Reeds"}));

    // The limit cuts the list.
    EXPECT_EQ(names(ok(analytics::queryTop(db, TopKind::Artists, Metric::Plays, all, 2))),
              (std::vector<std::string>{"Alpha Quill", "Beta Moth"}));
}

TEST(Analytics, TiesAreBrokenByTheOtherMeasureThenByFirstSeen)
{
    auto db = testing::freshDatabase();
    testing::storePlays(db, {musicPlay("Tie Two", "T2", "Ties", "2024-02-01T10:00:00Z", 60'000),
                             musicPlay("Tie One", "T1", "Ties", "2024-02-01T11:00:00Z", 60'000),
                             musicPlay("Longer", "L", "Ties", "2024-02-01T12:00:00Z", 90'000),
                             musicPlay("More Plays", "M", "Ties", "2024-02-01T13:00:00Z", 45'000),
                             musicPlay("More Plays", "M", "Ties", "2024-02-01T14:00:00Z", 45'000)});
    const auto byPlays = ok(analytics::queryTop(db, TopKind::Artists, Metric::Plays, everything(), 10));
    EXPECT_EQ(names(byPlays), (std::vector<std::string>{"More Plays", "Longer", "Tie Two", "Tie One"}));
    // Equal minutes: more plays first.
    const auto byMinutes = ok(analytics::queryTop(db, TopKind::Artists, Metric::Minutes, everything(), 10));
    EXPECT_EQ(names(byMinutes), (std::vector<std::string>{"More Plays", "Longer", "Tie Two", "Tie One"}));
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(names(ok(analytics::queryTop(db, TopKind::Artists, Metric::Plays, everything(), 10))),
                  names(byPlays));
    }
}

TEST(Analytics, PodcastsNeverAppearInMusicStats)
{
    auto db = smallLibrary();
    for (const auto kind : {TopKind::Artists, TopKind::Tracks, TopKind::Albums}) {
        for (const auto metric : {Metric::Plays, Metric::Minutes}) {
            for (const auto& e : ok(analytics::queryTop(db, kind, metric, everything(), 100))) {
                EXPECT_EQ(e.name.find("Delta"), std::string::npos);
                EXPECT_EQ(e.name.find("Ep "), std::string::npos);
            }
        }
    }
    // 2024-01-04 has only a podcast: a zero in the music timeline.
    const auto timeline = ok(analytics::queryTimeline(db, everything(), Bucket::Day));
    ASSERT_EQ(timeline.size(), 4U);
    EXPECT_EQ(timeline[2].start, (CivilDate{2024, 1, 4}));
    EXPECT_EQ(timeline[2].msPlayed, 0);
    const auto heatmap = ok(analytics::queryHeatmap(db, everything()));
    for (const auto& weekday : heatmap.msPlayed) {
        EXPECT_EQ(weekday[7], 0); // the podcasts started at 07:00 UTC
    }
}

TEST(Analytics, DateRangesAreInclusiveLocalDates)
{
    auto db = smallLibrary();
    auto playsIn = [&](CivilDate from, CivilDate to) { return ok(analytics::queryTotals(db, days(from, to))).plays; };
    EXPECT_EQ(playsIn({2024, 1, 2}, {2024, 1, 2}), 2);
    EXPECT_EQ(playsIn({2024, 1, 2}, {2024, 1, 3}), 3);
    EXPECT_EQ(playsIn({2024, 1, 3}, {2024, 1, 5}), 4);
    EXPECT_EQ(playsIn({2024, 1, 4}, {2024, 1, 4}), 0);
    EXPECT_EQ(playsIn({2024, 1, 6}, {2024, 12, 31}), 0);
    // Open ends.
    EXPECT_EQ(ok(analytics::queryTotals(
                     db, analytics::resolvePeriod(DateRange{CivilDate{2024, 1, 3}, std::nullopt}, TimeZone::utc())))
                  .plays,
              4);
    EXPECT_EQ(ok(analytics::queryTotals(
                     db, analytics::resolvePeriod(DateRange{std::nullopt, CivilDate{2024, 1, 2}}, TimeZone::utc())))
                  .plays,
              2);
}

TEST(Analytics, APlayBelongsToTheDayItStarted)
{
    auto db = testing::freshDatabase();
    // Ends 00:02 on the 2nd after three minutes: started on the 1st (ts is the END of playback).
    testing::storePlays(db, {musicPlay("Alpha Quill", "A1", "", "2024-01-02T00:02:00Z", 180'000),
                             musicPlay("Alpha Quill", "A1", "", "2024-01-02T23:59:59Z", 60'000)});
    EXPECT_EQ(ok(analytics::queryTotals(db, days({2024, 1, 1}, {2024, 1, 1}))).plays, 1);
    EXPECT_EQ(ok(analytics::queryTotals(db, days({2024, 1, 2}, {2024, 1, 2}))).plays, 1);
    const auto timeline = ok(analytics::queryTimeline(db, everything(), Bucket::Day));
    ASSERT_EQ(timeline.size(), 2U);
    EXPECT_EQ(timeline[0].start, (CivilDate{2024, 1, 1}));
}

TEST(Analytics, TimelineFillsEmptyBucketsWithZeros)
{
    auto db = testing::freshDatabase();
    testing::storePlays(db, {musicPlay("Alpha Quill", "A1", "", "2023-12-30T10:00:00Z", 100'000),
                             musicPlay("Alpha Quill", "A1", "", "2024-01-02T10:00:00Z", 100'000),
                             musicPlay("Alpha Quill", "A1", "", "2024-01-02T11:00:00Z", 10'000),
                             musicPlay("Alpha Quill", "A1", "", "2024-03-20T10:00:00Z", 100'000)});
    const auto all = everything();

    const auto byDay = ok(analytics::queryTimeline(db, days({2023, 12, 30}, {2024, 1, 2}), Bucket::Day));
    ASSERT_EQ(byDay.size(), 4U);
    EXPECT_EQ(byDay[0].start, (CivilDate{2023, 12, 30}));
    EXPECT_EQ(byDay[1].start, (CivilDate{2023, 12, 31}));
    EXPECT_EQ(byDay[2].start, (CivilDate{2024, 1, 1}));
    EXPECT_EQ(byDay[3].start, (CivilDate{2024, 1, 2}));
    EXPECT_EQ(byDay[0].plays, 1);
    EXPECT_EQ(byDay[1].plays, 0);
    EXPECT_EQ(byDay[2].msPlayed, 0);
    EXPECT_EQ(byDay[3].plays, 1); // the 10 s row is time, not a play
    EXPECT_EQ(byDay[3].msPlayed, 110'000);

    // Weeks start on Monday: 2023-12-25, 2024-01-01, ... 2024-03-18.
    const auto byWeek = ok(analytics::queryTimeline(db, all, Bucket::Week));
    ASSERT_EQ(byWeek.size(), 13U);
    EXPECT_EQ(byWeek.front().start, (CivilDate{2023, 12, 25}));
    EXPECT_EQ(byWeek[1].start, (CivilDate{2024, 1, 1}));
    EXPECT_EQ(byWeek[1].plays, 1);
    EXPECT_EQ(byWeek[2].plays, 0);
    EXPECT_EQ(byWeek.back().start, (CivilDate{2024, 3, 18}));
    for (const auto& point : byWeek) {
        EXPECT_EQ(weekdayFromDays(daysFromCivil(point.start)), 0);
    }

    // Months across a year boundary.
    const auto byMonth = ok(analytics::queryTimeline(db, all, Bucket::Month));
    ASSERT_EQ(byMonth.size(), 4U);
    EXPECT_EQ(byMonth[0].start, (CivilDate{2023, 12, 1}));
    EXPECT_EQ(byMonth[1].start, (CivilDate{2024, 1, 1}));
    EXPECT_EQ(byMonth[2].start, (CivilDate{2024, 2, 1}));
    EXPECT_EQ(byMonth[2].plays, 0);
    EXPECT_EQ(byMonth[3].start, (CivilDate{2024, 3, 1}));
    std::int64_t sum = 0;
    for (const auto& point : byMonth) {
        sum += point.msPlayed;
    }
    EXPECT_EQ(sum, 310'000);
}

TEST(Analytics, OverviewAgreesWithTheSingleQueries)
{
    auto db = smallLibrary();
    analytics::OverviewRequest request;
    request.period = days({2024, 1, 1}, {2024, 1, 31});
    request.metric = Metric::Minutes;
    request.topLimit = 2;
    request.bucket = Bucket::Day;
    const auto overview = ok(analytics::queryOverview(db, request));
    const auto totals = ok(analytics::queryTotals(db, request.period));
    EXPECT_EQ(overview.totals.plays, totals.plays);
    EXPECT_EQ(overview.totals.msPlayed, totals.msPlayed);
    EXPECT_EQ(names(overview.topArtists), (std::vector<std::string>{"Beta Moth", "Alpha Quill"}));
    EXPECT_EQ(names(overview.topTracks), (std::vector<std::string>{"B1", "A1"}));
    EXPECT_EQ(names(overview.topAlbums), (std::vector<std::string>{"Moth EP", "Alpha LP"}));
    const auto timeline = ok(analytics::queryTimeline(db, request.period, Bucket::Day));
    ASSERT_EQ(overview.timeline.size(), timeline.size());
    for (std::size_t i = 0; i < timeline.size(); ++i) {
        EXPECT_EQ(overview.timeline[i].start, timeline[i].start);
        EXPECT_EQ(overview.timeline[i].msPlayed, timeline[i].msPlayed);
    }
    EXPECT_EQ(overview.heatmap.plays, ok(analytics::queryHeatmap(db, request.period)).plays);
}

TEST(Analytics, ResultsFollowEveryLaterWrite)
{
    auto db = testing::freshDatabase();
    const auto all = everything();
    testing::storePlays(db, {musicPlay("Alpha Quill", "A1", "Alpha LP", "2024-01-10T10:00:00Z", 100'000),
                             musicPlay("Alpha Quill", "A1", "Alpha LP", "2024-01-11T10:00:00Z", 100'000)});
    EXPECT_EQ(ok(analytics::queryTotals(db, all)).plays, 2);
    EXPECT_EQ(ok(analytics::queryTimeline(db, all, Bucket::Month)).size(), 1U);

    // More plays in the month already read, and in a new one.
    testing::storePlays(db,
                        {musicPlay("Beta Moth", "B1", "Moth EP", "2024-01-20T10:00:00Z", 100'000),
                         musicPlay("Beta Moth", "B1", "Moth EP", "2024-03-01T10:00:00Z", 100'000)},
                        "second");
    EXPECT_EQ(ok(analytics::queryTotals(db, all)).plays, 4);
    EXPECT_EQ(ok(analytics::queryTotals(db, days({2024, 1, 1}, {2024, 1, 31}))).plays, 3);
    const auto months = ok(analytics::queryTimeline(db, all, Bucket::Month));
    ASSERT_EQ(months.size(), 3U);
    EXPECT_EQ(months[2].plays, 1);
    EXPECT_EQ(names(ok(analytics::queryTop(db, TopKind::Artists, Metric::Plays, all, 5))),
              (std::vector<std::string>{"Alpha Quill", "Beta Moth"}));

    // A dry run changes nothing; the real import shows at once.
    testing::TempDir dir;
    const auto file =
        dir.write("StreamingHistory0.json",
                  testing::jsonArray({testing::accountRow("2024-01-25 10:00", "Beta Moth", "B2", 90'000),
                                      testing::accountRow("2024-01-26 10:00", "Beta Moth", "B2", 90'000),
                                      testing::accountRow("2024-02-26 10:00", "Beta Moth", "B2", 90'000)}));
    ingest::ImportOptions dry;
    dry.dryRun = true;
    ASSERT_EQ(ingest::importHistory(db, {file}, dry).totalAdded(), 3U);
    EXPECT_EQ(ok(analytics::queryTotals(db, all)).plays, 4);
    ASSERT_EQ(ingest::importHistory(db, {file}).totalAdded(), 3U);
    EXPECT_EQ(ok(analytics::queryTotals(db, all)).plays, 7);
    EXPECT_EQ(ok(analytics::queryTotals(db, days({2024, 2, 1}, {2024, 2, 29}))).plays, 1);
    EXPECT_EQ(names(ok(analytics::queryTop(db, TopKind::Artists, Metric::Plays, all, 5))),
              (std::vector<std::string>{"Beta Moth", "Alpha Quill"}));
}

TEST(Analytics, EmptyProfileGivesZerosNotErrors)
{
    auto db = testing::freshDatabase();
    const auto totals = ok(analytics::queryTotals(db, everything()));
    EXPECT_EQ(totals.plays, 0);
    EXPECT_FALSE(totals.firstPlay.has_value());
    EXPECT_TRUE(ok(analytics::queryTop(db, TopKind::Albums, Metric::Plays, everything(), 10)).empty());
    EXPECT_TRUE(ok(analytics::queryTimeline(db, everything(), Bucket::Month)).empty());
}

} // namespace
} // namespace tunescope
