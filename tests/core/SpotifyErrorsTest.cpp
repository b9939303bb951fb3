// What a user is told for each error Spotify answers with (bodies in tests/data/spotify/error_*.json).

#include "TestSupport.h"

#include "spotify/SpotifyErrors.h"

#include <gtest/gtest.h>

namespace tunescope::spotify {
namespace {

constexpr Endpoint kTopTracks{"/me/top/tracks", "your top tracks"};

http::HttpResponse response(int status, std::string body)
{
    return http::HttpResponse{status, {}, std::move(body)};
}

Error fromFixture(int status, const std::string& name)
{
    return errorFromResponse(response(status, testing::readFile(testing::fixture("spotify/" + name))), kTopTracks);
}

TEST(SpotifyErrors, MissingScopeAsksToLogInAgain)
{
    const Error error = fromFixture(403, "error_403_scope.json");
    EXPECT_EQ(error.code, ErrorCode::Forbidden);
    EXPECT_EQ(error.message, "Tunescope lacks a permission for this; log out and log in again to grant it.");
}

TEST(SpotifyErrors, AccountNotOnTheUserListPointsToTheDashboard)
{
    const std::string expected = "This Spotify account is not on your app's user list. Add it under User Management "
                                 "in the Spotify Developer Dashboard (up to 5 users).";
    for (const char* name : {"error_403_not_registered.json", "error_403_not_approved.json"}) {
        const Error error = fromFixture(403, name);
        EXPECT_EQ(error.code, ErrorCode::Forbidden) << name;
        EXPECT_EQ(error.message, expected) << name;
    }
}

TEST(SpotifyErrors, OwnerWithoutPremium)
{
    const Error error = fromFixture(403, "error_403_premium.json");
    EXPECT_EQ(error.code, ErrorCode::Forbidden);
    EXPECT_EQ(error.message, "Spotify requires the owner of this Client ID to have Premium.");
}

TEST(SpotifyErrors, BareForbiddenNamesTheClosedEndpoint)
{
    const Error error = fromFixture(403, "error_403_forbidden.json");
    EXPECT_EQ(error.code, ErrorCode::Forbidden);
    EXPECT_EQ(error.message, "Spotify does not let new apps use your top tracks any more.");

    const Error empty = errorFromResponse(response(403, ""), Endpoint{"/audio-features", "audio features"});
    EXPECT_EQ(empty.code, ErrorCode::Forbidden);
    EXPECT_EQ(empty.message, "Spotify does not let new apps use audio features any more.");
}

TEST(SpotifyErrors, MessagesAreMatchedWithoutCaringAboutCaseOrFullStop)
{
    const Error error = errorFromResponse(
        response(
            403,
            R"({"error":{"status":403,"message":"active premium subscription required for the owner of the app"}})"),
        kTopTracks);
    EXPECT_EQ(error.message, "Spotify requires the owner of this Client ID to have Premium.");
}

TEST(SpotifyErrors, OtherRefusalsKeepSpotifysWords)
{
    const Error error = errorFromResponse(
        response(403, R"({"error":{"status":403,"message":"You cannot view a playlist you do not own."}})"),
        kTopTracks);
    EXPECT_EQ(error.code, ErrorCode::Forbidden);
    EXPECT_EQ(error.message, "Spotify refused access to your top tracks: You cannot view a playlist you do not own.");
}

TEST(SpotifyErrors, UnauthorizedMeansLogInAgain)
{
    const Error error = fromFixture(401, "error_401.json");
    EXPECT_EQ(error.code, ErrorCode::LoginRequired);
    EXPECT_EQ(error.message, kLoginRejectedMessage);
}

TEST(SpotifyErrors, NotFound)
{
    const Error error = fromFixture(404, "error_404.json");
    EXPECT_EQ(error.code, ErrorCode::NotFound);
    EXPECT_NE(error.message.find("your top tracks"), std::string::npos) << error.message;
}

TEST(SpotifyErrors, BadRequestIncludesSpotifysMessage)
{
    const Error error = fromFixture(400, "error_400_invalid_limit.json");
    EXPECT_EQ(error.code, ErrorCode::Remote);
    EXPECT_EQ(error.message, "Spotify rejected the request for your top tracks (HTTP 400): Invalid limit.");
}

TEST(SpotifyErrors, BadRequestWithAnEmptyBody)
{
    const Error error = errorFromResponse(response(400, ""), kTopTracks);
    EXPECT_EQ(error.code, ErrorCode::Remote);
    EXPECT_EQ(error.message, "Spotify rejected the request for your top tracks (HTTP 400).");
}

TEST(SpotifyErrors, LegacyTypeAndDescriptionShape)
{
    const Error error = fromFixture(400, "error_legacy_400.json");
    EXPECT_EQ(error.code, ErrorCode::Remote);
    EXPECT_NE(error.message.find("Fictional legacy complaint about the request"), std::string::npos) << error.message;
}

TEST(SpotifyErrors, AccountsServiceShape)
{
    EXPECT_EQ(spotifyErrorMessage(R"({"error":"invalid_grant","error_description":"Refresh token revoked"})"),
              "Refresh token revoked");
    EXPECT_EQ(spotifyErrorMessage(R"({"error":"invalid_client"})"), "invalid_client");
}

TEST(SpotifyErrors, RateLimitsThatReachTheClient)
{
    const Error quota = fromFixture(429, "error_429_quota.json");
    EXPECT_EQ(quota.code, ErrorCode::RateLimited);
    EXPECT_NE(quota.message.find("quota"), std::string::npos) << quota.message;

    const Error plain = errorFromResponse(response(429, ""), kTopTracks);
    EXPECT_EQ(plain.code, ErrorCode::RateLimited);
    EXPECT_EQ(plain.message.find("quota"), std::string::npos) << plain.message;
}

TEST(SpotifyErrors, ServerErrorsDoNotRepeatAnHtmlPage)
{
    const Error error =
        errorFromResponse(response(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"), kTopTracks);
    EXPECT_EQ(error.code, ErrorCode::Remote);
    EXPECT_EQ(error.message, "Spotify could not answer the request for your top tracks (HTTP 502); try again later.");
}

TEST(SpotifyErrors, LongOrControlCharacterMessagesAreTidied)
{
    const std::string longMessage(500, 'x');
    const std::string shown = spotifyErrorMessage(R"({"error":{"status":400,"message":")" + longMessage + R"("}})");
    EXPECT_LT(shown.size(), 210U);
    EXPECT_EQ(shown.substr(shown.size() - 3), "...");

    EXPECT_EQ(spotifyErrorMessage(R"({"error":{"status":400,"message":"  two\nlines\t. "}})"), "two lines");
    EXPECT_EQ(spotifyErrorMessage("not json"), "");
    EXPECT_EQ(spotifyErrorMessage(R"({"error":{"status":500}})"), "");
}

} // namespace
} // namespace tunescope::spotify
