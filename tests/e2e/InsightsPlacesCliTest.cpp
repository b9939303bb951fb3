// tunescope insights countries|platforms and --travel-aware, on a small extended history
// (a week at home in Stockholm, two plays in Tokyo) worked out by hand.

#include "CliRunner.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tunescope {
namespace {

using testing::quoted;
using testing::runTunescope;

std::string row(const char* ts, const char* platform, int ms, const char* country)
{
    std::string r = R"({"ts": ")";
    r.append(ts).append(R"(", "platform": ")").append(platform).append(R"(", "ms_played": )");
    r.append(std::to_string(ms)).append(R"(, "conn_country": ")").append(country);
    r.append(
        R"(", "master_metadata_track_name": "Tide", "master_metadata_album_artist_name": "Mira Sol",)"
        R"( "master_metadata_album_album_name": "Shore", "spotify_track_uri": "spotify:track:0000000000000000000001",)"
        R"( "reason_start": "clickrow", "reason_end": "trackdone", "shuffle": false, "skipped": false,)"
        R"( "offline": false, "incognito_mode": false})");
    return r;
}

class InsightsPlacesCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        // ts is the end of the play (UTC). Tokyo: started 00:00 UTC = 02:00 in Stockholm (CEST),
        // 09:00 in Tokyo. Stockholm: 10:00 UTC = 12:00 CEST.
        std::string history = "[";
        history.append(row("2024-05-03T00:04:00Z", "iOS 17.1 (iPhone15,2)", 240'000, "JP")).append(",");
        history.append(row("2024-05-03T00:08:00Z", "iOS 17.1 (iPhone15,2)", 240'000, "JP")).append(",");
        history.append(row("2024-05-06T10:10:00Z", "Windows 10 (10.0.19042; x64; AppX)", 600'000, "SE")).append("]");
        const auto file = inputs.write("Streaming_History_Audio_2024.json", history);
        ASSERT_EQ(runTunescope(data.path(), "import " + quoted(file)).exitCode, 0);
    }

    testing::TempDir data;
    testing::TempDir inputs;
};

TEST_F(InsightsPlacesCli, CountriesAndDevicesWithReadableNames)
{
    auto run = runTunescope(data.path(), "insights countries --json");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto countries = nlohmann::json::parse(run.out);
    ASSERT_EQ(countries.size(), 2U);
    EXPECT_EQ(countries[0]["name"], "Sweden"); // 10 minutes against Tokyo's 8
    EXPECT_EQ(countries[0]["ms_played"], 600'000);
    EXPECT_EQ(countries[1]["code"], "JP");
    EXPECT_EQ(countries[1]["plays"], 2);

    run = runTunescope(data.path(), "insights platforms");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("Desktop"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Phone"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("55.6%"), std::string::npos) << run.out; // 10 of 18 minutes on the desktop
}

TEST_F(InsightsPlacesCli, TravelAwareHoursFollowTheCountryOfThePlay)
{
    auto run = runTunescope(data.path(), "insights skips --json --tz Europe/Stockholm");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    auto hours = nlohmann::json::parse(run.out)["by_hour"];
    EXPECT_EQ(hours[2]["rows"], 2);
    EXPECT_EQ(hours[12]["rows"], 1);

    run = runTunescope(data.path(), "insights skips --json --tz Europe/Stockholm --travel-aware");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    hours = nlohmann::json::parse(run.out)["by_hour"];
    EXPECT_EQ(hours[2]["rows"], 0);
    EXPECT_EQ(hours[9]["rows"], 2); // morning in Tokyo
    EXPECT_EQ(hours[12]["rows"], 1);
}

} // namespace
} // namespace tunescope
