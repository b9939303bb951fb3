// Login and sync against the fake Spotify (accounts + Web API on 127.0.0.1), through the real
// stack: libcurl transport, request gate, retrying client, cooldowns in the profile, PKCE login,
// rotating refresh tokens, the typed API, the store.

#include "CoreTestHelpers.h"
#include "FakeSpotify.h"
#include "FastForwardClock.h"

#include "auth/MemorySecretStore.h"
#include "store/Profile.h"
#include "store/SpotifyAccount.h"
#include "store/TopSnapshots.h"
#include "sync/SpotifyConnection.h"
#include "sync/SpotifySync.h"

#include <gtest/gtest.h>

#include <thread>

namespace tunescope {
namespace {

using testing::queryInt;

class SpotifySync : public ::testing::Test {
protected:
    void SetUp() override
    {
        profile = store::ProfileLocation{dir.path(), "default"};
        auto opened = store::openProfile(profile);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        db.emplace(std::move(opened).value());
        connection = makeConnection();
    }

    std::unique_ptr<sync::SpotifyConnection> makeConnection()
    {
        return std::make_unique<sync::SpotifyConnection>(
            sync::ConnectionSettings{profile, sync::SpotifyEndpoints{fake.apiBaseUrl(), fake.accountsBaseUrl()},
                                     fake.clientId(), &secrets, &clock});
    }

    // Logs in as the user would: the browser (simulated) follows the authorize URL.
    void logIn()
    {
        std::thread browser;
        const auto status = connection->login(
            *db, [&browser](const std::string& url) { browser = std::thread([url] { fakes::simulateBrowser(url); }); },
            {}, {});
        if (browser.joinable()) {
            browser.join();
        }
        ASSERT_TRUE(status.ok()) << status.error().message;
    }

    Result<sync::SyncReport> syncOnce(sync::SyncOptions options = {})
    {
        auto api = connection->api();
        if (!api) {
            return api.error();
        }
        return sync::syncSpotify(*db, **api, clock, options, {}, {});
    }

    std::vector<std::string> snapshotIds(store::TopListKind kind, store::TopListRange range)
    {
        auto snapshot = store::latestTopSnapshot(*db, kind, range);
        return snapshot && snapshot->has_value() ? (*snapshot)->spotifyIds : std::vector<std::string>{};
    }

    std::string secretKey() const { return sync::SpotifyConnection::secretKeyFor("default"); }

