// tunescope query, run as a user would: answers in table, CSV and JSON, refuses writes with a
// clear message and a failure status, runs the ready-made examples.

#include "CliRunner.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tunescope {
namespace {

using testing::quoted;
using testing::runTunescope;

// Mira Sol: 3 plays; Noor: 2 plays and a 10 s skip (not a play); Kai: 1 play.
const char* const kHistory = R"([
  {"endTime" : "2024-03-02 12:00", "artistName" : "Mira Sol", "trackName" : "One", "msPlayed" : 60000},
  {"endTime" : "2024-03-03 12:00", "artistName" : "Mira Sol", "trackName" : "One", "msPlayed" : 60000},
  {"endTime" : "2024-04-04 12:00", "artistName" : "Mira Sol", "trackName" : "Two", "msPlayed" : 60000},
  {"endTime" : "2024-03-05 12:00", "artistName" : "Noor", "trackName" : "Three", "msPlayed" : 60000},
  {"endTime" : "2024-04-02 12:00", "artistName" : "Noor", "trackName" : "Three", "msPlayed" : 60000},
  {"endTime" : "2024-04-02 13:00", "artistName" : "Noor", "trackName" : "Three", "msPlayed" : 10000},
  {"endTime" : "2024-04-04 12:00", "artistName" : "Kai", "trackName" : "Four", "msPlayed" : 60000}
])";

const char* const kTopArtists =
    "\"SELECT artist, COUNT(*) AS plays FROM v_plays WHERE is_play GROUP BY artist ORDER BY plays DESC, artist\"";

class QueryCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto file = inputs.write("StreamingHistory_music_0.json", kHistory);
        ASSERT_EQ(runTunescope(data.path(), "import " + quoted(file)).exitCode, 0);
    }

    testing::TempDir data;
    testing::TempDir inputs;
};

TEST_F(QueryCli, AnswersAsJsonWithTypedValues)
{
    const auto run = runTunescope(data.path(), std::string("query ") + kTopArtists + " --format json");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["columns"], nlohmann::json({"artist", "plays"}));
    ASSERT_EQ(json["rows"].size(), 3U);
    EXPECT_EQ(json["rows"][0], nlohmann::json({"Mira Sol", 3}));
    EXPECT_EQ(json["rows"][1], nlohmann::json({"Noor", 2}));
    EXPECT_EQ(json["rows"][2], nlohmann::json({"Kai", 1}));
    EXPECT_EQ(json["truncated"], false);
}

