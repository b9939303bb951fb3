// The fault matrix: every endpoint family Tunescope calls, against every kind of server trouble,
// through the real stack (libcurl on 127.0.0.1, the retrying client with its cooldowns, token
// refresh, the typed clients and, for the enrichments, the profile they store into). Each cell
// expects one outcome: retried (the call succeeds with the right answer), cooled down
// (RateLimited with a stored "wait until", and the next call sends nothing), a clear message, or
// "log in again" (and no loop). In every cell: no hang (a watchdog stops a call after 20 s and
// the cell fails), nothing wrong stored, nothing sent to another host. docs/fault-matrix.md is
// the table, with the older tests that cover single cells in more depth.

#include "CoreTestHelpers.h"
#include "FakeMusicBrainz.h"
#include "FakeReccoBeats.h"
#include "FakeSpotify.h"
#include "FastForwardClock.h"
#include "RawHttpGet.h"
#include "TestSupport.h"

#include "auth/AuthorizationRequest.h"
#include "auth/MemorySecretStore.h"
#include "auth/Pkce.h"
#include "auth/RefreshingTokenProvider.h"
#include "auth/TokenClient.h"
#include "enrich/FeatureChain.h"
#include "enrich/GenreEnrichment.h"
#include "enrich/MusicBrainzClient.h"
#include "enrich/ReccoBeatsClient.h"
#include "http/CurlTransport.h"
#include "http/HttpClient.h"
#include "spotify/SpotifyApi.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <condition_variable>
#include <iterator>
#include <mutex>
#include <ostream>
#include <thread>
#include <tuple>