    testing::TempDir dir;
    fakes::FakeSpotify fake;
    testing::FastForwardClock clock;
    auth::MemorySecretStore secrets;
    store::ProfileLocation profile;
    std::optional<store::Database> db;
    std::unique_ptr<sync::SpotifyConnection> connection;
};

TEST_F(SpotifySync, LoginStoresTheRefreshTokenInTheSecretStoreAndTheAccountInTheProfile)
{
    logIn();
    const auto stored = secrets.read(secretKey());
    ASSERT_TRUE(stored.ok() && stored->has_value());
    const auto account = store::loadSpotifyAccount(*db);
    ASSERT_TRUE(account.ok() && account->has_value());
    EXPECT_EQ((*account)->userId, fake.user().id);
    EXPECT_EQ((*account)->clientId, fake.clientId());
    EXPECT_EQ(fake.grantedScopes(), (std::set<std::string>{"user-top-read", "user-read-recently-played",
                                                           "user-library-read", "playlist-read-private"}));
    // No secret in the database file.
    EXPECT_EQ(queryInt(*db, "SELECT COUNT(*) FROM spotify_account WHERE secret_key LIKE '%" + **stored + "%'"), 0);
}

TEST_F(SpotifySync, FirstSyncStoresEveryTopListRecentPlaysAndArtistsASecondAsksAlmostNothing)
{
    logIn();
    const auto& tracks = fake.catalogue().tracks();
    const UtcMs now = clock.now();
    fake.clearRecentPlays();
    fake.addRecentPlay(tracks[0].id, now - 3'600'000);
    fake.addRecentPlay(tracks[1].id, now - 3'000'000);
    fake.addRecentPlay(tracks[2].id, now - 2'000'000);
    fake.clearRequestLog();

    const auto first = syncOnce();
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_FALSE(first->stoppedEarly.has_value());
    EXPECT_TRUE(first->topListsTaken);
    for (const auto range : {fakes::TimeRange::ShortTerm, fakes::TimeRange::MediumTerm, fakes::TimeRange::LongTerm}) {
        const auto stored = static_cast<store::TopListRange>(static_cast<int>(range) + 1);
        EXPECT_EQ(snapshotIds(store::TopListKind::Artists, stored), fake.topArtistIds(range));
        EXPECT_EQ(snapshotIds(store::TopListKind::Tracks, stored), fake.topTrackIds(range));
    }
    EXPECT_EQ(first->recentFetched, 3U);
    EXPECT_EQ(first->recentAdded, 3U);
    EXPECT_EQ(queryInt(*db, "SELECT COUNT(*) FROM plays WHERE source = 3"), 3);
    EXPECT_EQ(static_cast<int>(first->requests), fake.requestCount("/v1/")); // the client counts what it sent
    EXPECT_EQ(static_cast<int>(first->artistsFetched), fake.requestCount("/v1/artists/"));
    // Every artist the synced tracks name is now known in full.
    EXPECT_EQ(queryInt(*db, "SELECT COUNT(*) FROM spotify_artists WHERE complete = 0"), 0);

    // Within the freshness time: only recently played is asked, with the cursor.
    fake.clearRequestLog();
    fake.addRecentPlay(tracks[3].id, now - 1'000'000);
    const auto second = syncOnce();
    ASSERT_TRUE(second.ok()) << second.error().message;
    EXPECT_EQ(second->requests, 1U) << ::testing::PrintToString(fake.endpointCounts());
    EXPECT_EQ(fake.requestCount("/v1/me/player/recently-played"), 1);
    EXPECT_EQ(second->recentAdded, 1U);
    EXPECT_EQ(queryInt(*db, "SELECT COUNT(*) FROM plays WHERE source = 3"), 4);
}

TEST_F(SpotifySync, ALongRateLimitStopsTheSyncKeepsWhatWasDoneAndSurvivesARestart)
{
    logIn();
    fake.fail("/v1/me/top/tracks", fakes::Fault::tooManyRequestsHuge());
    const auto report = syncOnce();
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_TRUE(report->stoppedEarly.has_value());
    EXPECT_EQ(report->stoppedEarly->code, ErrorCode::RateLimited);
    EXPECT_GE(report->stoppedEarly->retryAtMs, clock.now() + 86'000'000);
    // The three artist lists came before the refusal and stay.
    EXPECT_FALSE(snapshotIds(store::TopListKind::Artists, store::TopListRange::LongTerm).empty());
    EXPECT_TRUE(snapshotIds(store::TopListKind::Tracks, store::TopListRange::ShortTerm).empty());

    // A new session (the app restarted) does not ask Spotify before the cooldown ends.
    connection = makeConnection();
    fake.clearRequestLog();
    const auto again = syncOnce();
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE(again->stoppedEarly.has_value());
    EXPECT_EQ(again->stoppedEarly->code, ErrorCode::RateLimited);
    EXPECT_EQ(fake.requestCount("/v1/"), 0);
    // Nor the accounts service: the new session's access token would only be wasted.
    EXPECT_EQ(fake.requestCount("/api/token"), 0);
}

// Regression: the sync after a stopped one took every top list again, so the lists taken before
// the stop had two snapshots minutes apart (and a sync killed mid-lists gave a different history
// than an uninterrupted one).
TEST_F(SpotifySync, AfterAStopTheNextSyncTakesOnlyTheMissingListsAndStillCompletesTheirArtists)
{
    logIn();
    fake.fail("/v1/me/top/tracks", fakes::Fault::tooManyRequests("7200"));
    const auto stopped = syncOnce();
    ASSERT_TRUE(stopped.ok() && stopped->stoppedEarly.has_value());
    EXPECT_EQ(queryInt(*db, "SELECT COUNT(*) FROM top_snapshots"), 3); // the artist lists

    ASSERT_TRUE(clock.sleepFor(std::chrono::hours(3), {})); // the cooldown is over, the lists still fresh
    fake.clearRequestLog();
    const auto resumed = syncOnce();
    ASSERT_TRUE(resumed.ok()) << resumed.error().message;
    EXPECT_FALSE(resumed->stoppedEarly.has_value()) << resumed->stoppedEarly->message;
    EXPECT_EQ(fake.requestCount("/v1/me/top/artists"), 0);
    EXPECT_EQ(queryInt(*db, "SELECT COUNT(*) FROM top_snapshots"), 6);
    EXPECT_EQ(queryInt(*db, "SELECT COUNT(DISTINCT kind * 10 + time_range) FROM top_snapshots"), 6);
    for (const auto range : {fakes::TimeRange::ShortTerm, fakes::TimeRange::MediumTerm, fakes::TimeRange::LongTerm}) {
        const auto stored = static_cast<store::TopListRange>(static_cast<int>(range) + 1);
        EXPECT_EQ(snapshotIds(store::TopListKind::Artists, stored), fake.topArtistIds(range));
        EXPECT_EQ(snapshotIds(store::TopListKind::Tracks, stored), fake.topTrackIds(range));
    }
    // As after an uninterrupted sync: every artist the synced tracks name is known in full.
    EXPECT_EQ(queryInt(*db, "SELECT COUNT(*) FROM spotify_artists WHERE complete = 0"), 0);

    // A day later every list is due again, and taken once.
    ASSERT_TRUE(clock.sleepFor(std::chrono::hours(24), {}));
    ASSERT_TRUE(syncOnce().ok());
    EXPECT_EQ(queryInt(*db, "SELECT COUNT(*) FROM top_snapshots"), 12);
}

// Regression: artists left without details by a stopped sync were asked for only when the top
// lists were next due (20 hours later), so a crash or a cooldown during that step left them bare.
TEST_F(SpotifySync, ArtistDetailsAStoppedSyncDidNotFetchAreFetchedByTheNextOne)
{
    logIn();
    for (const auto range : {fakes::TimeRange::ShortTerm, fakes::TimeRange::MediumTerm, fakes::TimeRange::LongTerm}) {
        fake.setTopArtistIds(range, {fake.catalogue().artists().at(0).id}); // the tracks' artists need details
    }
    fake.fail("/v1/artists/", fakes::Fault::tooManyRequests("7200"));
    const auto stopped = syncOnce();
    ASSERT_TRUE(stopped.ok() && stopped->stoppedEarly.has_value());
    ASSERT_GT(queryInt(*db, "SELECT COUNT(*) FROM spotify_artists WHERE complete = 0"), 0);

    ASSERT_TRUE(clock.sleepFor(std::chrono::hours(3), {})); // the cooldown is over, the lists still fresh
    fake.clearRequestLog();
    const auto resumed = syncOnce();
    ASSERT_TRUE(resumed.ok()) << resumed.error().message;
    EXPECT_FALSE(resumed->stoppedEarly.has_value()) << resumed->stoppedEarly->message;
    EXPECT_EQ(fake.requestCount("/v1/me/top/"), 0);
    EXPECT_GT(resumed->artistsFetched, 0U);
    EXPECT_EQ(queryInt(*db, "SELECT COUNT(*) FROM spotify_artists WHERE complete = 0"), 0);
}

TEST_F(SpotifySync, ARevokedAccessTokenIsRefreshedOnceAndTheRotatedRefreshTokenIsKept)
{
    logIn();
    const auto before = secrets.read(secretKey());
    fake.revokeAccessTokens();
    const auto report = syncOnce(sync::SyncOptions{.recentOnly = true});
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(fake.tokenCounters().refreshes, 1);
    const auto after = secrets.read(secretKey());
    ASSERT_TRUE(after.ok() && after->has_value());
    EXPECT_NE(**after, **before); // rotated, and stored
}

TEST_F(SpotifySync, AnExpiredLoginAsksToLogInAgainWithoutLooping)
{
    logIn();
    fake.expireAllRefreshTokens();
    fake.revokeAccessTokens();
    const auto report = syncOnce(sync::SyncOptions{.recentOnly = true});
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::LoginRequired);
    EXPECT_NE(report.error().message.find("log in again"), std::string::npos) << report.error().message;
    EXPECT_FALSE(secrets.read(secretKey())->has_value()); // the dead login is gone
    const int tokenRequests = fake.tokenCounters().tokenRequests();
    EXPECT_FALSE(syncOnce(sync::SyncOptions{.recentOnly = true}).ok());
    EXPECT_EQ(fake.tokenCounters().tokenRequests(), tokenRequests);
}

TEST_F(SpotifySync, ServerErrorsAreRetriedAndAUserNotOnTheAllowListIsToldWhatToDo)
{
    logIn();
    fake.fail("/v1/me/player/recently-played", fakes::Fault::serverError(503), 2);
    auto report = syncOnce(sync::SyncOptions{.recentOnly = true});
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_FALSE(report->stoppedEarly.has_value());
    EXPECT_EQ(fake.requestCount("/v1/me/player/recently-played"), 3);

    fake.fail("/v1/me/player/recently-played",
              fakes::Fault::forbidden("User not registered in the Developer Dashboard"));
    report = syncOnce(sync::SyncOptions{.recentOnly = true});
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::Forbidden);
    EXPECT_NE(report.error().message.find("User Management"), std::string::npos) << report.error().message;
}

TEST_F(SpotifySync, WithoutALoginTheUserIsToldToLogIn)
{
    const auto report = syncOnce();
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::LoginRequired);
    EXPECT_EQ(fake.requestCount("/"), 0);
}

} // namespace
} // namespace tunescope