TEST_F(QueryCli, AnswersAsCsvAndAsATable)
{
    const auto csv = runTunescope(data.path(), std::string("query ") + kTopArtists + " --format csv");
    ASSERT_EQ(csv.exitCode, 0) << csv.out;
    EXPECT_EQ(csv.out, "artist,plays\r\nMira Sol,3\r\nNoor,2\r\nKai,1\r\n");

    const auto table = runTunescope(data.path(), std::string("query ") + kTopArtists, true);
    ASSERT_EQ(table.exitCode, 0) << table.out;
    EXPECT_NE(table.out.find("artist    plays"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("Mira Sol      3"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("3 rows in"), std::string::npos) << table.out;
}

TEST_F(QueryCli, RefusesWritesWithAClearMessageAndKeepsTheData)
{
    const auto copy = data.path() / "copy.sqlite3";
    for (const std::string& sql :
         {std::string("DELETE FROM plays"), std::string("DROP TABLE plays"), "VACUUM INTO '" + copy.string() + "'",
          std::string("PRAGMA user_version = 1"), std::string("SELECT 1; DELETE FROM plays")}) {
        SCOPED_TRACE(sql);
        const auto run = runTunescope(data.path(), "query \"" + sql + "\"", true);
        EXPECT_EQ(run.exitCode, 3) << run.out;
        EXPECT_TRUE(run.out.find("The query console is read-only") != std::string::npos ||
                    run.out.find("one statement at a time") != std::string::npos)
            << run.out;
    }
    EXPECT_FALSE(std::filesystem::exists(copy));
    const auto stats = runTunescope(data.path(), "stats --json");
    ASSERT_EQ(stats.exitCode, 0);
    EXPECT_EQ(nlohmann::json::parse(stats.out)["plays"], 6);
}

TEST_F(QueryCli, ListsAndRunsTheExamples)
{
    const auto list = runTunescope(data.path(), "query --examples");
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_NE(list.out.find("listening-per-month"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find("top-songs-of-a-date"), std::string::npos) << list.out;

    const auto months = runTunescope(data.path(), "query --example listening-per-month --format json");
    ASSERT_EQ(months.exitCode, 0) << months.out;
    const auto json = nlohmann::json::parse(months.out);
    ASSERT_EQ(json["rows"].size(), 2U);
    EXPECT_EQ(json["rows"][0][0], "2024-03");
    EXPECT_EQ(json["rows"][0][1], 3);
    EXPECT_EQ(json["rows"][1][0], "2024-04");
    EXPECT_EQ(json["rows"][1][1], 3);
}

TEST_F(QueryCli, LimitsRowsAndSaysSo)
{
    const auto run = runTunescope(data.path(), "query \"SELECT * FROM v_plays\" --limit 2 --format json", true);
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("Only the first 2 rows"), std::string::npos);
    const auto json = nlohmann::json::parse(run.out.substr(0, run.out.find("Only the first")));
    EXPECT_EQ(json["rows"].size(), 2U);
    EXPECT_EQ(json["truncated"], true);
}

TEST_F(QueryCli, CountsDaysAndHoursInTheZoneOfTz)
{
    // The first play ended 2024-03-02 12:00 UTC after a minute: 20:59 in Tokyo, 03:59 in Los Angeles.
    const std::string sql = "query \"SELECT day_local, hour_local, day_utc FROM v_plays ORDER BY started_at_ms "
                            "LIMIT 1\" --format csv";
    const auto tokyo = runTunescope(data.path(), sql + " --tz Asia/Tokyo");
    ASSERT_EQ(tokyo.exitCode, 0) << tokyo.out;
    EXPECT_EQ(tokyo.out, "day_local,hour_local,day_utc\r\n2024-03-02,20,2024-03-02\r\n");
    const auto losAngeles = runTunescope(data.path(), sql + " --tz America/Los_Angeles");
    EXPECT_EQ(losAngeles.out, "day_local,hour_local,day_utc\r\n2024-03-02,3,2024-03-02\r\n");
    // Noor's play that ended 2024-04-02 12:00 UTC is on the 2nd in UTC, the 3rd in Kiritimati (UTC+14).
    const auto daily = runTunescope(data.path(), "query \"SELECT day FROM v_daily ORDER BY day\" --format csv "
                                                 "--tz Pacific/Kiritimati");
    EXPECT_NE(daily.out.find("2024-04-03"), std::string::npos) << daily.out;
    EXPECT_EQ(daily.out.find("2024-04-02"), std::string::npos) << daily.out;

    const auto unknown = runTunescope(data.path(), sql + " --tz Mars/Olympus", true);
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.out.find("Mars/Olympus"), std::string::npos) << unknown.out;
}

TEST_F(QueryCli, UsageErrorsExitWithOne)
{
    EXPECT_EQ(runTunescope(data.path(), "query").exitCode, 1);
    EXPECT_EQ(runTunescope(data.path(), "query --example no-such-example").exitCode, 1);
    EXPECT_EQ(runTunescope(data.path(), "query \"SELECT 1\" --format xml").exitCode, 1);
    EXPECT_EQ(runTunescope(data.path(), "query \"SELECT 1\" --limit many").exitCode, 1);
    const auto typo = runTunescope(data.path(), "query \"SELEC 1\"", true);
    EXPECT_EQ(typo.exitCode, 3);
    EXPECT_NE(typo.out.find("syntax error"), std::string::npos) << typo.out;
}

} // namespace
} // namespace tunescope
