// tunescope insights, run as a user would, on a small account-data history worked out by hand.

#include "CliRunner.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tunescope {
namespace {

using testing::quoted;
using testing::runTunescope;

// Account data: end times in minutes (UTC). Sessions: 9 Mar 23:46:40-23:50 + 10 Mar 00:07-00:10
// (17 minutes apart: one), then 10 Mar 12:00 alone. Days with a play: 9, 10, 11 Mar and 13 Mar.
const char* const kHistory = R"([
  {"endTime" : "2024-03-09 23:50", "artistName" : "Mira Sol", "trackName" : "One", "msPlayed" : 200000},
  {"endTime" : "2024-03-10 00:10", "artistName" : "Mira Sol", "trackName" : "Two", "msPlayed" : 180000},
  {"endTime" : "2024-03-10 12:00", "artistName" : "Noor", "trackName" : "Three", "msPlayed" : 60000},
  {"endTime" : "2024-03-11 12:00", "artistName" : "Mira Sol", "trackName" : "One", "msPlayed" : 60000},
  {"endTime" : "2024-03-13 12:00", "artistName" : "Noor", "trackName" : "Three", "msPlayed" : 60000}
])";

class InsightsCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto file = inputs.write("StreamingHistory_music_0.json", kHistory);
        ASSERT_EQ(runTunescope(data.path(), "import " + quoted(file)).exitCode, 0);
    }

    testing::TempDir data;
    testing::TempDir inputs;
};

TEST_F(InsightsCli, SessionsAndStreaksAsJson)
{
    auto run = runTunescope(data.path(), "insights sessions --json");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto sessions = nlohmann::json::parse(run.out);
    EXPECT_EQ(sessions["sessions"], 4); // the midnight pair, then three lone plays
    EXPECT_EQ(sessions["longest"]["start"], "2024-03-09T23:46:40Z");
    EXPECT_EQ(sessions["longest"]["ms"], 23 * 60'000 + 20'000);
    EXPECT_EQ(sessions["longest"]["rows"], 2);

    run = runTunescope(data.path(), "insights streaks --json");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto streaks = nlohmann::json::parse(run.out);
    EXPECT_EQ(streaks["listening"]["days"], 3);
    EXPECT_EQ(streaks["listening"]["from"], "2024-03-09");
    EXPECT_EQ(streaks["artist"]["artist"], "Mira Sol"); // 9, 10 and 11 March
    EXPECT_EQ(streaks["artist"]["days"], 3);

    run = runTunescope(data.path(), "insights streaks --json --from 2024-03-12");
    EXPECT_EQ(nlohmann::json::parse(run.out)["listening"]["days"], 1);
}

TEST_F(InsightsCli, SkipsByTheThirtySecondRuleWhenTheExportSaysNoMore)
{
    const auto run = runTunescope(data.path(), "insights skips --json");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto skips = nlohmann::json::parse(run.out);
    EXPECT_EQ(skips["rows"], 5);
    EXPECT_EQ(skips["skipped"], 0);             // every row played 60 s or more
    EXPECT_TRUE(skips["flags"].is_null());      // account data has no shuffle or offline flags
    EXPECT_EQ(skips["by_hour"][11]["rows"], 3); // the 60 s plays that ended at 12:00 began at 11:59
}

TEST_F(InsightsCli, AnUnknownAnalysisIsAUsageError)
{
    const auto run = runTunescope(data.path(), "insights moods", true);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("sessions, streaks, skips"), std::string::npos) << run.out;
}

} // namespace
} // namespace tunescope
