// `tunescope features` as a user runs it: features through the chain against the fake Spotify
// (Development Mode: 403) and the fake ReccoBeats, shown with their source; a features dataset
// imported into a profile with a history, and a broken one refused.

#include "BinaryRun.h"
#include "FakeReccoBeats.h"
#include "FakeSpotify.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tunescope {
namespace {

struct CliRun {
    int exitCode = -1;
    std::string out;
};

class FeatureCli : public ::testing::Test {
protected:
    // Runs the real binary against the fakes; stderr folded in when asked.
    CliRun run(const std::string& args, bool withStderr = false)
    {
        const std::string environment =
            "TUNESCOPE_DATA_DIR='" + data.path().string() + "' TUNESCOPE_SPOTIFY_API_URL='" + spotify.apiBaseUrl() +
            "' TUNESCOPE_SPOTIFY_TOKEN='" + token + "' TUNESCOPE_RECCOBEATS_URL='" + reccoBeats.baseUrl() + "' TZ=UTC";
        auto result = testing::runBinary(environment, args, scratch.path() / "stderr.txt");
        return CliRun{result.exitCode, withStderr ? result.out + result.err : result.out};
    }

    testing::TempDir data;
    testing::TempDir scratch;
    fakes::FakeSpotify spotify;
    fakes::FakeReccoBeats reccoBeats;
    std::string token = spotify.issueTokens({}).accessToken; // never printed
};

TEST_F(FeatureCli, FeaturesComeFromReccoBeatsWhenSpotifyRefusesAndAreShownWithTheirSource)
{
    const std::string known = spotify.catalogue().tracks().at(0).id;
    const std::string unknown = spotify.catalogue().tracks().at(1).id;
    reccoBeats.setFeatures(known, {{"danceability", 0.5}, {"energy", 0.25}, {"key", 1}, {"mode", 1}});

    auto result = run("features " + known + " spotify:track:" + unknown + " --json");
    ASSERT_EQ(result.exitCode, 0) << result.out;
    auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["from_reccobeats"], 1);
    EXPECT_EQ(json["missing"], 1);
    EXPECT_TRUE(json["spotify_note"].is_string()); // the Development Mode 403, in words
    ASSERT_EQ(json["tracks"].size(), 2U);
    EXPECT_EQ(json["tracks"][0]["source"], "ReccoBeats");
    EXPECT_EQ(json["tracks"][0]["features"]["energy"], 0.25);
    EXPECT_TRUE(json["tracks"][0]["features"]["valence"].is_null()); // missing, not 0
    EXPECT_TRUE(json["tracks"][1]["source"].is_null());
    EXPECT_EQ(spotify.requestCount("/v1/audio-features"), 1);
    EXPECT_EQ(result.out.find(token), std::string::npos);

    // Again: everything from the profile, no server asked.
    result = run("features " + known + " " + unknown);
    ASSERT_EQ(result.exitCode, 0) << result.out;
    EXPECT_NE(result.out.find("ReccoBeats"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("none found"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("C#"), std::string::npos) << result.out;
    EXPECT_EQ(reccoBeats.requestCount(), 1);
    EXPECT_EQ(spotify.requestCount("/v1/audio-features"), 1); // the refusal is remembered

    result = run("features not-a-track", true);
    EXPECT_EQ(result.exitCode, 1) << result.out;
}

TEST_F(FeatureCli, ADatasetMatchesTheImportedHistoryAndABrokenOneChangesNothing)
{
    testing::TempDir inputs;
    const auto history = inputs.write(
        "StreamingHistory_music_0.json",
        R"([{"endTime":"2024-03-09 23:50","artistName":"Velvet Harbour","trackName":"Tidewater","msPlayed":200000},
            {"endTime":"2024-03-10 10:00","artistName":"Noor & The Quiet","trackName":"Glass Houses","msPlayed":150000}])");
    ASSERT_EQ(run("import '" + history.string() + "'").exitCode, 0);

    auto result = run("features import '" + testing::fixture("features/percent_notes_crlf.csv").string() + "' --json");
    ASSERT_EQ(result.exitCode, 0) << result.out;
    const auto report = nlohmann::json::parse(result.out);
    EXPECT_EQ(report["rows"], 10);
    EXPECT_EQ(report["matched"], 2);
    EXPECT_EQ(report["matched_by_name"], 2);
    EXPECT_EQ(report["rejected"], 3);
    EXPECT_EQ(report["unmatched"], 5);

    result = run("features import '" + testing::fixture("features/unterminated_quote.csv").string() + "'", true);
    EXPECT_EQ(result.exitCode, 2) << result.out;
    EXPECT_NE(result.out.find("unterminated_quote.csv:3: "), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("nothing was imported"), std::string::npos) << result.out;
}

} // namespace
} // namespace tunescope