namespace tunescope {
namespace {

using namespace std::chrono_literals;
using fakes::Fault;

enum class Family {
    TokenExchange,
    TokenRefresh,
    Profile,
    TopLists,
    RecentlyPlayed,
    Search,
    Catalogue,
    SavedTracks,
    MusicBrainz,
    ReccoBeats
};

enum class Trouble {
    RateLimitWithoutRetryAfter,
    RateLimitRetryAfterZero,
    RateLimitRetryAfterSeconds,
    RateLimitLowerCaseHeader,
    RateLimitForHours,
    QuotaExceeded,
    ServerErrorBurst,
    Timeout,
    ResetMidResponse,
    TruncatedBody,
    HtmlWith200,
    HtmlWith502,
    UnauthorizedMidSequence,
    LoginEnded,
    RedirectElsewhere,
    MalformedJson
};

enum class Outcome { Retried, CooledDown, Message, LogInAgain, NotApplicable };

constexpr Family kFamilies[] = {Family::TokenExchange,  Family::TokenRefresh, Family::Profile,   Family::TopLists,
                                Family::RecentlyPlayed, Family::Search,       Family::Catalogue, Family::SavedTracks,
                                Family::MusicBrainz,    Family::ReccoBeats};
constexpr Trouble kTroubles[] = {Trouble::RateLimitWithoutRetryAfter,
                                 Trouble::RateLimitRetryAfterZero,
                                 Trouble::RateLimitRetryAfterSeconds,
                                 Trouble::RateLimitLowerCaseHeader,
                                 Trouble::RateLimitForHours,
                                 Trouble::QuotaExceeded,
                                 Trouble::ServerErrorBurst,
                                 Trouble::Timeout,
                                 Trouble::ResetMidResponse,
                                 Trouble::TruncatedBody,
                                 Trouble::HtmlWith200,
                                 Trouble::HtmlWith502,
                                 Trouble::UnauthorizedMidSequence,
                                 Trouble::LoginEnded,
                                 Trouble::RedirectElsewhere,
                                 Trouble::MalformedJson};

bool isAccounts(Family family)
{
    return family == Family::TokenExchange || family == Family::TokenRefresh;
}

bool isSpotifyApi(Family family)
{
    return !isAccounts(family) && family != Family::MusicBrainz && family != Family::ReccoBeats;
}

// The table itself (docs/fault-matrix.md shows it).
Outcome expected(Family family, Trouble trouble)
{
    switch (trouble) {
    case Trouble::RateLimitWithoutRetryAfter:
    case Trouble::RateLimitRetryAfterZero:
    case Trouble::RateLimitRetryAfterSeconds:
    case Trouble::RateLimitLowerCaseHeader:
    case Trouble::ServerErrorBurst:
    case Trouble::Timeout: return Outcome::Retried;
    case Trouble::RateLimitForHours:
    case Trouble::QuotaExceeded: return Outcome::CooledDown;
    case Trouble::ResetMidResponse:
    case Trouble::TruncatedBody:
        // The accounts service handled the request before the answer broke off: the code is
        // spent, the refresh token rotated, and the new one never arrived. The retry is refused.
        return isAccounts(family) ? Outcome::LogInAgain : Outcome::Retried;
    case Trouble::HtmlWith200:
    case Trouble::HtmlWith502:
    case Trouble::RedirectElsewhere:
    case Trouble::MalformedJson: return Outcome::Message;
    case Trouble::UnauthorizedMidSequence: return isSpotifyApi(family) ? Outcome::Retried : Outcome::Message;
    case Trouble::LoginEnded:
        return isAccounts(family) || isSpotifyApi(family) ? Outcome::LogInAgain : Outcome::NotApplicable;
    }
    return Outcome::NotApplicable;
}

std::string nameOf(Family family)
{
    switch (family) {
    case Family::TokenExchange: return "TokenExchange";
    case Family::TokenRefresh: return "TokenRefresh";
    case Family::Profile: return "Me";
    case Family::TopLists: return "TopListsPaged";
    case Family::RecentlyPlayed: return "RecentlyPlayed";
    case Family::Search: return "Search";
    case Family::Catalogue: return "Catalogue";
    case Family::SavedTracks: return "SavedTracksPaged";
    case Family::MusicBrainz: return "MusicBrainzGenres";
    case Family::ReccoBeats: return "ReccoBeatsFeatures";
    }
    return "?";
}

std::string nameOf(Trouble trouble)
{
    switch (trouble) {
    case Trouble::RateLimitWithoutRetryAfter: return "RateLimitWithoutRetryAfter";
    case Trouble::RateLimitRetryAfterZero: return "RateLimitRetryAfterZero";
    case Trouble::RateLimitRetryAfterSeconds: return "RateLimitRetryAfterSeconds";
    case Trouble::RateLimitLowerCaseHeader: return "RateLimitLowerCaseHeader";
    case Trouble::RateLimitForHours: return "RateLimitForHours";
    case Trouble::QuotaExceeded: return "QuotaExceeded";
    case Trouble::ServerErrorBurst: return "ServerErrorBurst";
    case Trouble::Timeout: return "Timeout";
    case Trouble::ResetMidResponse: return "ResetMidResponse";
    case Trouble::TruncatedBody: return "TruncatedBody";
    case Trouble::HtmlWith200: return "HtmlWith200";
    case Trouble::HtmlWith502: return "HtmlWith502";
    case Trouble::UnauthorizedMidSequence: return "UnauthorizedMidSequence";
    case Trouble::LoginEnded: return "LoginEnded";
    case Trouble::RedirectElsewhere: return "RedirectElsewhere";
    case Trouble::MalformedJson: return "MalformedJson";
    }
    return "?";
}

// How gtest names a cell's parts in its messages.
void PrintTo(Family family, std::ostream* out)
{
    *out << nameOf(family);
}

void PrintTo(Trouble trouble, std::ostream* out)
{
    *out << nameOf(trouble);
}

using Cell = std::tuple<Family, Trouble>;

// Cells an older test already proves against the same fakes and store (docs/fault-matrix.md names
// each one): not repeated here.
const Cell kProvenElsewhere[] = {
    {Family::RecentlyPlayed, Trouble::ServerErrorBurst},        // SpotifySync.ServerErrorsAreRetried...
    {Family::RecentlyPlayed, Trouble::UnauthorizedMidSequence}, // SpotifySync.ARevokedAccessTokenIsRefreshedOnce...
    {Family::RecentlyPlayed, Trouble::LoginEnded},              // SpotifySync.AnExpiredLoginAsksToLogInAgain...
    {Family::TopLists, Trouble::RateLimitForHours},             // SpotifySync.ALongRateLimitStopsTheSync...
    {Family::MusicBrainz, Trouble::ServerErrorBurst},           // GenreEnrichment.ABusyMusicBrainzIsWaitedOut...
    {Family::MusicBrainz, Trouble::RateLimitRetryAfterSeconds}, // MusicBrainz.BusyAnswersAreWaitedOut...
    {Family::MusicBrainz, Trouble::MalformedJson},              // GenreEnrichment.HostileAnswersLeaveTheDatabase...
    {Family::ReccoBeats, Trouble::RateLimitRetryAfterSeconds},  // ReccoBeats.AShortRateLimitIsWaitedOut...
    {Family::ReccoBeats, Trouble::RateLimitForHours},           // ReccoBeats.AShortRateLimitIsWaitedOut...
    {Family::ReccoBeats, Trouble::ServerErrorBurst},            // ReccoBeats.ServerErrorsAreRetried...
    {Family::ReccoBeats, Trouble::MalformedJson},               // ReccoBeats.BrokenAnswersAndRefusals...
};

std::vector<Cell> cellsToRun()
{
    std::vector<Cell> cells;
    for (const Family family : kFamilies) {
        for (const Trouble trouble : kTroubles) {
            const Cell cell{family, trouble};
            if (expected(family, trouble) != Outcome::NotApplicable &&
                std::find(std::begin(kProvenElsewhere), std::end(kProvenElsewhere), cell) ==
                    std::end(kProvenElsewhere)) {
                cells.push_back(cell);
            }
        }
    }
    return cells;
}

// Where a family's trouble strikes: requests to `path`, after `answeredFirst` of them went well
// (the second page of a paged list; the artist lookup after MusicBrainz's search).
struct Target {
    std::string path;
    int answeredFirst = 0;
};

// Every request with a short timeout, so that a slow answer times out within a test's time.
class ShortTimeoutSender final : public http::HttpSender {
public:
    static constexpr std::chrono::milliseconds kTimeout{500};
    explicit ShortTimeoutSender(http::HttpSender& inner) : inner_(inner) {}
    Result<http::HttpResponse> send(const http::HttpRequest& request, std::stop_token stop) override
    {
        http::HttpRequest shortened = request;
        shortened.timeout = kTimeout;
        return inner_.send(shortened, std::move(stop));
    }

private:
    http::HttpSender& inner_;
};

fakes::FakeMusicBrainzOptions unpaced()
{
    fakes::FakeMusicBrainzOptions options;
    options.minInterval = 0ms; // the pace has its own tests; here every try may come at once
    return options;
}

// A Spotify-shaped id for test tracks ("0Fault00000000000000001").
std::string trackId(int number)
{
    const std::string digits = std::to_string(number);
    return "0Fault" + std::string(22 - 6 - digits.size(), '0') + digits;
}

class FaultMatrix : public ::testing::TestWithParam<Cell> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(spotify.running() && musicBrainz.running() && reccoBeats.running() && elsewhere.running());
        const auto grant = spotify.issueTokens({"user-top-read", "user-read-recently-played", "user-library-read"});
        accessToken = grant.accessToken;
        refreshToken = grant.refreshToken;
        ASSERT_TRUE(secrets.write(kSecretKey, refreshToken).ok());
        const bool refreshFirst = family() == Family::TokenRefresh; // no access token yet: the first call refreshes
        tokens = std::make_unique<auth::RefreshingTokenProvider>(
            tokenClient, secrets, clock, kSecretKey,
            auth::TokenSet{refreshFirst ? std::string() : accessToken, refreshToken,
                           refreshFirst ? 0 : clock.now() + 3'600'000, grant.scope});
        api = std::make_unique<spotify::SpotifyApi>(spotifyHttp, *tokens, spotify.apiBaseUrl());
        if (family() == Family::TokenExchange) {
            authorize();
        }
        musicBrainz.addArtist({fakes::FakeMusicBrainz::mbidFor(1), "Velvet Harbour", {{"indie rock", 3}}, {}, "", 100});
        testing::storePlays(
            db, {testing::musicPlay("Velvet Harbour", "Song", "Album", "2024-03-10T20:00:00Z", 600'000)}, "history");
        reccoBeats.addTrack(trackId(1));
    }

    [[nodiscard]] static Family family() { return std::get<0>(GetParam()); }
    [[nodiscard]] static Trouble trouble() { return std::get<1>(GetParam()); }

    // An authorization code, as the browser would bring it to the loopback receiver.
    void authorize()
    {
        auto generated = auth::pkce::generateVerifier();
        ASSERT_TRUE(generated.ok());
        verifier = *generated;
        redirectUri = auth::loopbackRedirectUri(9); // never visited: the code is read off the redirect
        const auto visit = fakes::rawHttpGet(auth::authorizeUrl(auth::AuthorizationRequest{
            spotify.accountsBaseUrl(), spotify.clientId(), redirectUri, auth::pkce::challengeS256(verifier),
            "fault-matrix-state", std::string(auth::kLoginScopes)}));
        const auto location = visit.header("Location");
        ASSERT_TRUE(location.has_value()) << visit.status;
        const auto query = http::formDecode(location->substr(location->find('?') + 1));
        ASSERT_TRUE(query.has_value());
        for (const auto& [name, value] : *query) {
            if (name == "code") {
                code = value;
            }
        }
        ASSERT_FALSE(code.empty());
    }

    [[nodiscard]] Target target() const
    {
        switch (family()) {
        case Family::TokenExchange:
        case Family::TokenRefresh: return {"/api/token", 0};
        case Family::Profile: return {"/v1/me", 0};
        case Family::TopLists: return {"/v1/me/top/artists", 1};
        case Family::RecentlyPlayed: return {"/v1/me/player/recently-played", 0};
        case Family::Search: return {"/v1/search", 0};
        case Family::Catalogue: return {"/v1/artists/", 0};
        case Family::SavedTracks: return {"/v1/me/tracks", 1};
        case Family::MusicBrainz: return {"/ws/2/artist/", 0};
        case Family::ReccoBeats: return {"/v1/audio-features", 0};
        }
        return {};
    }

    void fail(const std::string& path, const Fault& fault, int times)
    {
        switch (family()) {
        case Family::MusicBrainz: musicBrainz.fail(path, fault, times); break;
        case Family::ReccoBeats: reccoBeats.fail(path, fault, times); break;
        default: spotify.fail(path, fault, times); break;
        }
    }

    [[nodiscard]] std::size_t pendingFaults() const
    {
        return musicBrainz.pendingFaults() + reccoBeats.pendingFaults() + spotify.pendingFaults();
    }

    // Requests that reached the family's server.
    [[nodiscard]] std::size_t requestsSeen() const
    {
        switch (family()) {
        case Family::MusicBrainz: return musicBrainz.requests().size();
        case Family::ReccoBeats: return reccoBeats.requests().size();
        default: return spotify.requests().size();
        }
    }

    void script()
    {
        const Target where = target();
        if (where.answeredFirst > 0) {
            fail(where.path, Fault::answerNormally(), where.answeredFirst);
        }
        const int tries =
            family() == Family::MusicBrainz ? musicBrainzHttp.policy().maxAttempts : spotifyHttp.policy().maxAttempts;
        switch (trouble()) {
        case Trouble::RateLimitWithoutRetryAfter: fail(where.path, Fault::tooManyRequests(), 1); break;
        case Trouble::RateLimitRetryAfterZero: fail(where.path, Fault::tooManyRequests("0"), 1); break;
        case Trouble::RateLimitRetryAfterSeconds: fail(where.path, Fault::tooManyRequests("3"), 1); break;
        case Trouble::RateLimitLowerCaseHeader: fail(where.path, Fault::tooManyRequestsLowerCaseHeader(2), 1); break;
        case Trouble::RateLimitForHours: fail(where.path, Fault::tooManyRequests("7200"), 1); break;
        case Trouble::QuotaExceeded: fail(where.path, Fault::quotaExceeded(), 1); break;
        case Trouble::ServerErrorBurst:
            fail(where.path, Fault::serverError(502), 1);
            fail(where.path, Fault::serverError(503), 1);
            break;
        case Trouble::Timeout: fail(where.path, Fault::slow(ShortTimeoutSender::kTimeout * 4), 1); break;
        case Trouble::ResetMidResponse: fail(where.path, Fault::cutBody(0), 1); break;
        case Trouble::TruncatedBody: fail(where.path, Fault::cutBody(10), 1); break;
        case Trouble::HtmlWith200: fail(where.path, Fault::htmlPage(200), 1); break;
        case Trouble::HtmlWith502: fail(where.path, Fault::htmlPage(502), tries); break;
        case Trouble::UnauthorizedMidSequence: fail(where.path, Fault::unauthorized(), 1); break;
        case Trouble::LoginEnded:
            spotify.expireAuthorizationCodes();
            spotify.expireAllRefreshTokens();
            spotify.revokeAccessTokens();
            break;
        case Trouble::RedirectElsewhere:
            fail(where.path, Fault::redirect(isAccounts(family()) ? 307 : 302, elsewhere.baseUrl() + where.path), 1);
            break;
        case Trouble::MalformedJson: fail(where.path, Fault::malformedJson(), 1); break;
        }
    }

    // The family's call: how many things came back (items, lookups stored, tokens), or the error.
    Result<std::size_t> call(std::stop_token stop)
    {
        const auto count = [](const auto& result, const auto& size) -> Result<std::size_t> {
            if (!result) {
                return result.error();
            }
            return size(*result);
        };
        const auto items = [](const auto& page) { return page.items.size(); };
        const auto one = [](const auto&) { return std::size_t{1}; };
        switch (family()) {
        case Family::TokenExchange: return count(tokenClient.exchangeCode(code, verifier, redirectUri, stop), one);
        case Family::TokenRefresh: return count(tokens->accessToken(stop), one);
        case Family::Profile: return count(api->me(stop), one);
        case Family::TopLists: return count(api->topArtists(spotify::TimeRange::MediumTerm, stop), items);
        case Family::RecentlyPlayed: return count(api->recentlyPlayed(std::nullopt, stop), items);
        case Family::Search: return count(api->searchArtists(spotify.catalogue().artists().at(0).name, 0, stop), items);
        case Family::Catalogue: return count(api->artist(spotify.catalogue().artists().at(0).id, stop), one);
        case Family::SavedTracks: return count(api->savedTracks(stop), items);
        case Family::MusicBrainz: {
            const auto summary = enrich::enrichGenres(db, musicBrainzClient, {}, {}, stop, clock);
            if (summary.error) {
                return *summary.error;
            }
            return summary.lookedUp;
        }
        case Family::ReccoBeats: {
            enrich::FeatureFetchOptions options;
            options.clock = &clock;
            return count(enrich::fetchFeatures(db, enrich::FeatureProviders{nullptr, &reccoBeatsClient}, options,
                                               {trackId(1), trackId(2)}, {}, stop),
                         [](const auto& features) { return features.size(); });
        }
        }
        return makeError(ErrorCode::InvalidInput, "no such family");
    }

    // The call, stopped by a watchdog if it ever takes 20 s (it then fails the cell).
    Result<std::size_t> boundedCall()
    {
        std::stop_source stopper;
        std::mutex mutex;
        std::condition_variable_any finished;
        std::jthread watchdog([&](std::stop_token done) {
            std::unique_lock lock(mutex);
            if (!finished.wait_for(lock, done, 20s, [] { return false; }) && !done.stop_requested()) {
                stopper.request_stop();
            }
        });
        auto result = call(stopper.get_token());
        watchdog.request_stop();
        watchdog.join();
        EXPECT_FALSE(stopper.stop_requested()) << "the call hung and had to be stopped";
        return result;
    }

    // What a successful call must have brought and stored.
    void expectTheRightAnswer(std::size_t got)
    {
        switch (family()) {
        case Family::TopLists: EXPECT_EQ(got, spotify.topArtistIds(fakes::TimeRange::MediumTerm).size()); break;
        case Family::SavedTracks: EXPECT_EQ(got, spotify.savedTracks().size()); break;
        case Family::RecentlyPlayed: EXPECT_EQ(got, 50U); break;
        case Family::Search: EXPECT_GE(got, 1U); break;
        case Family::TokenRefresh: EXPECT_NE(storedRefreshToken(), refreshToken); break; // rotated and kept
        case Family::MusicBrainz:
            EXPECT_EQ(testing::queryInt(db, "SELECT count(*) FROM artist_genre_lookups WHERE outcome = 1"), 1);
            EXPECT_EQ(testing::queryInt(db, "SELECT count(*) FROM artist_genres WHERE genre = 'indie rock'"), 1);
            break;
        case Family::ReccoBeats:
            EXPECT_EQ(got, 1U);
            EXPECT_EQ(testing::queryInt(db, "SELECT count(*) FROM track_features WHERE source = 2"), 1);
            EXPECT_EQ(testing::queryInt(db, "SELECT count(*) FROM track_features WHERE source IS NULL"), 1);
            break;
        default: EXPECT_EQ(got, 1U); break;
        }
    }

    // After a failed call: nothing was stored as if it were the answer (no "none found", no genre,
    // no features) and the login kept stays as it was.
    void expectNothingWrongStored(Outcome outcome)
    {
        EXPECT_EQ(testing::queryInt(db, "SELECT count(*) FROM artist_genre_lookups"), 0);
        EXPECT_EQ(testing::queryInt(db, "SELECT count(*) FROM artist_genres"), 0);
        EXPECT_EQ(testing::queryInt(db, "SELECT count(*) FROM track_features"), 0);
        if (family() == Family::TokenRefresh && outcome != Outcome::LogInAgain) {
            EXPECT_EQ(storedRefreshToken(), refreshToken);
        }
    }

    std::string storedRefreshToken()
    {
        auto stored = secrets.read(kSecretKey);
        return stored && stored->has_value() ? **stored : std::string();
    }

    void expectNoSecretIn(const std::string& message) const
    {
        for (const auto& secret : spotify.secretsSeen()) {
            EXPECT_EQ(message.find(secret), std::string::npos) << "a secret in the message";
        }
    }

    static constexpr const char* kSecretKey = "tunescope/default/spotify";

    fakes::FakeSpotify spotify;
    fakes::FakeMusicBrainz musicBrainz{unpaced()};
    fakes::FakeReccoBeats reccoBeats;
    fakes::FakeReccoBeats elsewhere; // another host, for redirects: never asked
    testing::FastForwardClock clock;
    http::CurlTransport transport;
    ShortTimeoutSender shortTimeout{transport};
    http::RequestGate gate{clock, http::HostPacing{0ms, 4}};
    http::MemoryCooldownStore cooldowns;
    http::HttpClient spotifyHttp{shortTimeout, clock, gate, cooldowns, http::RetryPolicy{}, 7};
    http::HttpClient musicBrainzHttp{
        shortTimeout, clock, gate, cooldowns, enrich::MusicBrainzSettings::defaultRetry(), 7};
    http::HttpClient reccoBeatsHttp{shortTimeout, clock, gate, cooldowns, enrich::ReccoBeatsSettings{}.retry, 7};
    auth::MemorySecretStore secrets;
    auth::TokenClient tokenClient{spotifyHttp, clock, spotify.clientId(), spotify.accountsBaseUrl()};
    enrich::MusicBrainzClient musicBrainzClient{musicBrainzHttp, musicBrainz.baseUrl()};
    enrich::ReccoBeatsClient reccoBeatsClient{reccoBeatsHttp, reccoBeats.baseUrl()};
    store::Database db = testing::freshDatabase();
    std::unique_ptr<auth::RefreshingTokenProvider> tokens;
    std::unique_ptr<spotify::SpotifyApi> api;
    std::string accessToken;
    std::string refreshToken;
    std::string code;
    std::string verifier;
    std::string redirectUri;
};

TEST_P(FaultMatrix, EachTroubleEndsAsTheTableSaysWithoutAHangOrAWrongValueStored)
{
    const Outcome outcome = expected(family(), trouble());
    script();
    const auto started = clock.now();
    const auto result = boundedCall();

    EXPECT_EQ(pendingFaults(), 0U) << "the scripted trouble never reached the client";
    EXPECT_TRUE(elsewhere.requests().empty()) << "a redirect was followed to another host";
    switch (outcome) {
    case Outcome::Retried:
        ASSERT_TRUE(result.ok()) << result.error().message;
        expectTheRightAnswer(*result);
        if (trouble() == Trouble::RateLimitRetryAfterSeconds || trouble() == Trouble::RateLimitLowerCaseHeader) {
            const auto asked = trouble() == Trouble::RateLimitRetryAfterSeconds ? 3s : 2s;
            const auto waits = clock.waits();
            EXPECT_TRUE(std::any_of(waits.begin(), waits.end(), [&](auto wait) { return wait >= asked; }))
                << "Retry-After was not honoured";
        }
        if (trouble() == Trouble::UnauthorizedMidSequence) {
            EXPECT_EQ(spotify.tokenCounters().refreshes, 1);
        }
        return;
    case Outcome::CooledDown: {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::RateLimited) << result.error().message;
        EXPECT_GE(result.error().retryAtMs, started + 3'600'000) << "an hour or more asked for";
        const auto host = http::hostOf(family() == Family::MusicBrainz  ? musicBrainz.baseUrl()
                                       : family() == Family::ReccoBeats ? reccoBeats.baseUrl()
                                       : isAccounts(family())           ? spotify.accountsBaseUrl()
                                                                        : spotify.apiBaseUrl());
        EXPECT_EQ(cooldowns.cooldownUntil(host), std::optional<UtcMs>(result.error().retryAtMs));
        expectNothingWrongStored(outcome);
        const auto asked = requestsSeen();
        const auto again = call({});
        ASSERT_FALSE(again.ok());
        EXPECT_EQ(again.error().code, ErrorCode::RateLimited);
        EXPECT_EQ(requestsSeen(), asked) << "asked again during the cooldown";
        return;
    }
    case Outcome::Message:
        ASSERT_FALSE(result.ok());
        EXPECT_NE(result.error().code, ErrorCode::RateLimited);
        EXPECT_GT(result.error().message.size(), 20U) << result.error().message;
        EXPECT_EQ(result.error().message.find('<'), std::string::npos) << "an HTML page repeated to the user";
        expectNoSecretIn(result.error().message);
        expectNothingWrongStored(outcome);
        return;
    case Outcome::LogInAgain: {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::LoginRequired) << result.error().message;
        EXPECT_NE(result.error().message.find("log in again"), std::string::npos) << result.error().message;
        expectNoSecretIn(result.error().message);
        expectNothingWrongStored(outcome);
        if (family() != Family::TokenExchange) {
            // The dead login is forgotten, and asking again sends nothing: no loop.
            EXPECT_EQ(storedRefreshToken(), "");
            const auto asked = spotify.requests().size();
            EXPECT_FALSE(call({}).ok());
            EXPECT_EQ(spotify.requests().size(), asked);
        }
        return;
    }
    case Outcome::NotApplicable: break;
    }
    FAIL() << "no cell for this combination";
}

INSTANTIATE_TEST_SUITE_P(AllFamilies, FaultMatrix, ::testing::ValuesIn(cellsToRun()),
                         [](const ::testing::TestParamInfo<Cell>& cell) {
                             return nameOf(std::get<0>(cell.param)) + "_" + nameOf(std::get<1>(cell.param));
                         });

} // namespace
} // namespace tunescope
