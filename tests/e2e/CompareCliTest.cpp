// tunescope compare, run as a user would, on a small account-data history worked out by hand.

#include "CliRunner.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tunescope {
namespace {

using testing::quoted;
using testing::runTunescope;

// March: Mira Sol 3 plays, Noor 1. April: Noor 2, Kai 1. Every play is one minute.
// By plays, March: 1 Mira Sol, 2 Noor; April: 1 Noor (up one), 2 Kai (new); Mira Sol is gone.
const char* const kHistory = R"([
  {"endTime" : "2024-03-02 12:00", "artistName" : "Mira Sol", "trackName" : "One", "msPlayed" : 60000},
  {"endTime" : "2024-03-03 12:00", "artistName" : "Mira Sol", "trackName" : "One", "msPlayed" : 60000},
  {"endTime" : "2024-03-04 12:00", "artistName" : "Mira Sol", "trackName" : "One", "msPlayed" : 60000},
  {"endTime" : "2024-03-05 12:00", "artistName" : "Noor", "trackName" : "Three", "msPlayed" : 60000},
  {"endTime" : "2024-04-02 12:00", "artistName" : "Noor", "trackName" : "Three", "msPlayed" : 60000},
  {"endTime" : "2024-04-03 12:00", "artistName" : "Noor", "trackName" : "Three", "msPlayed" : 60000},
  {"endTime" : "2024-04-04 12:00", "artistName" : "Kai", "trackName" : "Four", "msPlayed" : 60000}
])";

class CompareCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto file = inputs.write("StreamingHistory_music_0.json", kHistory);
        ASSERT_EQ(runTunescope(data.path(), "import " + quoted(file)).exitCode, 0);
    }

    testing::TempDir data;
    testing::TempDir inputs;
};

TEST_F(CompareCli, JsonHasTotalsChangesAndRankMoves)
{
    const auto run = runTunescope(data.path(), "compare --a 2024-03-01..2024-03-31 --b 2024-04-01.. --json");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["metric"], "plays");
    EXPECT_EQ(json["a"]["from"], "2024-03-01");
    EXPECT_TRUE(json["b"]["to"].is_null()); // open
    EXPECT_EQ(json["a"]["plays"], 4);
    EXPECT_EQ(json["b"]["plays"], 3);
    EXPECT_EQ(json["b"]["ms_played"], 180'000);
    EXPECT_DOUBLE_EQ(json["change"]["plays"].get<double>(), -0.25);
    EXPECT_DOUBLE_EQ(json["change"]["unique_artists"].get<double>(), 0.0); // two and two

    const auto& top = json["artists"]["top"];
    ASSERT_EQ(top.size(), 2U);
    EXPECT_EQ(top[0]["name"], "Noor");
    EXPECT_EQ(top[0]["status"], "up");
    EXPECT_EQ(top[0]["rank_a"], 2);
    EXPECT_EQ(top[0]["rank_b"], 1);
    EXPECT_EQ(top[0]["places_moved"], 1);
    EXPECT_EQ(top[0]["plays_a"], 1);
    EXPECT_EQ(top[0]["plays_b"], 2);
    EXPECT_EQ(top[1]["name"], "Kai");
    EXPECT_EQ(top[1]["status"], "new");
    EXPECT_TRUE(top[1]["rank_a"].is_null());
    const auto& gone = json["artists"]["gone"];
    ASSERT_EQ(gone.size(), 1U);
    EXPECT_EQ(gone[0]["name"], "Mira Sol");
    EXPECT_EQ(gone[0]["status"], "gone");
    EXPECT_TRUE(gone[0]["rank_b"].is_null()); // not played in April
    EXPECT_EQ(json["tracks"]["top"][0]["artist"], "Noor");
}

TEST_F(CompareCli, TextShowsTotalsSideBySideAndMarkers)
{
    const auto run = runTunescope(data.path(), "compare --a 2024-03-01..2024-03-31 --b 2024-04-01..2024-04-30");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("A 2024-03-01..2024-03-31"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("-25%"), std::string::npos) << run.out; // plays: 4 -> 3
    EXPECT_NE(run.out.find("Top artists by plays"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("▲1"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("new"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("gone"), std::string::npos) << run.out;
    // Noor's line: B rank 1, A rank 2, up one, one play then two.
    EXPECT_NE(run.out.find("Noor"), std::string::npos) << run.out;
}

TEST_F(CompareCli, ABadPeriodIsAUsageErrorThatNamesIt)
{
    auto run = runTunescope(data.path(), "compare --a 2024-13-01..2024-12-31 --b 2024-04-01..", true);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("--a \"2024-13-01..2024-12-31\""), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("YYYY-MM-DD"), std::string::npos) << run.out;

    run = runTunescope(data.path(), "compare --a 2024-03 --b 2024-04-01..", true);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("--a \"2024-03\" is not a period"), std::string::npos) << run.out;

    run = runTunescope(data.path(), "compare --a 2024-03-01.. ", true);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("--b"), std::string::npos) << run.out;

    run = runTunescope(data.path(), "compare --a 2024-05-01..2024-04-01 --b ..", true);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("ends before it begins"), std::string::npos) << run.out;
}

} // namespace
} // namespace tunescope
