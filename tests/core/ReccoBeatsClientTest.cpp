// The ReccoBeats client against the fake ReccoBeats on 127.0.0.1, through the real stack (libcurl
// transport, its own request gate, the retrying client): the answer's shape, batching, unknown
// ids, rate limits, server failures and broken answers.

#include "FakeReccoBeats.h"
#include "FastForwardClock.h"

#include "enrich/FeatureJson.h"
#include "enrich/ReccoBeatsClient.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace tunescope::enrich {
namespace {

using namespace std::chrono_literals;

std::vector<std::string> trackIds(int count, const std::string& prefix = "0Track")
{
    std::vector<std::string> ids;
    for (int i = 0; i < count; ++i) {
        const std::string number = std::to_string(i);
        std::string id = prefix;
        id.append(22 - prefix.size() - number.size(), '0');
        id += number;
        ids.push_back(std::move(id));
    }
    return ids;
}

class ReccoBeats : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(fake.running());
        ReccoBeatsSettings settings;
        settings.baseUrl = fake.baseUrl();
        settings.clock = &clock;
        settings.cooldowns = &cooldowns;
        auto created = ReccoBeatsClient::create(settings);
        ASSERT_TRUE(created.ok()) << created.error().message;
        client = std::move(created).value();
    }

    fakes::FakeReccoBeats fake;
    testing::FastForwardClock clock;
    http::MemoryCooldownStore cooldowns;
    std::unique_ptr<ReccoBeatsClient> client;
};

TEST_F(ReccoBeats, FeaturesComeBackByTheSpotifyIdInHrefAndUnknownIdsAreMissing)
{
    const auto ids = trackIds(3);
    fake.addTrack(ids[0]);
    fake.setFeatures(ids[2], {{"danceability", 0.25}, {"key", 4}, {"mode", 0}, {"tempo", 99.5}});
    const auto features = client->audioFeatures(ids, {});
    ASSERT_TRUE(features.ok()) << features.error().message;
    ASSERT_EQ(features->size(), 2U);
    EXPECT_EQ(features->count(ids[1]), 0U);
    const auto truth = fakes::FakeReccoBeats::madeUpFeatures(ids[0]);
    const AudioFeatures& first = features->at(ids[0]);
    EXPECT_DOUBLE_EQ(first.energy.value_or(-1), truth["energy"].get<double>());
    EXPECT_EQ(first.key, truth["key"].get<int>());
    EXPECT_FALSE(first.durationMs.has_value()); // ReccoBeats sends none: missing, not 0
    EXPECT_FALSE(first.timeSignature.has_value());
    const AudioFeatures& third = features->at(ids[2]);
    EXPECT_DOUBLE_EQ(third.danceability.value_or(-1), 0.25);
    EXPECT_FALSE(third.energy.has_value());
    EXPECT_EQ(third.mode, 0);

    const auto requests = fake.requests();
    ASSERT_EQ(requests.size(), 1U);
    EXPECT_FALSE(requests[0].hadAuthorization); // no Spotify token ever goes to ReccoBeats
    EXPECT_NE(requests[0].userAgent.find("Tunescope/"), std::string::npos);
}

TEST_F(ReccoBeats, MoreThanFortyIdsAreSplitIntoRequestsTheServiceAccepts)
{
    const auto ids = trackIds(95);
    fake.addTracks(ids);
    const auto features = client->audioFeatures(ids, {});
    ASSERT_TRUE(features.ok()) << features.error().message;
    EXPECT_EQ(features->size(), 95U);
    EXPECT_EQ(fake.requestCount(), 3); // 40 + 40 + 15
    EXPECT_EQ(fake.askedIds(), ids);
}

TEST_F(ReccoBeats, AShortRateLimitIsWaitedOutAndALongOneBecomesACooldown)
{
    const auto ids = trackIds(2);
    fake.addTracks(ids);
    fake.fail("/v1/audio-features", fakes::Fault::tooManyRequests("3"));
    auto features = client->audioFeatures(ids, {});
    ASSERT_TRUE(features.ok()) << features.error().message;
    EXPECT_EQ(features->size(), 2U);
    ASSERT_FALSE(clock.waits().empty());
    EXPECT_GE(clock.waits().front(), 3s);

    fake.fail("/v1/audio-features", fakes::Fault::tooManyRequestsHuge());
    const UtcMs before = clock.now();
    features = client->audioFeatures(ids, {});
    ASSERT_FALSE(features.ok());
    EXPECT_EQ(features.error().code, ErrorCode::RateLimited);
    EXPECT_GE(features.error().retryAtMs, before + 86'000'000);
    // Until then nothing more is sent.
    const int sent = fake.requestCount();
    features = client->audioFeatures(ids, {});
    EXPECT_EQ(features.error().code, ErrorCode::RateLimited);
    EXPECT_EQ(fake.requestCount(), sent);
}

