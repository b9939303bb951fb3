// The feature provider chain over the real stack against the fake Spotify (403 for a Development
// Mode app, the old {"audio_features":[...]} with Extended Quota) and the fake ReccoBeats: cache
// first, Spotify when allowed, ReccoBeats for the rest, misses remembered, failures keep what
// came before.

#include "CoreTestHelpers.h"
#include "FakeReccoBeats.h"
#include "FakeSpotify.h"
#include "FastForwardClock.h"
#include "ManualClock.h"

#include "auth/EnvTokenProvider.h"
#include "enrich/FeatureCache.h"
#include "enrich/FeatureChain.h"
#include "enrich/ReccoBeatsClient.h"
#include "http/CurlTransport.h"
#include "http/HttpClient.h"
#include "spotify/SpotifyApi.h"
#include "store/SyncState.h"

#include <gtest/gtest.h>

namespace tunescope::enrich {
namespace {

using namespace std::chrono_literals;
using testing::queryInt;

constexpr auto kMonth = std::chrono::hours(24 * 31);

class FeatureChain : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(spotifyFake.running() && reccoFake.running());
        tokens = std::make_unique<auth::EnvTokenProvider>(spotifyFake.issueTokens({}).accessToken);
        api = std::make_unique<spotify::SpotifyApi>(spotifyHttp, *tokens, spotifyFake.apiBaseUrl());
        auto created = ReccoBeatsClient::create(ReccoBeatsSettings{reccoFake.baseUrl(), &httpClock, nullptr, {}});
        ASSERT_TRUE(created.ok()) << created.error().message;
        recco = std::move(created).value();
        options.clock = &clock;
    }

    // Track ids of the fake Spotify's catalogue.
    std::vector<std::string> catalogueIds(std::size_t from, std::size_t count) const
    {
        std::vector<std::string> ids;
        for (std::size_t i = from; i < from + count; ++i) {
            ids.push_back(spotifyFake.catalogue().tracks().at(i).id);
        }
        return ids;
    }

    Result<std::map<std::string, TrackFeatures>> fetch(const std::vector<std::string>& ids, bool withSpotify = true,
                                                       std::stop_token stop = {})
    {
        return fetchFeatures(
            db, FeatureProviders{withSpotify ? api.get() : nullptr, recco.get()}, options, ids,
            [this](int done, int total) { progress.emplace_back(done, total); }, stop, &report);
    }

    int spotifyFeatureRequests() const { return spotifyFake.requestCount("/v1/audio-features"); }

    fakes::FakeSpotify spotifyFake;
    fakes::FakeReccoBeats reccoFake;
    testing::FastForwardClock httpClock;
    http::CurlTransport transport;
    http::RequestGate gate{httpClock};
    http::MemoryCooldownStore cooldowns;
    http::HttpClient spotifyHttp{transport, httpClock, gate, cooldowns};
    std::unique_ptr<auth::EnvTokenProvider> tokens;
    std::unique_ptr<spotify::SpotifyApi> api;
    std::unique_ptr<ReccoBeatsClient> recco;
    testing::ManualClock clock; // the cache's idea of now: freshness is tested by moving it
    FeatureFetchOptions options;
    store::Database db = testing::freshDatabase();
    FeatureFetchReport report;
    std::vector<std::pair<int, int>> progress;
};

TEST_F(FeatureChain, ADevelopmentModeAppIsRefusedOnceThenReccoBeatsServesAndTheRefusalIsRemembered)
{
    const auto ids = catalogueIds(0, 3);
    reccoFake.addTrack(ids[0]);
    reccoFake.setFeatures(ids[1], {{"danceability", 0.4}, {"tempo", 101.0}}); // no energy: stays missing
    const auto known = fetch(ids);
    ASSERT_TRUE(known.ok()) << known.error().message;
    EXPECT_EQ(spotifyFeatureRequests(), 1);
    EXPECT_EQ(report.fromSpotify, 0);
    EXPECT_EQ(report.fromReccoBeats, 2);
    EXPECT_EQ(report.missing, 1);
    EXPECT_NE(report.spotifyNote.find("audio features"), std::string::npos) << report.spotifyNote;
    ASSERT_EQ(known->size(), 2U);
    EXPECT_EQ(known->at(ids[0]).source, FeatureSource::ReccoBeats);
    EXPECT_FALSE(known->at(ids[1]).features.energy.has_value());
    EXPECT_EQ(progress.back(), std::make_pair(3, 3));
    store::SyncState facts(db);
    EXPECT_EQ(facts.number(kSpotifyFeaturesRefusedAt).value(), clock.now());

    // A day later: Spotify is not asked again, nor ReccoBeats about what it lacked.
    clock.advance(24h);
    reccoFake.clearRequestLog();
    const auto more = catalogueIds(3, 1);
    reccoFake.addTrack(more[0]);
    std::vector<std::string> all = ids;
    all.push_back(more[0]);
    const auto again = fetch(all);
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(spotifyFeatureRequests(), 1);
    EXPECT_EQ(reccoFake.askedIds(), more);
    EXPECT_EQ(report.fromCache, 2);
    EXPECT_EQ(report.fromReccoBeats, 1);
    EXPECT_EQ(report.missing, 1);

    // A month on, Spotify gets another chance and the old miss is asked about again.
    clock.advance(kMonth);
    reccoFake.clearRequestLog();
    ASSERT_TRUE(fetch(all).ok());
    EXPECT_EQ(spotifyFeatureRequests(), 2);
    EXPECT_EQ(reccoFake.askedIds(), (std::vector<std::string>{ids[2]}));
}

