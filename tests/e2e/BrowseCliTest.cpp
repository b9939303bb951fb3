// The real binary finds an artist and opens its page against the fake Spotify, as a user at a
// terminal would: search, artist (40 releases, every track list), then the same page offline from
// the profile's cache without a single request.

#include "BinaryRun.h"
#include "FakeReccoBeats.h"
#include "FakeSpotify.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tunescope {
namespace {

using nlohmann::json;

using CliRun = testing::BinaryRun;

class BrowseCli : public ::testing::Test {
protected:
    static fakes::FakeSpotifyOptions options()
    {
        fakes::FakeSpotifyOptions options;
        options.catalogue.prolificReleases = 40;
        return options;
    }

    // Runs the binary against the fake; `online` hands it an access token for this run only.
    CliRun run(const std::string& args, bool online)
    {
        const auto errFile = scratch.path() / "stderr.txt";
        // Appended piece by piece: GCC 12 at -O3 reports -Wrestrict on some chains of `+` (bug 105651).
        std::string command;
        for (const std::string& piece :
             {"TUNESCOPE_DATA_DIR='" + data.path().string(), "' TUNESCOPE_SPOTIFY_API_URL='" + fake.apiBaseUrl(),
              "' TUNESCOPE_SPOTIFY_ACCOUNTS_URL='" + fake.accountsBaseUrl(),
              "' TUNESCOPE_RECCOBEATS_URL='" + reccoBeats.baseUrl(), std::string("' TZ=UTC")}) {
            command += piece;
        }
        if (online) {
            command.append(" TUNESCOPE_SPOTIFY_TOKEN='").append(token).append("'");
        }
        return testing::runBinary(command, args, errFile);
    }

    // An extended-history export with `plays` plays of the prolific artist's first tracks, under
    // the name Spotify shows, and one of another artist.
    void importHistory(int plays)
    {
        json rows = json::array();
        const auto* album = fake.catalogue().album(artist.albumIds.front());
        for (int i = 0; i < plays; ++i) {
            const auto* track = fake.catalogue().track(album->trackIds[static_cast<std::size_t>(i % 3)]);
            rows.push_back(row("2024-03-" + std::to_string(10 + i) + "T20:00:00Z", artist.name, track->name,
                               album->name, track->id));
        }
        rows.push_back(row("2024-04-01T20:00:00Z", "Someone Else", "Other Song", "Other Album", ""));
        const auto file = scratch.write("export/Streaming_History_Audio_2024.json", rows.dump(2));
        const auto imported = run("import '" + file.string() + "'", false);
        ASSERT_EQ(imported.exitCode, 0) << imported.out << imported.err;
    }

    static json row(const std::string& ts, const std::string& artistName, const std::string& title,
                    const std::string& albumName, const std::string& trackId)
    {
        return json{{"ts", ts},
                    {"platform", "linux"},
                    {"ms_played", 200000},
                    {"conn_country", "DE"},
                    {"ip_addr", "192.0.2.1"},
                    {"master_metadata_track_name", title},
                    {"master_metadata_album_artist_name", artistName},
                    {"master_metadata_album_album_name", albumName},
                    {"spotify_track_uri", trackId.empty() ? json() : json("spotify:track:" + trackId)},
                    {"episode_name", nullptr},
                    {"episode_show_name", nullptr},
                    {"spotify_episode_uri", nullptr},
                    {"reason_start", "clickrow"},
                    {"reason_end", "trackdone"},
                    {"shuffle", false},
                    {"skipped", false},
                    {"offline", false},
                    {"offline_timestamp", 0},
                    {"incognito_mode", false}};
    }

