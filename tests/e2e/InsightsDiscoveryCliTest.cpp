// tunescope insights discovery|podcasts, run as a user would, on small histories worked out by hand.

#include "CliRunner.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tunescope {
namespace {

using testing::quoted;
using testing::runTunescope;

// Account data (UTC end times, minute precision). Old Band is known from January; New Face is
// first played on 11 February (then a 20 s row, which is still new listening time).
const char* const kMusic = R"([
  {"endTime" : "2024-01-15 12:00", "artistName" : "Old Band", "trackName" : "Classic", "msPlayed" : 200000},
  {"endTime" : "2024-02-10 12:00", "artistName" : "Old Band", "trackName" : "Classic", "msPlayed" : 200000},
  {"endTime" : "2024-02-11 12:00", "artistName" : "New Face", "trackName" : "Debut", "msPlayed" : 100000},
  {"endTime" : "2024-02-12 12:00", "artistName" : "New Face", "trackName" : "Debut", "msPlayed" : 20000}
])";

// Account data never says how a row ended.
const char* const kPodcasts = R"([
  {"endTime" : "2024-02-13 20:00", "podcastName" : "Night Talk", "episodeName" : "Ep 1", "msPlayed" : 1800000}
])";

// Extended history: one episode listened to the end, one stopped.
std::string extendedEpisode(const char* ts, const char* episode, int ms, const char* reasonEnd)
{
    nlohmann::ordered_json row{{"ts", ts},
                               {"platform", "android"},
                               {"ms_played", ms},
                               {"conn_country", "SE"},
                               {"master_metadata_track_name", nullptr},
                               {"master_metadata_album_artist_name", nullptr},
                               {"master_metadata_album_album_name", nullptr},
                               {"spotify_track_uri", nullptr},
                               {"episode_name", episode},
                               {"episode_show_name", "Deep Notes"},
                               {"spotify_episode_uri", nullptr},
                               {"reason_start", "clickrow"},
                               {"reason_end", reasonEnd},
                               {"shuffle", false},
                               {"skipped", nullptr},
                               {"offline", false},
                               {"offline_timestamp", 0},
                               {"incognito_mode", false}};
    return row.dump();
}

class InsightsDiscoveryCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto music = inputs.write("StreamingHistory_music_0.json", kMusic);
        const auto podcasts = inputs.write("StreamingHistory_podcast_0.json", kPodcasts);
        std::string args = "import ";
        args.append(quoted(music)).append(" ").append(quoted(podcasts));
        ASSERT_EQ(runTunescope(data.path(), args).exitCode, 0);
    }

    testing::TempDir data;
    testing::TempDir inputs;
};

TEST_F(InsightsDiscoveryCli, NewMusicOfAMonthAsJson)
{
    auto run = runTunescope(data.path(), "insights discovery --json --from 2024-02-01 --to 2024-02-29");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    auto json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["by"], "plays");
    EXPECT_EQ(json["plays"], 2); // Classic and Debut; the 20 s row is not a play
    EXPECT_EQ(json["new_plays"], 1);
    EXPECT_EQ(json["ms_played"], 320000);
    EXPECT_EQ(json["new_ms_played"], 120000);
    EXPECT_DOUBLE_EQ(json["new_share"].get<double>(), 0.5);
    EXPECT_EQ(json["new_artists"], 1);
    ASSERT_EQ(json["months"].size(), 1U);
    EXPECT_EQ(json["months"][0]["month"], "2024-02");
    EXPECT_EQ(json["months"][0]["new_tracks"], 1);
    ASSERT_EQ(json["top_new_artists"].size(), 1U); // Old Band was first heard in January
    EXPECT_EQ(json["top_new_artists"][0]["name"], "New Face");
    EXPECT_EQ(json["top_new_artists"][0]["first_played"], "2024-02-11");
    EXPECT_TRUE(json["faded_artists"].empty());

    run = runTunescope(data.path(), "insights discovery --json --by minutes --from 2024-02-01 --to 2024-02-29");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["by"], "minutes");
    EXPECT_DOUBLE_EQ(json["new_share"].get<double>(), 120.0 / 320.0);
}

TEST_F(InsightsDiscoveryCli, NewMusicAsATable)
{
    const auto run = runTunescope(data.path(), "insights discovery --from 2024-02-01 --to 2024-02-29");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("new music      50.0% (1 of 2 plays)"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Top new artists"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("New Face"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("2024-02 "), std::string::npos) << run.out;
}

TEST_F(InsightsDiscoveryCli, PodcastsFromAccountDataLeaveFinishedUnknown)
{
    auto run = runTunescope(data.path(), "insights podcasts --json");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["podcast_ms"], 1800000);
    EXPECT_EQ(json["audiobook_ms"], 0);
    EXPECT_TRUE(json["episodes_finished"].is_null());
    ASSERT_EQ(json["shows"].size(), 1U);
    EXPECT_EQ(json["shows"][0]["name"], "Night Talk");
    EXPECT_EQ(json["shows"][0]["episodes"], 1);
    EXPECT_TRUE(json["shows"][0]["episodes_finished"].is_null());

    run = runTunescope(data.path(), "insights podcasts");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("episodes finished   unknown"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Night Talk"), std::string::npos) << run.out;
}

TEST_F(InsightsDiscoveryCli, PodcastsFromTheExtendedHistoryCountFinishedEpisodes)
{
    std::string rows = "[";
    rows.append(extendedEpisode("2024-03-01T08:30:00Z", "One", 1'500'000, "trackdone"))
        .append(",")
        .append(extendedEpisode("2024-03-02T08:30:00Z", "Two", 600'000, "endplay"))
        .append("]");
    const auto file = inputs.write("Streaming_History_Audio_2024.json", rows);
    ASSERT_EQ(runTunescope(data.path(), "import " + quoted(file)).exitCode, 0);
    const auto run = runTunescope(data.path(), "insights podcasts --json --from 2024-03-01");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["podcast_ms"], 2'100'000);
    EXPECT_EQ(json["episodes_finished"], 1);
    ASSERT_EQ(json["shows"].size(), 1U);
    EXPECT_EQ(json["shows"][0]["name"], "Deep Notes");
    EXPECT_EQ(json["shows"][0]["episodes"], 2);
    EXPECT_EQ(json["shows"][0]["episodes_finished"], 1);
}

TEST_F(InsightsDiscoveryCli, ABadMetricIsAUsageError)
{
    const auto run = runTunescope(data.path(), "insights discovery --by moods", true);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("--by must be plays or minutes"), std::string::npos) << run.out;
}

} // namespace
} // namespace tunescope
