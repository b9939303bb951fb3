// The Spotify mapping over recorded public Web API responses in ../shared/samples/web_api (see
// SOURCES.md): every file either maps to models or to the right error. Older recordings carry
// fields new apps no longer get, which exercises the "use it when present" paths. Nothing from
// those files is copied into the project; every test skips without them.

#include "TestSupport.h"

#include "spotify/SpotifyErrors.h"
#include "spotify/SpotifyJson.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>

namespace tunescope::spotify {
namespace {

namespace fs = std::filesystem;

#define REQUIRE_WEB_API_SAMPLES(var)                                                                                   \
    const auto samples = testing::samplesDir();                                                                        \
    if (!samples || !fs::is_directory(*samples / "web_api")) {                                                         \
        GTEST_SKIP() << "shared samples not found (set TUNESCOPE_SAMPLES_DIR)";                                        \
    }                                                                                                                  \
    const fs::path var = *samples / "web_api"

constexpr Endpoint kSomething{"/sample", "this item"};

Error errorFor(int status, const std::string& body)
{
    return errorFromResponse(http::HttpResponse{status, {}, body}, kSomething);
}

// One check per recorded file, keyed by its path under web_api/.
std::map<std::string, std::function<void(const std::string&)>> expectations()
{
    std::map<std::string, std::function<void(const std::string&)>> checks;

    checks["JMPerez__spotify-web-api-js/album_tracks.json"] = [](const std::string& body) {
        const auto page = parseTrackPage(body, "/albums/{id}/tracks");
        ASSERT_TRUE(page.ok()) << page.error().message;
        EXPECT_EQ(page->items.size(), 13U);
        EXPECT_EQ(page->skipped, 0U);
        EXPECT_EQ(page->items[0].name, "Money Changes Everything");
        EXPECT_EQ(page->items[0].durationMs, 305560);
        EXPECT_FALSE(page->next.has_value());
    };
    checks["JMPerez__spotify-web-api-js/artist_albums.json"] = [](const std::string& body) {
        const auto page = parseAlbumPage(body, "/artists/{id}/albums");
        ASSERT_TRUE(page.ok()) << page.error().message;
        EXPECT_EQ(page->items.size(), 20U);
        EXPECT_TRUE(page->next.has_value());
        EXPECT_EQ(page->items[0].name, "Mas de Cien Amaneceres");
        EXPECT_EQ(page->items[0].images.size(), 3U);
    };
    checks["JMPerez__spotify-web-api-js/error_id_not_found.json"] = [](const std::string& body) {
        const Error error = errorFor(404, body);
        EXPECT_EQ(error.code, ErrorCode::NotFound);
        EXPECT_EQ(spotifyErrorMessage(body), "non existing id");
    };
    checks["JMPerez__spotify-web-api-js/me.json"] = [](const std::string& body) {
        const auto profile = parseProfile(body, "/me");
        ASSERT_TRUE(profile.ok()) << profile.error().message;
        EXPECT_EQ(profile->id, "some_random_user");
        EXPECT_EQ(profile->displayName, "Some Random User");
        EXPECT_FALSE(profile->accountId.has_value()) << "recorded before account_id existed";
        ASSERT_EQ(profile->images.size(), 1U);
        EXPECT_FALSE(profile->images[0].width.has_value());
    };
    checks["JMPerez__spotify-web-api-js/recently_played_tracks.json"] = [](const std::string& body) {
        const auto played = parseRecentlyPlayed(body, "/me/player/recently-played");
        ASSERT_TRUE(played.ok()) << played.error().message;
        ASSERT_EQ(played->items.size(), 2U);
        EXPECT_EQ(played->items[0].playedAtMs, 1'481'661'844'589); // 2016-12-13T20:44:04.589Z
        EXPECT_EQ(played->items[0].track.name, "Disciples");
        EXPECT_EQ(played->items[0].contextUri, "spotify:artist:5INjqkS1o8h1imAzPqGZBb");
        EXPECT_EQ(played->cursorAfter, "1481661844589");
        EXPECT_EQ(played->cursorBefore, "1481661737016");
    };
    checks["JMPerez__spotify-web-api-js/search_artist.json"] = [](const std::string& body) {
        const auto page = parseArtistSearch(body, "/search");
        ASSERT_TRUE(page.ok()) << page.error().message;
        ASSERT_EQ(page->items.size(), 1U);
        EXPECT_EQ(page->items[0].name, "Satan I Gatan");
        ASSERT_TRUE(page->items[0].genres.has_value()) << "old responses still sent genres";
        EXPECT_TRUE(page->items[0].genres->empty());
        EXPECT_EQ(page->items[0].popularity, 0);
    };
    // Audio features: the endpoint is closed to new apps and not part of this client. A features
    // body where a track list is expected must be refused, not half-read.
    checks["JMPerez__spotify-web-api-js/tracks_audio_features.json"] = [](const std::string& body) {
        const auto page = parseTrackPage(body, "/me/top/tracks");
        ASSERT_FALSE(page.ok());
        EXPECT_EQ(page.error().code, ErrorCode::Remote);
    };
    checks["JMPerez__spotify-web-api-js/track_audio_features.json"] = [](const std::string& body) {
        const auto page = parseArtistSearch(body, "/search");
        ASSERT_FALSE(page.ok());
        EXPECT_EQ(page.error().code, ErrorCode::Remote);
    };
    checks["JMPerez__spotify-web-api-js/user_top_artists.json"] = [](const std::string& body) {
        const auto page = parseArtistPage(body, "/me/top/artists");
        ASSERT_TRUE(page.ok()) << page.error().message;
        ASSERT_EQ(page->items.size(), 5U);
        EXPECT_EQ(page->items[0].name, "Vetusta Morla");
        EXPECT_EQ(page->items[0].popularity, 64);
        EXPECT_FALSE(page->items[0].followers.has_value()) << "followers.total is null";
        EXPECT_TRUE(page->items[0].genres.has_value());
        EXPECT_EQ(page->items[0].images.size(), 4U);
        EXPECT_TRUE(page->next.has_value());
    };
    checks["JMPerez__spotify-web-api-js/user_top_tracks.json"] = [](const std::string& body) {
        const auto page = parseTrackPage(body, "/me/top/tracks");
        ASSERT_TRUE(page.ok()) << page.error().message;
        ASSERT_EQ(page->items.size(), 5U);
        const Track& first = page->items[0];
        EXPECT_EQ(first.durationMs, 462013);
        EXPECT_EQ(first.isrc, "ES5150800589");
        ASSERT_TRUE(first.album.has_value());
        EXPECT_EQ(first.album->albumType, "album") << "sent as ALBUM";
        EXPECT_EQ(first.album->name, "La ley innata");
        ASSERT_EQ(first.artists.size(), 1U);
        EXPECT_EQ(first.artists[0].name, "Extremoduro");
    };

    checks["kaaes__spotify-web-api-android/artist-album.json"] = [](const std::string& body) {
        const auto page = parseAlbumPage(body, "/artists/{id}/albums");
        ASSERT_TRUE(page.ok()) << page.error().message;
        EXPECT_EQ(page->items.size(), 2U);
        EXPECT_EQ(page->items[0].albumType, "single");
    };
    checks["kaaes__spotify-web-api-android/auth-invalid-client.json"] = [](const std::string& body) {
        EXPECT_EQ(spotifyErrorMessage(body), "Invalid client");
        const Error error = errorFor(400, body);
        EXPECT_EQ(error.code, ErrorCode::Remote);
        EXPECT_NE(error.message.find("Invalid client"), std::string::npos) << error.message;
    };
    checks["kaaes__spotify-web-api-android/current-user.json"] = [](const std::string& body) {
        const auto profile = parseProfile(body, "/me");
        ASSERT_TRUE(profile.ok()) << profile.error().message;
        EXPECT_EQ(profile->id, "thelinmichael");
        EXPECT_FALSE(profile->displayName.has_value()) << "display_name: null";
    };
    checks["kaaes__spotify-web-api-android/error-cannot-add-tracks.json"] = [](const std::string& body) {
        const Error error = errorFor(403, body);
        EXPECT_EQ(error.code, ErrorCode::Forbidden);
        EXPECT_EQ(error.message, "Spotify refused access to this item: You cannot add tracks to a playlist you "
                                 "don't own.");
    };
    checks["kaaes__spotify-web-api-android/error-unauthorized.json"] = [](const std::string& body) {
        EXPECT_EQ(errorFor(401, body).code, ErrorCode::LoginRequired);
        EXPECT_EQ(spotifyErrorMessage(body), "The access token expired");
    };
    checks["kaaes__spotify-web-api-android/error_bad-field.json"] = [](const std::string& body) {
        const Error error = errorFor(400, body);
        EXPECT_EQ(error.code, ErrorCode::Remote);
        EXPECT_NE(error.message.find("wrong id"), std::string::npos) << error.message;
    };
    checks["kaaes__spotify-web-api-android/error_id-not-found.json"] = [](const std::string& body) {
        EXPECT_EQ(errorFor(404, body).code, ErrorCode::NotFound);
        EXPECT_EQ(spotifyErrorMessage(body), "non existing id");
    };
    checks["kaaes__spotify-web-api-android/search-artist.json"] = [](const std::string& body) {
        const auto page = parseArtistSearch(body, "/search");
        ASSERT_TRUE(page.ok()) << page.error().message;
        ASSERT_EQ(page->items.size(), 1U);
        EXPECT_EQ(page->items[0].name, "Tania Bowra");
        EXPECT_EQ(page->total, 1);
    };
    return checks;
}

TEST(SpotifySamples, EveryRecordedResponseMapsOrGivesTheRightError)
{
    REQUIRE_WEB_API_SAMPLES(webApi);
    const auto checks = expectations();
    for (const auto& [relative, check] : checks) {
        SCOPED_TRACE(relative);
        const fs::path file = webApi / relative;
        ASSERT_TRUE(fs::is_regular_file(file)) << "missing sample " << relative;
        check(testing::readFile(file));
    }
}

TEST(SpotifySamples, NoRecordedResponseIsLeftUnchecked)
{
    REQUIRE_WEB_API_SAMPLES(webApi);
    const auto checks = expectations();
    std::string unchecked;
    for (const auto& entry : fs::recursive_directory_iterator(webApi)) {
        if (entry.is_regular_file()) {
            const std::string relative = fs::relative(entry.path(), webApi).generic_string();
            if (checks.count(relative) == 0) {
                unchecked += " " + relative;
            }
        }
    }
    EXPECT_TRUE(unchecked.empty()) << "add an expectation for:" << unchecked;
}

TEST(SpotifySamples, TruncatedRecordingsAreUnreadableNotHalfRead)
{
    REQUIRE_WEB_API_SAMPLES(webApi);
    const std::string body = testing::readFile(webApi / "JMPerez__spotify-web-api-js/user_top_tracks.json");
    for (const std::size_t cut : {body.size() / 4, body.size() / 2, body.size() - 3}) {
        const auto page = parseTrackPage(body.substr(0, cut), "/me/top/tracks");
        ASSERT_FALSE(page.ok()) << cut;
        EXPECT_EQ(page.error().code, ErrorCode::Remote);
    }
}

} // namespace
} // namespace tunescope::spotify
