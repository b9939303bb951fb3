// The fake Spotify servers speak the real protocol: if they were lenient where Spotify is strict,
// every online test built on them would prove nothing. Tokens and codes are never printed here.

#include "FakeSpotify.h"
#include "RawHttpGet.h"
#include "UrlCodec.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <optional>
#include <string>

namespace tunescope::fakes {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

// RFC 7636 appendix B: this verifier hashes to this challenge.
constexpr const char* kVerifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
constexpr const char* kChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
constexpr const char* kRedirect = "http://127.0.0.1:43917/callback";

struct Answer {
    int status = 0;
    json body; // null when the body is not JSON
    std::string raw;
    httplib::Headers headers;
};

// A plain HTTP client that sends targets exactly as written.
Answer send(const std::string& url, const std::string& token = {}, const std::optional<std::string>& form = {},
            const std::string& contentType = "application/x-www-form-urlencoded")
{
    const auto parts = splitUrl(url);
    EXPECT_TRUE(parts.has_value()) << url;
    if (!parts) {
        return {};
    }
    httplib::Client client("http://" + parts->host + ":" + std::to_string(parts->port));
    client.set_url_encode(false);
    client.set_follow_location(false);
    client.set_connection_timeout(2s);
    client.set_read_timeout(5s);
    httplib::Headers headers;
    if (!token.empty()) {
        headers.emplace("Authorization", "Bearer " + token);
    }
    const std::string target = parts->query.empty() ? parts->path : parts->path + "?" + parts->query;
    const auto result = form ? client.Post(target, headers, *form, contentType) : client.Get(target, headers);
    if (!result) {
        return {};
    }
    return Answer{result->status, json::parse(result->body, nullptr, false), result->body, result->headers};
}

class FakeSpotifyTest : public ::testing::Test {
protected:
    std::string authorizeUrl(const std::string& scope, const std::string& state = "s t&a+te",
                             const std::string& redirect = kRedirect, const std::string& client = {}) const
    {
        return fake.accountsBaseUrl() + "/authorize?" +
               encodeForm({{"client_id", client.empty() ? fake.clientId() : client},
                           {"response_type", "code"},
                           {"redirect_uri", redirect},
                           {"code_challenge_method", "S256"},
                           {"code_challenge", kChallenge},
                           {"scope", scope},
                           {"state", state}});
    }

    // The code from /authorize's redirect; empty when there was none.
    std::string authorize(const std::string& scope)
    {
        const RawAnswer answer = rawHttpGet(authorizeUrl(scope));
        EXPECT_EQ(answer.status, 302);
        const auto location = splitUrl(answer.header("Location").value_or(""));
        const auto query = location ? parseForm(location->query) : std::nullopt;
        return query ? paramValue(*query, "code").value_or("") : "";
    }

    Answer exchange(const std::string& code, const std::string& verifier = kVerifier)
    {
        return send(fake.accountsBaseUrl() + "/api/token", {},
                    encodeForm({{"grant_type", "authorization_code"},
                                {"code", code},
                                {"redirect_uri", kRedirect},
                                {"client_id", fake.clientId()},
                                {"code_verifier", verifier}}));
    }

    Answer refresh(const std::string& refreshToken)
    {
        return send(
            fake.accountsBaseUrl() + "/api/token", {},
            encodeForm(
                {{"grant_type", "refresh_token"}, {"refresh_token", refreshToken}, {"client_id", fake.clientId()}}));
    }

    std::string token(const std::set<std::string>& scopes = {"user-top-read", "user-read-recently-played"})
    {
        return fake.issueTokens(scopes).accessToken;
    }

    Answer api(const std::string& pathAndQuery, const std::string& accessToken)
    {
        return send(fake.apiBaseUrl() + pathAndQuery, accessToken);
    }

