#include "CliRunner.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace tunescope {
namespace {

using testing::runTunescope;

// A fictional account-data file: three plays of 30 s or more, one 10 s skip.
const char* const kAccountHistory = R"([
  {"endTime" : "2024-03-09 23:50", "artistName" : "The Paper Lanterns", "trackName" : "Glass Harbor", "msPlayed" : 200000},
  {"endTime" : "2024-03-10 04:30", "artistName" : "The Paper Lanterns", "trackName" : "Glass Harbor", "msPlayed" : 180000},
  {"endTime" : "2024-03-10 12:00", "artistName" : "Mira Calloway", "trackName" : "Quiet Engine", "msPlayed" : 30000},
  {"endTime" : "2024-03-10 12:01", "artistName" : "Mira Calloway", "trackName" : "Velvet Kite", "msPlayed" : 10000}
])";

class CliWithData : public ::testing::Test {
protected:
    testing::TempDir data;
    testing::TempDir inputs;
};

TEST_F(CliWithData, ImportReportsJsonAndReimportAddsNothing)
{
    const auto file = inputs.write("MyData/StreamingHistory0.json", kAccountHistory);
    auto run = runTunescope(data.path(), "import --json '" + inputs.path().string() + "'");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    auto report = nlohmann::json::parse(run.out);
    EXPECT_EQ(report["totals"]["plays_added"], 4);
    EXPECT_EQ(report["files"][0]["outcome"], "imported");
    EXPECT_EQ(report["files"][0]["rows_read"], 4);

    run = runTunescope(data.path(), "import '" + file.string() + "' --json");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    report = nlohmann::json::parse(run.out);
    EXPECT_EQ(report["totals"]["plays_added"], 0);
    EXPECT_EQ(report["totals"]["duplicates"], 4);
}

TEST_F(CliWithData, RejectedFileExitsTwoAndTheOthersStillGoIn)
{
    inputs.write("good/StreamingHistory0.json", kAccountHistory);
    const std::string truncated = std::string(kAccountHistory).substr(0, 150);
    const auto broken = inputs.write("broken.json", truncated);
    const auto run =
        runTunescope(data.path(), "import '" + inputs.path().string() + "/good' '" + broken.string() + "'");
    EXPECT_EQ(run.exitCode, 2) << run.out;
    EXPECT_NE(run.out.find("broken.json"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("byte"), std::string::npos) << run.out;

    const auto stats = nlohmann::json::parse(runTunescope(data.path(), "stats --json").out);
    EXPECT_EQ(stats["plays"], 3); // the 10 s row is kept but is not a play
    EXPECT_EQ(stats["ms_played"], 420000);
    EXPECT_EQ(stats["unique_artists"], 2);
}

TEST_F(CliWithData, DryRunStoresNothing)
{
    inputs.write("StreamingHistory0.json", kAccountHistory);
    const auto run = runTunescope(data.path(), "import --dry-run '" + inputs.path().string() + "'");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("would be added"), std::string::npos) << run.out;
    const auto stats = nlohmann::json::parse(runTunescope(data.path(), "stats --json").out);
    EXPECT_EQ(stats["plays"], 0);
}

TEST_F(CliWithData, TimeZoneDecidesWhichLocalDayAPlayBelongsTo)
{
    inputs.write("StreamingHistory0.json", kAccountHistory);
    ASSERT_EQ(runTunescope(data.path(), "import '" + inputs.path().string() + "'").exitCode, 0);
    // 2024-03-10 04:27Z (start of the second play) is still 2024-03-09 in New York.
    auto ny = nlohmann::json::parse(
        runTunescope(data.path(), "stats --json --from 2024-03-09 --to 2024-03-09 --tz America/New_York").out);
    EXPECT_EQ(ny["plays"], 2);
    auto utc =
        nlohmann::json::parse(runTunescope(data.path(), "--tz UTC stats --json --from 2024-03-09 --to 2024-03-09").out);
    EXPECT_EQ(utc["plays"], 1);
}

TEST_F(CliWithData, TopListsInJsonAndCsv)
{
    inputs.write("StreamingHistory0.json", kAccountHistory);
    ASSERT_EQ(runTunescope(data.path(), "import '" + inputs.path().string() + "'").exitCode, 0);
    const auto json = nlohmann::json::parse(runTunescope(data.path(), "top tracks --format json").out);
    ASSERT_EQ(json.size(), 2U); // the 10 s skip is no play
    EXPECT_EQ(json[0]["rank"], 1);
    EXPECT_EQ(json[0]["name"], "Glass Harbor");
    EXPECT_EQ(json[0]["artist"], "The Paper Lanterns");
    EXPECT_EQ(json[0]["plays"], 2);
    EXPECT_EQ(json[0]["ms_played"], 380000);

    const auto byMinutes =
        nlohmann::json::parse(runTunescope(data.path(), "top artists --by minutes --format json").out);
    EXPECT_EQ(byMinutes[1]["name"], "Mira Calloway");
    EXPECT_EQ(byMinutes[1]["ms_played"], 40000); // skips count towards minutes

    const auto csv = runTunescope(data.path(), "top artists --format csv --limit 1");
    EXPECT_EQ(csv.out, "rank,artist,plays,minutes,ms_played\r\n1,The Paper Lanterns,2,6,380000\r\n");
}