TEST_F(ReccoBeats, ServerErrorsAreRetriedAndPersistentOnesExplained)
{
    const auto ids = trackIds(1);
    fake.addTracks(ids);
    fake.fail("/v1/audio-features", fakes::Fault::serverError(503), 2);
    auto features = client->audioFeatures(ids, {});
    ASSERT_TRUE(features.ok()) << features.error().message;
    EXPECT_EQ(fake.requestCount(), 3);

    fake.fail("/v1/audio-features", fakes::Fault::serverError(500), 10);
    features = client->audioFeatures(ids, {});
    ASSERT_FALSE(features.ok());
    EXPECT_EQ(features.error().code, ErrorCode::Remote);
    EXPECT_NE(features.error().message.find("HTTP 500"), std::string::npos) << features.error().message;
}

TEST_F(ReccoBeats, BrokenAnswersAndRefusalsAreErrorsNotEmptyResults)
{
    const auto ids = trackIds(1);
    fake.addTracks(ids);
    fake.fail("/v1/audio-features", fakes::Fault::malformedJson());
    auto features = client->audioFeatures(ids, {});
    ASSERT_FALSE(features.ok());
    EXPECT_EQ(features.error().code, ErrorCode::Remote);
    EXPECT_NE(features.error().message.find("could not read"), std::string::npos);

    fakes::FakeReccoBeats strict(fakes::FakeReccoBeatsOptions{0, 10, {}});
    auto created = ReccoBeatsClient::create(ReccoBeatsSettings{strict.baseUrl(), &clock, nullptr, {}});
    ASSERT_TRUE(created.ok());
    features = (*created)->audioFeatures(trackIds(11), {}); // the real limit may be lower than 40
    ASSERT_FALSE(features.ok());
    EXPECT_NE(features.error().message.find("HTTP 400"), std::string::npos) << features.error().message;
    EXPECT_NE(features.error().message.find("Maximum 10 ids"), std::string::npos) << features.error().message;
}

TEST_F(ReccoBeats, BadIdsAndAStopSendNothing)
{
    auto features = client->audioFeatures({"0Track0000000000000001", "not an id/../x"}, {});
    ASSERT_FALSE(features.ok());
    EXPECT_EQ(features.error().code, ErrorCode::InvalidInput);
    std::stop_source stop;
    stop.request_stop();
    features = client->audioFeatures(trackIds(1), stop.get_token());
    EXPECT_EQ(features.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(fake.requestCount(), 0);
}

TEST(ReccoBeatsAddress, TheEnvironmentWinsThenTheSettingThenTheService)
{
    ::unsetenv("TUNESCOPE_RECCOBEATS_URL");
    EXPECT_EQ(reccoBeatsBaseUrl().value(), "https://api.reccobeats.com/v1");
    EXPECT_EQ(reccoBeatsBaseUrl(" https://proxy.example/reccobeats/v1/ ").value(),
              "https://proxy.example/reccobeats/v1");
    ::setenv("TUNESCOPE_RECCOBEATS_URL", "http://127.0.0.1:9/v1", 1);
    EXPECT_EQ(reccoBeatsBaseUrl("https://proxy.example/v1").value(), "http://127.0.0.1:9/v1");
    ::setenv("TUNESCOPE_RECCOBEATS_URL", "http://reccobeats.example/v1", 1); // plain http off this computer
    const auto refused = reccoBeatsBaseUrl();
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("ReccoBeats"), std::string::npos);
    ::unsetenv("TUNESCOPE_RECCOBEATS_URL");
}

TEST(ReccoBeatsJson, TheAnswerIsReadByHrefAndOddValuesStayMissing)
{
    const auto parsed = parseReccoBeatsAudioFeatures(
        R"({"content":[{"id":"0b5a7c5e-2f3a-4d7e-9c1b-123456789abc","href":"https://open.spotify.com/track/0Track0000000000000001",
            "acousticness":0.1,"danceability":1.7,"energy":null,"key":-1,"mode":1,"loudness":-7.5,"tempo":0,"valence":"0.5"},
           {"id":"x","href":"https://example.org/not-a-track"}, 7]})");
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    ASSERT_EQ(parsed->size(), 1U);
    const AudioFeatures& f = parsed->at("0Track0000000000000001");
    EXPECT_DOUBLE_EQ(f.acousticness.value_or(-1), 0.1);
    EXPECT_FALSE(f.danceability.has_value()); // outside 0..1
    EXPECT_FALSE(f.energy.has_value());
    EXPECT_FALSE(f.key.has_value());
    EXPECT_FALSE(f.tempo.has_value());
    EXPECT_FALSE(f.valence.has_value()); // a string, not a number
    EXPECT_EQ(f.mode, 1);
    EXPECT_FALSE(parseReccoBeatsAudioFeatures(R"({"content":[)").ok());
    EXPECT_FALSE(parseReccoBeatsAudioFeatures(R"({"items":[]})").ok());
    EXPECT_TRUE(parseReccoBeatsAudioFeatures(R"({"content":[]})").ok());
}

} // namespace
} // namespace tunescope::enrich