    FakeSpotify fake;
};

TEST_F(FakeSpotifyTest, PkceLoginWithTheRightVerifierGivesWorkingTokens)
{
    ASSERT_TRUE(fake.running());
    // Read raw: cpp-httplib's client would percent-decode the Location header.
    const RawAnswer authorize = rawHttpGet(authorizeUrl("user-top-read user-read-recently-played"));
    ASSERT_EQ(authorize.status, 302);
    const auto location = splitUrl(authorize.header("Location").value_or(""));
    ASSERT_TRUE(location.has_value());
    EXPECT_EQ(location->host, "127.0.0.1");
    EXPECT_EQ(location->path, "/callback");
    const auto query = parseForm(location->query).value_or(Params{});
    EXPECT_EQ(paramValue(query, "state"), "s t&a+te") << "state must come back verbatim";
    const std::string code = paramValue(query, "code").value_or("");
    ASSERT_FALSE(code.empty());
    EXPECT_EQ(fake.grantedScopes(), (std::set<std::string>{"user-read-recently-played", "user-top-read"}));

    const Answer tokens = exchange(code);
    ASSERT_EQ(tokens.status, 200) << tokens.body.value("error_description", "");
    EXPECT_EQ(tokens.body["token_type"], "Bearer");
    EXPECT_EQ(tokens.body["expires_in"], 3600);
    EXPECT_EQ(tokens.body["scope"], "user-read-recently-played user-top-read");
    EXPECT_TRUE(tokens.body["refresh_token"].is_string());
    EXPECT_EQ(api("/me/top/artists", tokens.body["access_token"].get<std::string>()).status, 200);
    EXPECT_EQ(fake.tokenCounters().codeExchanges, 1);
}

TEST_F(FakeSpotifyTest, WrongVerifierAndReplayedCodesAreRefused)
{
    const Answer wrong = exchange(authorize("user-top-read"), "wrong-verifier-wrong-verifier-wrong-verifier");
    EXPECT_EQ(wrong.status, 400);
    EXPECT_EQ(wrong.body["error"], "invalid_grant");
    EXPECT_EQ(wrong.body["error_description"], "code_verifier was incorrect");

    const std::string code = authorize("user-top-read");
    EXPECT_EQ(exchange(code).status, 200);
    const Answer replay = exchange(code);
    EXPECT_EQ(replay.status, 400);
    EXPECT_EQ(replay.body["error"], "invalid_grant");

    const std::string late = authorize("user-top-read");
    fake.expireAuthorizationCodes();
    EXPECT_EQ(exchange(late).body["error"], "invalid_grant");
    EXPECT_EQ(fake.tokenCounters().codeExchanges, 1);
    EXPECT_EQ(fake.tokenCounters().rejectedTokenRequests, 3);
}

TEST_F(FakeSpotifyTest, AuthorizeAcceptsOnlyRegisteredClientsAndLoopbackIpRedirects)
{
    const Answer unknownClient = send(authorizeUrl("user-top-read", "x", kRedirect, "someone-else"));
    EXPECT_EQ(unknownClient.status, 400);
    EXPECT_NE(unknownClient.raw.find("INVALID_CLIENT: Invalid client"), std::string::npos);

    for (const char* bad : {"http://localhost:43917/callback", "http://127.0.0.1:43917/other",
                            "https://example.org/callback", "http://127.0.0.1:43917/callback?x=1"}) {
        const Answer answer = send(authorizeUrl("user-top-read", "x", bad));
        EXPECT_EQ(answer.status, 400) << bad;
        EXPECT_NE(answer.raw.find("INVALID_CLIENT: Invalid redirect URI"), std::string::npos) << bad;
    }
    EXPECT_EQ(send(authorizeUrl("user-top-read", "x", "http://[::1]:5000/callback")).status, 302);
    EXPECT_EQ(send(authorizeUrl("user-top-read", "x", "http://127.0.0.1/callback")).status, 302);

    fake.denyNextAuthorization();
    const RawAnswer denied = rawHttpGet(authorizeUrl("user-top-read", "st"));
    ASSERT_EQ(denied.status, 302);
    const auto query = parseForm(splitUrl(denied.header("Location").value_or(""))->query).value_or(Params{});
    EXPECT_EQ(paramValue(query, "error"), "access_denied");
    EXPECT_EQ(paramValue(query, "state"), "st");
    EXPECT_FALSE(paramValue(query, "code").has_value());
}

TEST_F(FakeSpotifyTest, TokenEndpointWantsAFormBody)
{
    const Answer answer = send(fake.accountsBaseUrl() + "/api/token", {},
                               json{{"grant_type", "authorization_code"}, {"code", authorize("user-top-read")}}.dump(),
                               "application/json");
    EXPECT_EQ(answer.status, 400);
    EXPECT_EQ(answer.body["error"], "invalid_request");
}

TEST_F(FakeSpotifyTest, RefreshRotatesAndTheOldRefreshTokenIsRevoked)
{
    const Answer first = exchange(authorize("user-top-read"));
    ASSERT_EQ(first.status, 200);
    const std::string firstRefresh = first.body["refresh_token"];

    const Answer second = refresh(firstRefresh);
    ASSERT_EQ(second.status, 200) << second.body.value("error_description", "");
    const std::string secondRefresh = second.body["refresh_token"];
    EXPECT_TRUE(secondRefresh != firstRefresh) << "a PKCE refresh must rotate the refresh token";
    EXPECT_TRUE(second.body["access_token"] != first.body["access_token"]);
    EXPECT_EQ(second.body["scope"], "user-top-read");
    EXPECT_EQ(api("/me/top/tracks", second.body["access_token"]).status, 200);

    const Answer replay = refresh(firstRefresh);
    EXPECT_EQ(replay.status, 400);
    EXPECT_EQ(replay.body["error"], "invalid_grant");
    EXPECT_EQ(replay.body["error_description"], "Refresh token revoked");
    EXPECT_EQ(refresh(secondRefresh).status, 200);
    EXPECT_EQ(fake.tokenCounters().refreshes, 2);
    // Nobody sent a client secret or Basic auth to the token endpoint.
    for (const auto& request : fake.requests()) {
        EXPECT_FALSE(request.path == "/api/token" && request.hadAuthorization);
    }
}

TEST_F(FakeSpotifyTest, ExpiredRefreshTokensMeanLoggingInAgain)
{
    const Answer tokens = exchange(authorize("user-top-read"));
    fake.expireAllRefreshTokens();
    const Answer expired = refresh(tokens.body["refresh_token"]);
    EXPECT_EQ(expired.status, 400);
    EXPECT_EQ(expired.body["error"], "invalid_grant");

    const Answer again = exchange(authorize("user-top-read"));
    EXPECT_EQ(refresh(again.body["refresh_token"]).status, 200) << "a new login starts a new lifetime";

    fake.setExpiresIn(120);
    EXPECT_EQ(exchange(authorize("user-top-read")).body["expires_in"], 120);
}

TEST_F(FakeSpotifyTest, ApiRefusesMissingRevokedAndUnderScopedTokens)
{
    const Answer missing = api("/me", "");
    EXPECT_EQ(missing.status, 401);
    EXPECT_EQ(missing.body["error"]["message"], "Missing/invalid/expired access token");
    EXPECT_EQ(api("/me", "not-a-token").status, 401);

    const std::string topOnly = token({"user-top-read"});
    EXPECT_EQ(api("/me", topOnly).status, 200);
    const Answer scope = api("/me/player/recently-played", topOnly);
    EXPECT_EQ(scope.status, 403);
    EXPECT_EQ(scope.body["error"]["message"], "Insufficient client scope");

    fake.revokeAccessTokens();
    EXPECT_EQ(api("/me", topOnly).status, 401);
    const std::string fresh = token();
    fake.expireAccessTokens();
    EXPECT_EQ(api("/me", fresh).status, 401);
}

TEST_F(FakeSpotifyTest, PagingThroughTopArtistsFollowsNextToTheEnd)
{
    const std::string accessToken = token();
    std::vector<std::string> fetched;
    std::string url = fake.apiBaseUrl() + "/me/top/artists?time_range=long_term&limit=50";
    int pages = 0;
    while (!url.empty() && pages < 10) {
        const Answer page = send(url, accessToken);
        ASSERT_EQ(page.status, 200) << url;
        EXPECT_EQ(page.body["total"], 99) << "the service never reports more than 99";
        for (const auto& item : page.body["items"]) {
            fetched.push_back(item["id"]);
        }
        url = page.body["next"].is_string() ? page.body["next"].get<std::string>() : "";
        ++pages;
    }
    EXPECT_EQ(pages, 2);
    EXPECT_EQ(fetched, fake.topArtistIds(TimeRange::LongTerm));

    const Answer shortTerm = api("/me/top/tracks?time_range=short_term", accessToken);
    EXPECT_EQ(shortTerm.body["total"], fake.topTrackIds(TimeRange::ShortTerm).size());
    EXPECT_EQ(shortTerm.body["limit"], 20);
    EXPECT_EQ(api("/me/top/artists?time_range=forever", accessToken).status, 400);
}

TEST_F(FakeSpotifyTest, LimitsBeyondTheDevModeCapsAreInvalid)
{
    const std::string accessToken = token();
    const std::string artistId = fake.catalogue().artists().front().id;
    const std::vector<std::string> paths{"/search?q=the&type=artist&limit=11",
                                         "/artists/" + artistId + "/albums?limit=11", "/me/top/artists?limit=51",
                                         "/me/top/tracks?limit=0", "/me/player/recently-played?limit=51"};
    for (const auto& path : paths) {
        const Answer answer = api(path, accessToken);
        EXPECT_EQ(answer.status, 400) << path;
        EXPECT_EQ(answer.body["error"]["message"], "Invalid limit") << path;
    }
    const Answer search = api("/search?q=the&type=artist&limit=10", accessToken);
    ASSERT_EQ(search.status, 200);
    EXPECT_EQ(search.body["artists"]["items"].size(), 10U);
    EXPECT_EQ(api("/search?q=the&type=artist", accessToken).body["artists"]["limit"], 5);
    EXPECT_EQ(api("/search?q=the&type=artist&offset=1001", accessToken).status, 400);
}

TEST_F(FakeSpotifyTest, SearchMatchesNamesCaseInsensitively)
{
    const Answer answer = api("/search?" + encodeForm({{"q", "SALT & cedar"}, {"type", "artist"}}), token());
    ASSERT_EQ(answer.status, 200);
    ASSERT_EQ(answer.body["artists"]["total"], 1);
    EXPECT_EQ(answer.body["artists"]["items"][0]["name"], "Salt & Cedar");
}

TEST_F(FakeSpotifyTest, RecentlyPlayedPagesWithCursors)
{
    const auto& tracks = fake.catalogue().tracks();
    fake.clearRecentPlays();
    for (std::int64_t i = 0; i < 5; ++i) {
        fake.addRecentPlay(tracks[static_cast<std::size_t>(i)].id, 1'790'000'000'000 + i * 300'000);
    }
    const std::string accessToken = token();
    const Answer first = api("/me/player/recently-played?limit=2", accessToken);
    ASSERT_EQ(first.status, 200);
    ASSERT_EQ(first.body["items"].size(), 2U);
    EXPECT_EQ(first.body["items"][0]["track"]["id"], tracks[4].id) << "newest first";
    EXPECT_EQ(first.body["items"][0]["played_at"], "2026-09-21T14:33:20.000Z");
    EXPECT_EQ(first.body["cursors"]["after"], "1790001200000");
    EXPECT_EQ(first.body["cursors"]["before"], "1790000900000");

    const Answer second = send(first.body["next"], accessToken);
    ASSERT_EQ(second.body["items"].size(), 2U);
    EXPECT_EQ(second.body["items"][0]["track"]["id"], tracks[2].id);
    const Answer newer = api("/me/player/recently-played?after=1790000300000", accessToken);
    EXPECT_EQ(newer.body["items"].size(), 3U);
    EXPECT_TRUE(newer.body["next"].is_null());
    EXPECT_EQ(api("/me/player/recently-played?after=1&before=2", accessToken).status, 400);

    for (std::int64_t i = 0; i < 60; ++i) {
        fake.addRecentPlay(tracks[0].id, 1'791'000'000'000 + i * 200'000);
    }
    const Answer window = api("/me/player/recently-played?limit=50", accessToken);
    EXPECT_EQ(window.body["items"].size(), 50U);
    EXPECT_TRUE(window.body["next"].is_null()) << "only the 50 most recent plays are reachable";
}

TEST_F(FakeSpotifyTest, ScriptedRateLimitThenSuccess)
{
    const std::string accessToken = token();
    fake.fail("/v1/me/top", Fault::tooManyRequests("7"), 1);
    fake.fail("/v1/me/top", Fault::tooManyRequestsLowerCaseHeader(3), 1);
    fake.fail("/v1/me/top", Fault::tooManyRequestsEmptyBody(), 1);

    const Answer first = api("/me/top/artists", accessToken);
    EXPECT_EQ(first.status, 429);
    EXPECT_EQ(first.headers.find("Retry-After")->second, "7");
    const Answer second = api("/me/top/artists", accessToken);
    EXPECT_EQ(second.status, 429);
    EXPECT_EQ(second.headers.find("retry-after")->first, "retry-after") << "header name sent in lower case";
    const Answer third = api("/me/top/artists", accessToken);
    EXPECT_EQ(third.status, 429);
    EXPECT_TRUE(third.raw.empty());
    EXPECT_EQ(third.headers.find("Content-Length")->second, "0");
    EXPECT_EQ(third.headers.count("Retry-After"), 0U);
    EXPECT_EQ(api("/me/top/artists", accessToken).status, 200);
    EXPECT_EQ(fake.pendingFaults(), 0U);
    EXPECT_EQ(fake.endpointCounts()["GET /v1/me/top/artists"], 4);

    fake.fail("/v1/me/top", Fault::tooManyRequestsUntil(std::chrono::system_clock::from_time_t(1'795'197'600)), 1);
    fake.fail("/v1/me/top", Fault::tooManyRequestsHuge(), 1);
    EXPECT_EQ(api("/me/top/tracks", accessToken).headers.find("Retry-After")->second, "Fri, 20 Nov 2026 18:00:00 GMT");
    EXPECT_EQ(api("/me/top/tracks", accessToken).headers.find("Retry-After")->second, "86400");
}

TEST_F(FakeSpotifyTest, QuotaExceededAndBrokenAnswers)
{
    const std::string accessToken = token();
    fake.fail("/v1/me", Fault::quotaExceeded(3600), 1);
    const Answer quota = api("/me", accessToken);
    EXPECT_EQ(quota.status, 429);
    EXPECT_EQ(quota.body["error"]["reason"], "QUOTA_EXCEEDED");
    EXPECT_EQ(quota.headers.find("Retry-After")->second, "3600");

    fake.fail("/v1/me", Fault::malformedJson(), 1);
    const Answer truncated = api("/me", accessToken);
    EXPECT_EQ(truncated.status, 200);
    EXPECT_TRUE(truncated.body.is_discarded()) << "the body must not parse";

    fake.fail("/v1/me", Fault::forbidden(std::string(kUserNotRegistered)), 1);
    EXPECT_EQ(api("/me", accessToken).body["error"]["message"], kUserNotRegistered);
    fake.fail("/v1/me", Fault::serverError(503), 1);
    EXPECT_EQ(api("/me", accessToken).status, 503);
    fake.fail("/v1/me", Fault::dropConnection(), 1);
    EXPECT_EQ(api("/me", accessToken).status, 0) << "no answer at all";

    fake.fail("/v1/me", Fault::slow(60ms), 1);
    const auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(api("/me", accessToken).status, 200);
    EXPECT_GE(std::chrono::steady_clock::now() - start, 60ms);
}

TEST_F(FakeSpotifyTest, DevModeShapesLackRemovedFieldsAndExtendedQuotaHasThem)
{
    const std::string accessToken = token();
    const FakeArtist& artist = fake.catalogue().artists().front();
    const FakeAlbum& album = *fake.catalogue().album(artist.albumIds.front());
    const Answer devArtist = api("/artists/" + artist.id, accessToken);
    ASSERT_EQ(devArtist.status, 200);
    EXPECT_EQ(devArtist.body["name"], artist.name);
    for (const char* removed : {"popularity", "followers", "genres"}) {
        EXPECT_FALSE(devArtist.body.contains(removed)) << removed;
    }
    const Answer devTrack = api("/tracks/" + album.trackIds.front(), accessToken);
    for (const char* removed : {"popularity", "available_markets", "linked_from", "preview_url"}) {
        EXPECT_FALSE(devTrack.body.contains(removed)) << removed;
    }
    EXPECT_TRUE(devTrack.body["external_ids"].contains("isrc"));
    const Answer devAlbums = api("/artists/" + artist.id + "/albums?include_groups=album", accessToken);
    ASSERT_GE(devAlbums.body["items"].size(), 1U);
    EXPECT_FALSE(devAlbums.body["items"][0].contains("album_group"));
    const Answer devAlbum = api("/albums/" + album.id, accessToken);
    EXPECT_FALSE(devAlbum.body.contains("label"));
    EXPECT_EQ(devAlbum.body["tracks"]["total"], album.trackIds.size());
    const Answer blocked = api("/audio-features?ids=" + album.trackIds.front(), accessToken);
    EXPECT_EQ(blocked.status, 403);
    EXPECT_EQ(blocked.body["error"]["message"], "Forbidden");

    fake.setExtendedQuota(true);
    const Answer extended = api("/artists/" + artist.id, accessToken);
    EXPECT_EQ(extended.body["popularity"], artist.popularity);
    EXPECT_EQ(extended.body["followers"]["total"], artist.followers);
    EXPECT_TRUE(extended.body["genres"].is_array());
    EXPECT_EQ(api("/audio-features?ids=" + album.trackIds.front(), accessToken).status, 200);
}

TEST_F(FakeSpotifyTest, UnknownIdsAndPathsAre404)
{
    const std::string accessToken = token();
    const Answer unknown = api("/artists/0000000000000000000000", accessToken);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.body["error"]["status"], 404);
    EXPECT_EQ(api("/artists/not-an-id", accessToken).status, 400);
    EXPECT_EQ(api("/recommendations", accessToken).status, 404);
}

TEST_F(FakeSpotifyTest, SimulatedBrowserDeliversTheCodeToTheLoopbackReceiver)
{
    httplib::Server receiver;
    std::string receivedState;
    bool receivedCode = false;
    receiver.Get("/callback", [&](const httplib::Request& request, httplib::Response& response) {
        receivedState = request.get_param_value("state");
        receivedCode = !request.get_param_value("code").empty();
        response.set_content("You can close this tab.", "text/plain");
    });
    const int port = receiver.bind_to_any_port("127.0.0.1");
    std::thread thread([&] { receiver.listen_after_bind(); });

    const std::string redirect = "http://127.0.0.1:" + std::to_string(port) + "/callback";
    const BrowserVisit visit = simulateBrowser(authorizeUrl("user-top-read", "abc 123", redirect));
    receiver.stop();
    thread.join();
    EXPECT_EQ(visit.authorizeStatus, 302);
    EXPECT_EQ(visit.status, 200) << visit.error;
    EXPECT_EQ(visit.body, "You can close this tab.");
    EXPECT_EQ(receivedState, "abc 123");
    EXPECT_TRUE(receivedCode);
}

TEST_F(FakeSpotifyTest, RequestLogKnowsHeadersButNeverTheToken)
{
    const std::string accessToken = token();
    httplib::Client client(fake.apiBaseUrl().substr(0, fake.apiBaseUrl().size() - 3));
    const auto answer = client.Get(
        "/v1/me?market=SE",
        {{"Authorization", "Bearer " + accessToken}, {"User-Agent", "Tunescope/0.1"}, {"Accept-Encoding", "gzip"}});
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->get_header_value("Content-Encoding"), "gzip") << "JSON is gzipped for clients that ask";
    EXPECT_EQ(json::parse(answer->body, nullptr, false)["id"], fake.user().id);
    const auto log = fake.requests();
    ASSERT_EQ(log.size(), 1U);
    EXPECT_EQ(log[0].endpoint, "GET /v1/me");
    EXPECT_TRUE(log[0].hadAuthorization);
    EXPECT_EQ(log[0].userAgent, "Tunescope/0.1");
    EXPECT_EQ(log[0].acceptEncoding, "gzip");
    EXPECT_EQ(paramValue(log[0].query, "market"), "SE");
    EXPECT_EQ(log[0].status, 200);
    const std::string everything = log[0].path + log[0].userAgent + log[0].acceptEncoding + log[0].endpoint;
    EXPECT_EQ(everything.find(accessToken), std::string::npos);
}

TEST(FakeCatalogueTest, SameSeedSameCatalogue)
{
    const auto a = FakeCatalogue::generate({});
    const auto b = FakeCatalogue::generate({});
    ASSERT_EQ(a.tracks().size(), b.tracks().size());
    EXPECT_EQ(a.artists().front().id, b.artists().front().id);
    EXPECT_EQ(a.tracks().back().id, b.tracks().back().id);
    EXPECT_EQ(a.artists().size(), 100U);
    for (const auto& artist : a.artists()) {
        EXPECT_TRUE(isSpotifyId(artist.id));
        EXPECT_GE(artist.albumIds.size(), 3U);
        EXPECT_LE(artist.albumIds.size(), 6U);
    }
    EXPECT_NE(FakeCatalogue::generate({7, 100}).artists().front().id, a.artists().front().id);
}

} // namespace
} // namespace tunescope::fakes