    fakes::FakeSpotify fake{options()};
    fakes::FakeReccoBeats reccoBeats; // the artist page asks it for track features
    const fakes::FakeArtist& artist = *fake.catalogue().prolificArtist();
    std::string token = fake.issueTokens({}).accessToken;
    testing::TempDir data;
    testing::TempDir scratch;
};

TEST_F(BrowseCli, SearchOpenThePageThenSeeItAgainOffline)
{
    importHistory(6);

    auto search = run("search marathon --json", true);
    ASSERT_EQ(search.exitCode, 0) << search.out << search.err;
    const auto found = json::parse(search.out);
    ASSERT_EQ(found["artists"].size(), 1U) << search.out;
    EXPECT_EQ(found["artists"][0]["spotify_id"], artist.id);
    EXPECT_EQ(found["artists"][0]["in_history"], true);
    EXPECT_EQ(found["artists"][0]["history_plays"], 6);
    EXPECT_TRUE(found["next_offset"].is_null());

    // ReccoBeats knows the artist's own tracks but the first one.
    std::vector<std::string> own;
    for (const auto& id : artist.albumIds) {
        const auto& ids = fake.catalogue().album(id)->trackIds;
        own.insert(own.end(), ids.begin(), ids.end());
    }
    reccoBeats.addTracks(std::vector<std::string>(own.begin() + 1, own.end()));

    auto page = run("artist " + artist.id + " --json", true);
    ASSERT_EQ(page.exitCode, 0) << page.out << page.err;
    const auto online = json::parse(page.out);
    EXPECT_EQ(online["artist"]["name"], artist.name);
    EXPECT_EQ(online["complete"], true);
    ASSERT_EQ(online["releases"].size(), 40U);
    EXPECT_EQ(online["releases"][0]["group"], "album");
    EXPECT_EQ(online["releases"][39]["group"], "appears_on");
    std::size_t tracks = 0;
    for (const auto& release : online["releases"]) {
        EXPECT_EQ(release["tracks"].size(), release["total_tracks"].get<std::size_t>()) << release["name"];
        tracks += release["tracks"].size();
    }
    std::size_t truth = 0;
    for (const auto* ids : {&artist.albumIds, &artist.appearsOnIds}) {
        for (const auto& id : *ids) {
            truth += fake.catalogue().album(id)->trackIds.size();
        }
    }
    EXPECT_EQ(tracks, truth);
    EXPECT_EQ(online["listening"]["plays"], 6);
    EXPECT_EQ(online["listening"]["top_tracks"].size(), 3U);
    EXPECT_NEAR(online["listening"]["share_of_listening"].get<double>(), 6.0 / 7.0, 1e-9);
    EXPECT_EQ(page.err, ""); // --json: no progress lines
    // Features of the artist's own tracks (not appears-on), with their source.
    EXPECT_EQ(online["features"]["tracks"], own.size());
    EXPECT_EQ(online["features"]["with_features"], own.size() - 1);
    EXPECT_EQ(online["features"]["sources"]["ReccoBeats"], own.size() - 1);
    EXPECT_GT(online["features"]["averages"]["tempo"].get<double>(), 40.0);

    // Without a login: the page from the cache, not one request.
    const int requestsBefore = fake.requestCount("/");
    auto offline = run("artist spotify:artist:" + artist.id + " --json", false);
    ASSERT_EQ(offline.exitCode, 0) << offline.out << offline.err;
    EXPECT_NE(offline.err.find("Not logged in"), std::string::npos) << offline.err;
    const auto cached = json::parse(offline.out);
    EXPECT_EQ(cached["releases"], online["releases"]);
    EXPECT_EQ(cached["listening"], online["listening"]);
    EXPECT_EQ(fake.requestCount("/"), requestsBefore);

    // The text page, grouped, with a link as the argument.
    auto text = run("artist https://open.spotify.com/artist/" + artist.id + "?si=abc --offline", false);
    ASSERT_EQ(text.exitCode, 0) << text.out << text.err;
    EXPECT_NE(text.out.find("Albums (16)"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("Singles (10)"), std::string::npos);
    EXPECT_NE(text.out.find("Compilations (4)"), std::string::npos);
    EXPECT_NE(text.out.find("Appears on (10)"), std::string::npos);
    EXPECT_NE(text.out.find("Your listening: 6 plays"), std::string::npos);
    EXPECT_EQ(fake.requestCount("/"), requestsBefore);
}

TEST_F(BrowseCli, ProgressGoesToStandardErrorAndARateLimitKeepsWhatWasFetched)
{
    fake.fail("/v1/albums/", fakes::Fault::tooManyRequestsHuge());
    auto page = run("artist " + artist.id, true);
    EXPECT_EQ(page.exitCode, 3) << page.out << page.err;
    EXPECT_NE(page.err.find("[1/5] Artist"), std::string::npos) << page.err;
    EXPECT_NE(page.err.find("Stopped early"), std::string::npos) << page.err;
    EXPECT_NE(page.out.find("Albums (16)"), std::string::npos) << page.out; // the releases came first
    EXPECT_NE(page.out.find("not known yet"), std::string::npos) << page.out;
}

TEST_F(BrowseCli, WhenSpotifysSearchRefusesTheHistoryIsStillShown)
{
    importHistory(2);
    fake.fail("/v1/search", fakes::Fault::forbidden(std::string(fakes::kUserNotRegistered)));
    auto search = run("search marathon --json", true);
    EXPECT_EQ(search.exitCode, 3) << search.out << search.err;
    EXPECT_NE(search.err.find("did not answer"), std::string::npos) << search.err;
    const auto found = json::parse(search.out);
    EXPECT_EQ(found["spotify"], false);
    ASSERT_EQ(found["artists"].size(), 1U);
    EXPECT_EQ(found["artists"][0]["name"], artist.name);
    EXPECT_EQ(found["artists"][0]["history_plays"], 2);
}

TEST_F(BrowseCli, OfflineSearchIsTheHistoryAndBadInputIsAUsageError)
{
    importHistory(2);
    auto search = run("search MARATHON --offline --json", false);
    ASSERT_EQ(search.exitCode, 0) << search.out << search.err;
    const auto found = json::parse(search.out);
    ASSERT_EQ(found["artists"].size(), 1U);
    EXPECT_TRUE(found["artists"][0]["spotify_id"].is_null());
    EXPECT_EQ(found["artists"][0]["history_plays"], 2);
    EXPECT_EQ(found["spotify"], false);

    auto byName = run("artist 'ida marathon & the long players'", false);
    ASSERT_EQ(byName.exitCode, 0) << byName.out << byName.err;
    EXPECT_NE(byName.out.find("Your listening: 2 plays"), std::string::npos) << byName.out;

    EXPECT_EQ(run("search", false).exitCode, 1);
    EXPECT_EQ(run("search x --offset 1001", false).exitCode, 1);
    EXPECT_EQ(run("search x --offset ten", false).exitCode, 1);
    auto unknown = run("artist 'Nobody At All' --offline", false);
    EXPECT_EQ(unknown.exitCode, 3);
    EXPECT_NE(unknown.err.find("tunescope search"), std::string::npos) << unknown.err;
    EXPECT_EQ(fake.requestCount("/"), 0);
}

} // namespace
} // namespace tunescope
