// The MusicBrainz client against the fake MusicBrainz on 127.0.0.1, through the real stack
// (libcurl transport, its own request gate, the retrying client): the three calls and their
// shapes, the User-Agent, the one-request-per-second pace (the fake answers 503 to anything
// faster, and no test may ever trigger that), 503/429 backoff and hostile answers.

#include "FastForwardClock.h"
#include "MusicBrainzFixture.h"

#include "enrich/MusicBrainzClient.h"
#include "util/ProjectInfo.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

namespace tunescope::enrich {
namespace {

using namespace std::chrono_literals;

const std::string kSpotifyArtist = "4Z8W4fKeB5YxbusRsdQVPb";

fakes::FakeMusicBrainzArtist band(int number, std::string name)
{
    return fakes::FakeMusicBrainzArtist{fakes::FakeMusicBrainz::mbidFor(number), std::move(name), {}, {}, {}, 100};
}

using MusicBrainz = testing::MusicBrainzFixture;

TEST_F(MusicBrainz, ASpotifyArtistLinkedInMusicBrainzGivesItsMbidAndEveryRequestSaysWhoAsks)
{
    auto artist = band(1, "Radiohead");
    fake.addArtist(artist);
    fake.linkSpotifyArtist(kSpotifyArtist, artist.mbid);

    const auto linked = client->artistsLinkedToSpotify(kSpotifyArtist, {});
    ASSERT_TRUE(linked.ok()) << linked.error().message;
    EXPECT_EQ(*linked, std::vector<std::string>{artist.mbid});

    const auto requests = fake.requests();
    ASSERT_EQ(requests.size(), 1U);
    EXPECT_EQ(requests[0].path, "/ws/2/url");
    EXPECT_EQ(fakes::paramValue(requests[0].query, "resource"), "https://open.spotify.com/artist/" + kSpotifyArtist);
    EXPECT_EQ(fakes::paramValue(requests[0].query, "inc"), "artist-rels");
    EXPECT_EQ(fakes::paramValue(requests[0].query, "fmt"), "json");
    // MusicBrainz asks for "Application/version ( contact )".
    EXPECT_EQ(requests[0].userAgent, defaultUserAgent());
    EXPECT_EQ(requests[0].userAgent,
              "Tunescope/" + std::string(projectVersion()) + " ( " + std::string(projectContactUrl()) + " )");
    EXPECT_FALSE(projectVersion().empty());
    EXPECT_NE(projectContactUrl().find("://"), std::string_view::npos);
}

TEST_F(MusicBrainz, ASpotifyArtistNobodyLinkedIsMusicBrainzs404AndComesBackAsNoArtist)
{
    const auto linked = client->artistsLinkedToSpotify(kSpotifyArtist, {});
    ASSERT_TRUE(linked.ok()) << linked.error().message;
    EXPECT_TRUE(linked->empty());
    EXPECT_EQ(fake.requests().at(0).status, 404);
    EXPECT_EQ(client->requestsSent(), 1U); // a 404 is an answer, not a failure to retry
}

TEST_F(MusicBrainz, ABare404FromSomethingElseIsAnErrorNotANoArtistAnswer)
{
    // A proxy or web server at a mistyped address says 404 in HTML: storing that as "nobody
    // linked this artist" would hide the artist from every later lookup.
    fake.answerNext(fakes::Reply{404, "<html><body>Not Found</body></html>", "text/html", {}});
    const auto linked = client->artistsLinkedToSpotify(kSpotifyArtist, {});
    ASSERT_FALSE(linked.ok());
    EXPECT_EQ(linked.error().code, ErrorCode::Remote);
    EXPECT_NE(linked.error().message.find("check the MusicBrainz address"), std::string::npos)
        << linked.error().message;
}

TEST_F(MusicBrainz, AnArtistsGenresAndTagsComeWithTheirVotes)
{
    auto artist = band(2, "Björk");
    artist.genres = {{"art pop", 7}, {"electronic", 4}};
    artist.tags = {{"icelandic", 9}, {"art pop", 7}};
    fake.addArtist(artist);

    const auto found = client->artistGenres(artist.mbid, {});
    ASSERT_TRUE(found.ok()) << found.error().message;
    EXPECT_EQ(found->mbid, artist.mbid);
    EXPECT_EQ(found->name, "Björk");
    ASSERT_EQ(found->genres.size(), 2U);
    EXPECT_EQ(found->genres[0].name, "art pop");
    EXPECT_EQ(found->genres[0].count, 7);
    ASSERT_EQ(found->tags.size(), 2U);
    EXPECT_EQ(found->tags[0].name, "icelandic");
    EXPECT_EQ(fakes::paramValue(fake.requests().at(0).query, "inc"), "genres tags"); // inc=genres+tags

    const auto gone = client->artistGenres(fakes::FakeMusicBrainz::mbidFor(99), {});
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(client->artistGenres("not-an-mbid", {}).ok()); // refused before anything is sent
    EXPECT_EQ(fake.requestCount(), 2);
}

TEST_F(MusicBrainz, ANameSearchEscapesLuceneAndReturnsCandidatesWithScores)
{
    fake.addArtist(band(3, "AC/DC \"Live\" (1979)"));
    fake.addArtist(band(4, "AC/DC \"Live\" (1979) Tribute"));
    EXPECT_EQ(luceneArtistQuery(" AC/DC \"Live\" (1979) "), R"x("AC\/DC \"Live\" \(1979\)")x");
    EXPECT_EQ(luceneArtistQuery("a+b-c&&d||e!f{g}[h]^i~j*k?l:m\\n"),
              R"x("a\+b\-c\&\&d\|\|e\!f\{g\}\[h\]\^i\~j\*k\?l\:m\\n")x");

    const auto found = client->searchArtists("AC/DC \"Live\" (1979)", {});
    ASSERT_TRUE(found.ok()) << found.error().message;
    ASSERT_EQ(found->size(), 2U);
    EXPECT_EQ((*found)[0].name, "AC/DC \"Live\" (1979)");
    EXPECT_EQ((*found)[0].score, 100);
    EXPECT_EQ((*found)[1].score, 60);
    EXPECT_EQ(fakes::paramValue(fake.requests().at(0).query, "limit"), "5");
}

TEST_F(MusicBrainz, BusyAnswersAreWaitedOutAndRetriedAtTheSamePace)
{
    fake.addArtist(band(5, "Portishead"));
    fake.refuseNext(2, 503);
    fake.refuseNext(1, 429, 3);
    const auto found = client->searchArtists("Portishead", {});
    ASSERT_TRUE(found.ok()) << found.error().message;
    EXPECT_EQ(found->size(), 1U);
    EXPECT_EQ(fake.requestCount(), 4);
    const auto waits = paceClock.waits();
    EXPECT_NE(std::find(waits.begin(), waits.end(), 3s), waits.end()) << "Retry-After: 3 was not honoured";
    // Never two requests within a second, retries included.
    EXPECT_EQ(fake.busiestWindow(1000ms), 1);
}

TEST_F(MusicBrainz, AServerThatStaysBusyEndsTheCallWithAClearMessageAfterAFewTries)
{
    fake.refuseNext(10, 503);
    const auto found = client->searchArtists("Anyone", {});
    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error().code, ErrorCode::Remote);
    EXPECT_NE(found.error().message.find("MusicBrainz is busy"), std::string::npos) << found.error().message;
    EXPECT_EQ(fake.requestCount(), MusicBrainzSettings::defaultRetry().maxAttempts);
}

TEST_F(MusicBrainz, HostileAnswersAreReportedAsUnreadableAndUsableItemsSurvive)
{
    const auto mbid = fakes::FakeMusicBrainz::mbidFor(6);
    for (const char* body : {"<html>busy</html>", "[]", "{\"id\":\"x\"}", "{\"artists\":{\"a\":1}}", "{\"genres\":"}) {
        fake.answerNext(fakes::Reply{200, body, "application/json", {}});
        const auto found = client->artistGenres(mbid, {});
        ASSERT_FALSE(found.ok()) << body;
        EXPECT_EQ(found.error().code, ErrorCode::Remote) << body;
        EXPECT_NE(found.error().message.find("could not read"), std::string::npos) << found.error().message;
    }
    const std::string longName(500, 'x');
    fake.answerNext(fakes::Reply{
        200,
        R"({"id":")" + mbid + R"(","name":"Someone","tags":null,"genres":[)" +
            R"({"name":"rock","count":3},{"name":5,"count":1},{"name":")" + longName +
            R"(","count":2},{"name":"bad\ncontrol","count":2},{"name":"jazz","count":"many"},)" + R"(null,"x"]})",
        "application/json",
        {}});
    const auto found = client->artistGenres(mbid, {});
    ASSERT_TRUE(found.ok()) << found.error().message;
    ASSERT_EQ(found->genres.size(), 1U);
    EXPECT_EQ(found->genres[0].name, "rock");
    EXPECT_TRUE(found->tags.empty());

    fake.answerNext(fakes::jsonReply(nlohmann::json{{"relations", "none"}}));
    EXPECT_FALSE(client->artistsLinkedToSpotify(kSpotifyArtist, {}).ok());
}