TEST_F(CliWithData, TopGenresWithoutGenresSaysHowToGetThem)
{
    inputs.write("StreamingHistory0.json", kAccountHistory);
    ASSERT_EQ(runTunescope(data.path(), "import '" + inputs.path().string() + "'").exitCode, 0);
    const auto run = runTunescope(data.path(), "top genres");
    EXPECT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("tunescope enrich genres"), std::string::npos) << run.out;
    const auto json = nlohmann::json::parse(runTunescope(data.path(), "top genres --format json").out);
    EXPECT_TRUE(json["genres"].empty());
    EXPECT_EQ(json["coverage"]["known_plays"], 0);
    EXPECT_EQ(json["coverage"]["total_plays"], 3);
}

TEST(Cli, TopGenresOfTheDemoShareThePlaysAndSayHowMuchIsKnown)
{
    testing::TempDir dir;
    const auto table = runTunescope(dir.path(), "--demo top genres --limit 3");
    ASSERT_EQ(table.exitCode, 0) << table.out;
    EXPECT_EQ(table.out.rfind("rank  genre", 0), 0U) << table.out;
    EXPECT_NE(table.out.find("\n   3  "), std::string::npos) << table.out;
    EXPECT_EQ(table.out.find("\n   4  "), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("Genres known for "), std::string::npos) << table.out;

    const auto json =
        nlohmann::json::parse(runTunescope(dir.path(), "--demo top genres --format json --limit 1000").out);
    const auto& genres = json["genres"];
    ASSERT_GT(genres.size(), 10U);
    double plays = 0;
    double share = 0;
    for (std::size_t i = 0; i < genres.size(); ++i) {
        plays += genres[i]["plays"].get<double>();
        share += genres[i]["share"].get<double>();
        if (i > 0) {
            EXPECT_LE(genres[i]["plays"].get<double>(), genres[i - 1]["plays"].get<double>());
        }
    }
    // Every play with known genres is shared out whole, no more, no less.
    EXPECT_NEAR(plays, json["coverage"]["known_plays"].get<double>(), 1.0);
    EXPECT_NEAR(share, 1.0, 1e-6);
    EXPECT_LT(json["coverage"]["known_plays"].get<long>(), json["coverage"]["total_plays"].get<long>());

    const auto csv = runTunescope(dir.path(), "--demo top genres --format csv --by minutes --limit 2");
    EXPECT_EQ(csv.out.rfind("rank,genre,plays,minutes,share\r\n1,", 0), 0U) << csv.out;
    EXPECT_EQ(std::count(csv.out.begin(), csv.out.end(), '\n'), 3) << csv.out; // the note goes to stderr
}

TEST(Cli, DemoStatsIsAJsonObjectWithTheDocumentedFields)
{
    testing::TempDir dir;
    const auto run = runTunescope(dir.path(), "--demo stats --json");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto json = nlohmann::json::parse(run.out);
    for (const char* key : {"plays", "ms_played", "unique_tracks", "unique_artists", "first_play", "last_play"}) {
        EXPECT_TRUE(json.contains(key)) << key;
    }
    EXPECT_GT(json["plays"].get<long>(), 10'000);
    EXPECT_GT(json["unique_artists"].get<long>(), 200);
    // The demo is built once and reused: the same answer the second time.
    EXPECT_EQ(runTunescope(dir.path(), "stats --json --demo").out, run.out);
}

TEST(Cli, UsageErrorsExitOneWithAHelpfulMessage)
{
    testing::TempDir dir;
    for (const char* args :
         {"top planets", "top artists --by decibels", "top genres --by decibels", "top genres --limit 0",
          "stats --from 2024-02-30", "stats --limit 3", "frobnicate", "--demo import x.json",
          "stats --from 2024-05-01 --to 2024-04-01", "stats --tz Mars/Base"}) {
        const auto run = runTunescope(dir.path(), args, true);
        EXPECT_EQ(run.exitCode, 1) << args << ": " << run.out;
        EXPECT_NE(run.out.find("tunescope: "), std::string::npos) << args << ": " << run.out;
    }
}

TEST(Cli, EveryCommandHasHelp)
{
    testing::TempDir dir;
    for (const char* command : {"import", "stats", "top"}) {
        const auto run = runTunescope(dir.path(), std::string(command) + " --help");
        EXPECT_EQ(run.exitCode, 0);
        EXPECT_EQ(run.out.rfind(std::string("Usage: tunescope ") + command, 0), 0U) << run.out;
    }
    EXPECT_NE(runTunescope(dir.path(), "--help").out.find("Commands:"), std::string::npos);
}

} // namespace
} // namespace tunescope