TEST_F(FeatureChain, WithExtendedQuotaSpotifyAnswersFirstAndReccoBeatsOnlyWhatSpotifyLacks)
{
    spotifyFake.setExtendedQuota(true);
    ASSERT_TRUE(store::SyncState(db).set(kSpotifyFeaturesRefusedAt, clock.now() - 40LL * 24 * 3'600'000).ok());
    auto ids = catalogueIds(0, 2);
    const std::string notInSpotify = "0NotInSpotify000000001";
    ids.push_back(notInSpotify);
    reccoFake.addTracks(ids);
    const auto known = fetch(ids);
    ASSERT_TRUE(known.ok()) << known.error().message;
    EXPECT_EQ(report.fromSpotify, 2);
    EXPECT_EQ(report.fromReccoBeats, 1);
    EXPECT_TRUE(report.spotifyNote.empty()) << report.spotifyNote;
    EXPECT_EQ(known->at(ids[0]).source, FeatureSource::Spotify);
    EXPECT_EQ(known->at(ids[0]).features.durationMs, spotifyFake.catalogue().tracks()[0].durationMs);
    EXPECT_EQ(known->at(notInSpotify).source, FeatureSource::ReccoBeats);
    EXPECT_EQ(reccoFake.askedIds(), (std::vector<std::string>{notInSpotify}));
    // Spotify answering again clears the old refusal.
    EXPECT_FALSE(store::SyncState(db).number(kSpotifyFeaturesRefusedAt).value().has_value());
}

TEST_F(FeatureChain, OtherSpotifyFailuresSkipItForThisCallOnly)
{
    spotifyFake.setExtendedQuota(true);
    spotifyFake.fail("/v1/audio-features", fakes::Fault::serverError(503), 10);
    const auto ids = catalogueIds(0, 2);
    reccoFake.addTracks(ids);
    const auto known = fetch(ids);
    ASSERT_TRUE(known.ok()) << known.error().message;
    EXPECT_EQ(report.fromReccoBeats, 2);
    EXPECT_FALSE(report.spotifyNote.empty());
    EXPECT_FALSE(store::SyncState(db).number(kSpotifyFeaturesRefusedAt).value().has_value());
}

TEST_F(FeatureChain, ARateLimitFromReccoBeatsEndsTheCallAndKeepsTheBatchesBefore)
{
    const auto ids = catalogueIds(0, 45);
    reccoFake.addTracks(ids);
    reccoFake.fail("/v1/audio-features", fakes::Fault::slow(0ms));             // the first batch goes through
    reccoFake.fail("/v1/audio-features", fakes::Fault::tooManyRequestsHuge()); // the second is refused
    const auto known = fetch(ids, /*withSpotify=*/false);
    ASSERT_FALSE(known.ok());
    EXPECT_EQ(known.error().code, ErrorCode::RateLimited);
    EXPECT_GT(known.error().retryAtMs, 0);
    EXPECT_EQ(progress.back(), std::make_pair(40, 45));
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM track_features WHERE source = 2"), 40);
    // Nothing about the refused batch is remembered as "none found": a 429 is not an answer.
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM track_features WHERE source IS NULL"), 0);
}

TEST_F(FeatureChain, AStopBetweenBatchesEndsWithCancelledAndKeepsTheFirst)
{
    const auto ids = catalogueIds(0, 45);
    reccoFake.addTracks(ids);
    std::stop_source stop;
    const auto known = fetchFeatures(
        db, FeatureProviders{nullptr, recco.get()}, options, ids,
        [&stop](int done, int) {
            if (done > 0) {
                stop.request_stop();
            }
        },
        stop.get_token(), &report);
    ASSERT_FALSE(known.ok());
    EXPECT_EQ(known.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(reccoFake.requestCount(), 1);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM track_features"), 40);
}

TEST_F(FeatureChain, WithoutProvidersOnlyTheCacheAnswersAndNothingIsRememberedAsMissing)
{
    const auto ids = catalogueIds(0, 2);
    AudioFeatures imported;
    imported.energy = 0.5;
    ASSERT_TRUE(FeatureCache(db).put({ids[0], imported, FeatureSource::Dataset, 1}).ok());
    const auto known = fetchFeatures(db, FeatureProviders{}, options, ids, {}, {}, &report);
    ASSERT_TRUE(known.ok());
    EXPECT_EQ(known->size(), 1U);
    EXPECT_EQ(report.fromCache, 1);
    EXPECT_EQ(report.missing, 1);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM track_features"), 1);
}

TEST_F(FeatureChain, ABadIdIsRefusedBeforeAnyRequest)
{
    const auto known = fetch({"0Track0000000000000001", "spotify:track:0Track0000000000000002"});
    ASSERT_FALSE(known.ok());
    EXPECT_EQ(known.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(spotifyFeatureRequests(), 0);
    EXPECT_EQ(reccoFake.requestCount(), 0);
}

} // namespace
} // namespace tunescope::enrich