TEST(MusicBrainzPace, TheDefaultIsOneRequestPerSecondInRealTimeTheFirstAtOnce)
{
    // The real one-second limit on the steady clock, forgiving the scheduling jitter of a loaded
    // machine between the client's start and the fake's receipt (the virtual-clock tests are exact).
    fakes::FakeMusicBrainzOptions options;
    options.tolerance = 100ms;
    fakes::FakeMusicBrainz fake(options);
    ASSERT_TRUE(fake.running());
    MusicBrainzSettings settings;
    settings.baseUrl = fake.baseUrl();
    auto client = MusicBrainzClient::create(settings);
    ASSERT_TRUE(client.ok()) << client.error().message;
    const auto start = std::chrono::steady_clock::now();
    ASSERT_TRUE((*client)->searchArtists("One", {}).ok());
    EXPECT_LT(std::chrono::steady_clock::now() - start, 500ms); // nothing to wait for yet
    ASSERT_TRUE((*client)->searchArtists("Two", {}).ok());
    ASSERT_TRUE((*client)->searchArtists("Three", {}).ok());
    const auto arrivals = fake.arrivals();
    ASSERT_EQ(arrivals.size(), 3U);
    EXPECT_GE(arrivals[2] - arrivals[0], 1900);
    EXPECT_EQ(fake.tooFast(), 0);
}

