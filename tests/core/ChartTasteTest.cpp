// "You and the charts": the user's plays against the imported charts of a region. Fixture chart:
// the old site's daily Global chart of 2017-01-01 from ChartFixtures.h (Northern Lights, Paper
// Boats Again, Slow Orbit).

#include "ChartFixtures.h"
#include "CoreTestHelpers.h"

#include "analytics/ChartTaste.h"
#include "ingest/ChartImport.h"

#include <gtest/gtest.h>

namespace tunescope::analytics {
namespace {

class ChartTasteTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_FALSE(ingest::importCharts(db, {testing::writeOldSiteDaily(generated)}).anyRejected());
        auto early = testing::musicPlay("Aurora Vale", "Northern Lights", "", "2016-12-20T10:00:00Z", 200'000);
        early.uri = "spotify:track:1aAaAaAaAaAaAaAaAaAaAa"; // matched by id
        testing::storePlays(db,
                            {early,
                             // matched by name (case and a second credited artist do not matter)
                             testing::musicPlay("kiko mar", "SLOW ORBIT", "", "2017-02-01T10:00:00Z", 100'000),
                             testing::musicPlay("kiko mar", "SLOW ORBIT", "", "2017-02-02T10:00:00Z", 100'000),
                             // not on any chart
                             testing::musicPlay("Nobody Charted", "Quiet Song", "", "2017-02-03T10:00:00Z", 400'000)});
    }

    ChartScope scope{"global", ingest::ChartPeriod::Daily, ingest::ChartKind::Top200};
    testing::TempDir generated;
    store::Database db = testing::freshDatabase();
};

TEST_F(ChartTasteTest, SongsPlayedBeforeTheyChartedAndHitsNeverPlayed)
{
    const auto taste = chartTaste(db, scope, Period{}, Metric::Plays);
    ASSERT_TRUE(taste.ok()) << taste.error().message;
    EXPECT_EQ(taste->chartSongs, 3U);
    EXPECT_EQ(taste->playedChartSongs, 2U);
    ASSERT_EQ(taste->earlyFinds.size(), 1U);
    EXPECT_EQ(taste->earlyFinds[0].song.title, "Northern Lights");
    EXPECT_EQ(taste->earlyFinds[0].daysBefore, 12);
    ASSERT_EQ(taste->unplayedHits.size(), 1U);
    EXPECT_EQ(taste->unplayedHits[0].song.title, "Paper Boats, Again");
    EXPECT_EQ(taste->unplayedHits[0].totalStreams, 2'500'000);
}

TEST_F(ChartTasteTest, TheChartingShareFollowsTheMetricAndTheRange)
{
    // 3 of 4 plays were charting songs; by time 400 of 800 seconds.
    EXPECT_DOUBLE_EQ(chartTaste(db, scope, Period{}, Metric::Plays)->chartingShare, 0.75);
    EXPECT_DOUBLE_EQ(chartTaste(db, scope, Period{}, Metric::Minutes)->chartingShare, 0.5);
    const Period february =
        resolvePeriod({parseCivilDate("2017-02-01"), parseCivilDate("2017-02-28")}, TimeZone::utc());
    EXPECT_NEAR(chartTaste(db, scope, february, Metric::Plays)->chartingShare, 2.0 / 3.0, 1e-12);
}

} // namespace
} // namespace tunescope::analytics
