// SpotifyApi and the login: 401 -> renew -> one retry; refusals and unreadable answers as the
// user sees them.

#include "SpotifyTestDoubles.h"

#include "spotify/SpotifyApi.h"

#include <gtest/gtest.h>

namespace tunescope::spotify {
namespace {

using testing::headerOf;
using testing::kApiBase;
using testing::ScriptedSender;
using testing::spotifyFixture;

const std::string kMe = kApiBase + "/me";
const std::string kTopTracks = kApiBase + "/me/top/tracks?time_range=medium_term&limit=50";

class SpotifyApiAuthTest : public testing::SpotifyApiFixture {};

TEST_F(SpotifyApiAuthTest, UnauthorizedRenewsTheTokenAndRetriesOnce)
{
    sender.on(kMe, 401, spotifyFixture("error_401.json"));
    sender.on(kMe, 200, spotifyFixture("me.json"));

    const auto profile = api.me({});
    ASSERT_TRUE(profile.ok()) << profile.error().message;
    EXPECT_EQ(profile->id, "UserListenerTs23456789");
    ASSERT_EQ(sender.requests.size(), 2U);
    EXPECT_EQ(headerOf(sender.requests[0], "Authorization"), "Bearer fake-token-1");
    EXPECT_EQ(headerOf(sender.requests[1], "Authorization"), "Bearer fake-token-2");
    EXPECT_EQ(tokens.rejected, std::vector<std::string>{"fake-token-1"});
    EXPECT_EQ(api.requestsSent(), 2U);
}

TEST_F(SpotifyApiAuthTest, UnauthorizedTwiceMeansLogInAgain)
{
    sender.on(kMe, 401, spotifyFixture("error_401.json"));

    const auto profile = api.me({});
    ASSERT_FALSE(profile.ok());
    EXPECT_EQ(profile.error().code, ErrorCode::LoginRequired);
    EXPECT_EQ(profile.error().message, "Spotify no longer accepts this login. Please log in again.");
    EXPECT_EQ(sender.requests.size(), 2U) << "exactly one retry";
    EXPECT_EQ(tokens.rejected.size(), 1U);
}

TEST_F(SpotifyApiAuthTest, ARenewalThatFailsEndsTheCall)
{
    tokens.renewError = makeError(ErrorCode::LoginRequired, "Your Spotify login expired. Please log in again.");
    sender.on(kMe, 401, "");

    const auto profile = api.me({});
    ASSERT_FALSE(profile.ok());
    EXPECT_EQ(profile.error().code, ErrorCode::LoginRequired);
    EXPECT_EQ(profile.error().message, "Your Spotify login expired. Please log in again.");
    EXPECT_EQ(sender.requests.size(), 1U);
}

TEST_F(SpotifyApiAuthTest, NoTokenNoRequest)
{
    tokens.accessError = makeError(ErrorCode::LoginRequired, "Log in to Spotify first.");
    const auto profile = api.me({});
    ASSERT_FALSE(profile.ok());
    EXPECT_EQ(profile.error().code, ErrorCode::LoginRequired);
    EXPECT_TRUE(sender.requests.empty());
}

TEST_F(SpotifyApiAuthTest, EachPageGetsItsOwnRetry)
{
    const std::string second = kApiBase + "/me/top/tracks?offset=50&limit=50&time_range=medium_term";
    sender.on(kTopTracks, 200, R"({"items":[{"id":"t1"}],"next":")" + second + R"("})");
    sender.on(second, 401, spotifyFixture("error_401.json"));
    sender.on(second, 200, R"({"items":[{"id":"t2"}],"next":null})");

    const auto tracks = api.topTracks(TimeRange::MediumTerm, {});
    ASSERT_TRUE(tracks.ok()) << tracks.error().message;
    EXPECT_EQ(tracks->items.size(), 2U);
    EXPECT_EQ(sender.urls(), (std::vector<std::string>{kTopTracks, second, second}));
}

TEST_F(SpotifyApiAuthTest, RefusalsTellTheUserWhatToDo)
{
    struct Case {
        const char* fixture;
        std::string message;
    };
    const std::vector<Case> cases = {
        {"error_403_scope.json", "Tunescope lacks a permission for this; log out and log in again to grant it."},
        {"error_403_not_registered.json", "This Spotify account is not on your app's user list. Add it under User "
                                          "Management in the Spotify Developer Dashboard (up to 5 users)."},
        {"error_403_not_approved.json", "This Spotify account is not on your app's user list. Add it under User "
                                        "Management in the Spotify Developer Dashboard (up to 5 users)."},
        {"error_403_premium.json", "Spotify requires the owner of this Client ID to have Premium."},
        {"error_403_forbidden.json", "Spotify does not let new apps use your top tracks any more."},
    };
    for (const auto& c : cases) {
        ScriptedSender local;
        SpotifyApi client(local, tokens, kApiBase);
        local.on(kTopTracks, 403, spotifyFixture(c.fixture));
        const auto tracks = client.topTracks(TimeRange::MediumTerm, {});
        ASSERT_FALSE(tracks.ok()) << c.fixture;
        EXPECT_EQ(tracks.error().code, ErrorCode::Forbidden) << c.fixture;
        EXPECT_EQ(tracks.error().message, c.message) << c.fixture;
        EXPECT_EQ(local.requests.size(), 1U) << "a 403 is not retried";
    }
}

TEST_F(SpotifyApiAuthTest, NotFoundAndBadRequest)
{
    sender.on(kApiBase + "/artists/NoSuchArtistTs00000000", 404, spotifyFixture("error_404.json"));
    EXPECT_EQ(api.artist("NoSuchArtistTs00000000", {}).error().code, ErrorCode::NotFound);

    sender.on(kTopTracks, 400, spotifyFixture("error_400_invalid_limit.json"));
    const auto tracks = api.topTracks(TimeRange::MediumTerm, {});
    ASSERT_FALSE(tracks.ok());
    EXPECT_EQ(tracks.error().code, ErrorCode::Remote);
    EXPECT_NE(tracks.error().message.find("Invalid limit"), std::string::npos) << tracks.error().message;
}

TEST_F(SpotifyApiAuthTest, MalformedJsonNamesTheEndpoint)
{
    sender.on(kTopTracks, 200, R"({"items": [{"id": "t1", )");
    const auto tracks = api.topTracks(TimeRange::MediumTerm, {});
    ASSERT_FALSE(tracks.ok());
    EXPECT_EQ(tracks.error().code, ErrorCode::Remote);
    EXPECT_EQ(tracks.error().message,
              "Spotify sent a response Tunescope could not read (/me/top/tracks): the response is not JSON");
}

TEST_F(SpotifyApiAuthTest, NetworkFailuresPassThrough)
{
    sender.fallback = [](const http::HttpRequest&) -> Result<http::HttpResponse> {
        return makeError(ErrorCode::Network, "Could not reach api.spotify.com.");
    };
    const auto profile = api.me({});
    ASSERT_FALSE(profile.ok());
    EXPECT_EQ(profile.error().code, ErrorCode::Network);
}

TEST_F(SpotifyApiAuthTest, TokensStayOutOfErrorMessages)
{
    // A server that echoes the request must not get the token into what the user sees.
    sender.on(kMe, 500, R"({"error":{"status":500,"message":"Failed: Authorization: Bearer fake-token-1 rejected"}})");
    sender.on(kTopTracks, 502, "<html>Bearer fake-token-1</html>");
    const auto profile = api.me({});
    ASSERT_FALSE(profile.ok());
    EXPECT_EQ(profile.error().message.find("fake-token"), std::string::npos);
    EXPECT_NE(profile.error().message.find("rejected"), std::string::npos) << "the rest of Spotify's words stay";
    const auto tracks = api.topTracks(TimeRange::MediumTerm, {});
    ASSERT_FALSE(tracks.ok());
    EXPECT_EQ(tracks.error().message.find("fake-token"), std::string::npos);
}

} // namespace
} // namespace tunescope::spotify