TEST(MusicBrainzPace, OnlyAMirrorMayBeAskedFasterThanOncePerSecond)
{
    ::unsetenv("TUNESCOPE_MUSICBRAINZ_INTERVAL_MS");
    EXPECT_EQ(musicBrainzInterval("http://127.0.0.1:5000/ws/2").value(), 1000ms);
    ::setenv("TUNESCOPE_MUSICBRAINZ_INTERVAL_MS", "50", 1);
    EXPECT_EQ(musicBrainzInterval("http://127.0.0.1:5000/ws/2").value(), 50ms);
    EXPECT_EQ(musicBrainzInterval("https://musicbrainz.org/ws/2").value(), 1000ms);
    EXPECT_EQ(musicBrainzInterval("https://beta.musicbrainz.org/ws/2").value(), 1000ms);
    ::setenv("TUNESCOPE_MUSICBRAINZ_INTERVAL_MS", "fast", 1);
    const auto bad = musicBrainzInterval("http://127.0.0.1:5000/ws/2");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("TUNESCOPE_MUSICBRAINZ_INTERVAL_MS"), std::string::npos);
    ::unsetenv("TUNESCOPE_MUSICBRAINZ_INTERVAL_MS");

    // An explicit setting below a second is raised for musicbrainz.org itself, whoever asks.
    testing::FastForwardClock clock;
    MusicBrainzSettings settings;
    settings.minInterval = 10ms;
    settings.clock = &clock;
    auto client = MusicBrainzClient::create(settings);
    ASSERT_TRUE(client.ok());
    EXPECT_EQ((*client)->baseUrl(), "https://musicbrainz.org/ws/2");
    EXPECT_EQ((*client)->minInterval(), 1000ms);
    settings.baseUrl = "http://127.0.0.1:5000/ws/2";
    EXPECT_EQ(MusicBrainzClient::create(settings).value()->minInterval(), 10ms);
}

TEST(MusicBrainzAddress, TheEnvironmentWinsThenTheSettingThenMusicBrainzOrg)
{
    ::unsetenv("TUNESCOPE_MUSICBRAINZ_URL");
    EXPECT_EQ(musicBrainzBaseUrl().value(), "https://musicbrainz.org/ws/2");
    EXPECT_EQ(musicBrainzBaseUrl(" https://mirror.example.org/ws/2/ ").value(), "https://mirror.example.org/ws/2");
    ::setenv("TUNESCOPE_MUSICBRAINZ_URL", "http://127.0.0.1:9/ws/2", 1);
    EXPECT_EQ(musicBrainzBaseUrl("https://mirror.example.org/ws/2").value(), "http://127.0.0.1:9/ws/2");
    ::setenv("TUNESCOPE_MUSICBRAINZ_URL", "http://mirror.example.org/ws/2", 1); // plain http off this computer
    const auto refused = musicBrainzBaseUrl();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message.rfind("The MusicBrainz address ", 0), 0U) << refused.error().message;
    ::unsetenv("TUNESCOPE_MUSICBRAINZ_URL");
}

} // namespace
} // namespace tunescope::enrich
