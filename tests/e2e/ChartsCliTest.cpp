// tunescope charts, run as a user would: import the project's chart fixtures, list them, KPIs as
// JSON, a song's trajectory, and the errors a user meets.

#include "ChartFixtures.h"
#include "CliRunner.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tunescope {
namespace {

using testing::fixture;
using testing::quoted;
using testing::runTunescope;

class ChartsCli : public ::testing::Test {
protected:
    testing::TempDir data;
    testing::TempDir inputs;
};

TEST_F(ChartsCli, ImportListAndKpisOfAChartsSpotifyComFile)
{
    auto run = runTunescope(data.path(), "charts import --json " + quoted(testing::writeUsWeekly(inputs)));
    ASSERT_EQ(run.exitCode, 0) << run.out;
    auto report = nlohmann::json::parse(run.out);
    EXPECT_EQ(report["totals"]["entries_added"], 3);
    EXPECT_EQ(report["files"][0]["format"], "charts.spotify.com");

    run = runTunescope(data.path(), "charts list --json");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto list = nlohmann::json::parse(run.out);
    ASSERT_EQ(list.size(), 1U);
    EXPECT_EQ(list[0]["region"], "us");
    EXPECT_EQ(list[0]["period"], "weekly");
    EXPECT_EQ(list[0]["date"], "2023-01-05");
    EXPECT_EQ(list[0]["entries"], 3);

    run = runTunescope(data.path(), "charts kpis --region us --period weekly --date 2023-01-05 --json");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto kpis = nlohmann::json::parse(run.out);
    EXPECT_EQ(kpis["total_streams"], 41'474'366 + 30'000'000 + 12'500'000);
    EXPECT_EQ(kpis["entries"], 3);
    EXPECT_EQ(kpis["unique_artists"], 2);
    EXPECT_EQ(kpis["top_song"]["track"], "Northern Lights");
    EXPECT_EQ(kpis["top_song"]["artists"], "Aurora Vale");
    EXPECT_EQ(kpis["top_song"]["streams"], 41'474'366);
}

TEST_F(ChartsCli, AFileWhoseNameSaysNothingNeedsTheOptionsAndSaysSo)
{
    const auto file = quoted(fixture("charts/june-23.csv"));
    auto run = runTunescope(data.path(), "charts import " + file);
    EXPECT_EQ(run.exitCode, 2) << run.out;
    EXPECT_NE(run.out.find("june-23.csv"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("--region"), std::string::npos) << run.out;

    run = runTunescope(data.path(),
                       "charts import " + file + " --region 'United States' --period weekly --date 2023-06-22");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("2 entries added"), std::string::npos) << run.out;
}

TEST_F(ChartsCli, ATrackIsFollowedAcrossTheDatesOfARegion)
{
    ASSERT_EQ(
        runTunescope(data.path(), "charts import --period daily " + quoted(fixture("charts/aggregated-charts.csv")))
            .exitCode,
        0);
    const auto run = runTunescope(data.path(), "charts track 'Northern' --region Argentina --json");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto path = nlohmann::json::parse(run.out);
    EXPECT_EQ(path["track"], "Northern Lights");
    ASSERT_EQ(path["periods"].size(), 1U);
    const auto& points = path["periods"][0]["points"];
    ASSERT_EQ(points.size(), 2U);
    EXPECT_EQ(points[0]["date"], "2017-01-01");
    EXPECT_EQ(points[1]["streams"], 240'000);
}

TEST_F(ChartsCli, MistakesGetMessagesThatSayWhatToDo)
{
    auto run = runTunescope(data.path(), "charts kpis --region us --period monthly --date 2023-01-05", true);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("--period must be daily or weekly"), std::string::npos) << run.out;

    run = runTunescope(data.path(), "charts kpis --region us --period daily --date 2023-01-05", true);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("charts list"), std::string::npos) << run.out;

    run = runTunescope(data.path(), "charts import x.csv --demo", true);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("read-only"), std::string::npos) << run.out;

    run = runTunescope(data.path(), "charts import --region Atlantis x.csv", true);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("Atlantis"), std::string::npos) << run.out;
}

} // namespace
} // namespace tunescope
