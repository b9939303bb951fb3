// Keeping an access token valid: when to refresh, what gets stored, one refresh for many
// threads, and a dead login that stays quiet.

#include "auth/RefreshingTokenProvider.h"
#include "auth/EnvTokenProvider.h"
#include "auth/MemorySecretStore.h"

#include "ManualClock.h"
#include "ScriptedHttpSender.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <thread>

namespace tunescope::auth {
namespace {

using namespace std::chrono_literals;
using testing::ManualClock;
using testing::ScriptedHttpSender;

const std::string kKey = "profile-1/spotify-user";
constexpr UtcMs kStart = 1'700'000'000'000;

// A store that can be told to fail, and remembers what it was asked.
class RecordingStore final : public SecretStore {
public:
    Result<std::optional<std::string>> read(const std::string& key) override { return memory_.read(key); }
    Status write(const std::string& key, const std::string& secret) override
    {
        ++writes;
        if (failWrites) {
            return makeError(ErrorCode::Io, "The keychain is locked.");
        }
        return memory_.write(key, secret);
    }
    Status remove(const std::string& key) override
    {
        ++removals;
        return memory_.remove(key);
    }
    [[nodiscard]] std::string describe() const override { return "the test keychain"; }

    std::optional<std::string> stored(const std::string& key) { return memory_.read(key).value(); }

    bool failWrites = false;
    std::atomic<int> writes{0};
    std::atomic<int> removals{0};

private:
    MemorySecretStore memory_;
};

void expectNoSecretIn(const Error& error)
{
    for (const char* secret : {"ACCESS-", "REFRESH-"}) {
        EXPECT_EQ(error.message.find(secret), std::string::npos) << "an error message carries a token";
    }
}

// Threads report through this instead of value(), which would end the whole test binary.
std::string tokenOrError(const Result<std::string>& token)
{
    return token.ok() ? *token : "error: " + token.error().message;
}

class RefreshingTokenProviderTest : public ::testing::Test {
protected:
    TokenSet loggedIn(UtcMs expiresAt) { return TokenSet{"ACCESS-0", "REFRESH-0", expiresAt, "user-top-read"}; }

    // A token answer with rotated tokens "ACCESS-n" / "REFRESH-n".
    void replyTokens(int n, int expiresIn = 3600)
    {
        sender_.reply(200, R"({"access_token":"ACCESS-)" + std::to_string(n) +
                               R"(","token_type":"Bearer","expires_in":)" + std::to_string(expiresIn) +
                               R"(,"refresh_token":"REFRESH-)" + std::to_string(n) + R"("})");
    }

    ManualClock clock_{kStart};
    ScriptedHttpSender sender_;
    RecordingStore store_;
    TokenClient client_{sender_, clock_, "client-id"};
};

TEST_F(RefreshingTokenProviderTest, RefreshesSixtySecondsBeforeExpiryAndNotEarlier)
{
    RefreshingTokenProvider tokens(client_, store_, clock_, kKey, loggedIn(kStart + 3'600'000));
    clock_.advance(3'600'000ms - 61s);
    EXPECT_EQ(tokenOrError(tokens.accessToken({})), "ACCESS-0");
    EXPECT_EQ(sender_.requestCount(), 0U);

    clock_.advance(1s); // now exactly 60 s before expiry
    replyTokens(1);
    EXPECT_EQ(tokenOrError(tokens.accessToken({})), "ACCESS-1");
    EXPECT_EQ(sender_.requestCount(), 1U);
    EXPECT_NE(sender_.lastBody().find("refresh_token=REFRESH-0"), std::string::npos);

    // The new token is good for another hour.
    clock_.advance(30min);
    EXPECT_EQ(tokenOrError(tokens.accessToken({})), "ACCESS-1");
    EXPECT_EQ(sender_.requestCount(), 1U);
}

TEST_F(RefreshingTokenProviderTest, StoresEveryRotatedRefreshTokenBeforeHandingOutTheAccessToken)
{
    RefreshingTokenProvider tokens(client_, store_, clock_, kKey, loggedIn(kStart));
    replyTokens(1);
    ASSERT_EQ(tokenOrError(tokens.accessToken({})), "ACCESS-1");
    EXPECT_EQ(store_.stored(kKey), "REFRESH-1");

    clock_.advance(1h);
    replyTokens(2);
    ASSERT_EQ(tokenOrError(tokens.accessToken({})), "ACCESS-2");
    EXPECT_EQ(store_.stored(kKey), "REFRESH-2");
    EXPECT_NE(sender_.lastBody().find("refresh_token=REFRESH-1"), std::string::npos) << "the rotated token is used";
}

TEST_F(RefreshingTokenProviderTest, AnAnswerWithoutANewRefreshTokenKeepsTheOldOne)
{
    RefreshingTokenProvider tokens(client_, store_, clock_, kKey, loggedIn(kStart));
    sender_.reply(200, R"({"access_token":"ACCESS-1","token_type":"Bearer","expires_in":3600})");
    ASSERT_EQ(tokenOrError(tokens.accessToken({})), "ACCESS-1");
    EXPECT_EQ(store_.stored(kKey), "REFRESH-0");
    clock_.advance(1h);
    replyTokens(2);
    ASSERT_TRUE(tokens.accessToken({}).ok());
    EXPECT_NE(sender_.lastBody().find("refresh_token=REFRESH-0"), std::string::npos);
}

TEST_F(RefreshingTokenProviderTest, StartsFromTheStoredRefreshToken)
{
    ASSERT_TRUE(store_.write(kKey, "REFRESH-0").ok());
    auto tokens = RefreshingTokenProvider::fromStore(client_, store_, clock_, kKey);
    ASSERT_TRUE(tokens.ok());
    EXPECT_EQ(sender_.requestCount(), 0U) << "nothing is sent before a token is needed";
    replyTokens(1);
    EXPECT_EQ(tokenOrError((*tokens)->accessToken({})), "ACCESS-1");
    EXPECT_NE(sender_.lastBody().find("refresh_token=REFRESH-0"), std::string::npos);
    EXPECT_EQ(store_.stored(kKey), "REFRESH-1");
}

TEST_F(RefreshingTokenProviderTest, NothingStoredMeansLoginRequired)
{
    const auto tokens = RefreshingTokenProvider::fromStore(client_, store_, clock_, kKey);
    ASSERT_FALSE(tokens.ok());
    EXPECT_EQ(tokens.error().code, ErrorCode::LoginRequired);
}

TEST_F(RefreshingTokenProviderTest, RacingThreadsShareOneRefresh)
{
    RefreshingTokenProvider tokens(client_, store_, clock_, kKey, loggedIn(kStart));
    replyTokens(1);
    std::atomic<bool> inFlight{false};
    sender_.setOnSend([&] {
        inFlight = true;
        std::this_thread::sleep_for(50ms); // the other threads now queue behind this refresh
    });
    std::vector<std::string> results(6);
    {
        std::vector<std::jthread> threads;
        threads.emplace_back([&] { results[0] = tokenOrError(tokens.accessToken({})); });
        while (!inFlight) {
            std::this_thread::yield();
        }
        for (std::size_t i = 1; i < results.size(); ++i) {
            threads.emplace_back([&, i] { results[i] = tokenOrError(tokens.accessToken({})); });
        }
    }
    EXPECT_EQ(sender_.requestCount(), 1U);
    for (const auto& result : results) {
        EXPECT_EQ(result, "ACCESS-1");
    }
    EXPECT_EQ(store_.writes.load(), 1);
}

TEST_F(RefreshingTokenProviderTest, ThreadsWaitingOnAFailedRefreshShareItsErrorWithoutRetrying)
{
    RefreshingTokenProvider tokens(client_, store_, clock_, kKey, loggedIn(kStart));
    sender_.fail(makeError(ErrorCode::Network, "No answer from accounts.spotify.com."));
    std::atomic<bool> inFlight{false};
    sender_.setOnSend([&] {
        inFlight = true;
        std::this_thread::sleep_for(50ms);
    });
    std::vector<ErrorCode> codes(2);
    {
        std::jthread first([&] {
            const auto token = tokens.accessToken({});
            codes[0] = token.ok() ? ErrorCode::InvalidInput : token.error().code;
        });
        while (!inFlight) {
            std::this_thread::yield();
        }
        std::jthread second([&] {
            const auto token = tokens.accessToken({});
            codes[1] = token.ok() ? ErrorCode::InvalidInput : token.error().code;
        });
    }
    EXPECT_EQ(sender_.requestCount(), 1U);
    EXPECT_EQ(codes[0], ErrorCode::Network);
    EXPECT_EQ(codes[1], ErrorCode::Network);

    // A later call tries again.
    sender_.setOnSend(nullptr);
    replyTokens(1);
    EXPECT_EQ(tokenOrError(tokens.accessToken({})), "ACCESS-1");
    EXPECT_EQ(sender_.requestCount(), 2U);
}

TEST_F(RefreshingTokenProviderTest, InvalidGrantForgetsTheLoginAndStopsAsking)
{
    ASSERT_TRUE(store_.write(kKey, "REFRESH-0").ok());
    RefreshingTokenProvider tokens(client_, store_, clock_, kKey, loggedIn(kStart));
    sender_.reply(400, R"({"error":"invalid_grant","error_description":"Refresh token revoked"})");

    const auto first = tokens.accessToken({});
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().code, ErrorCode::LoginRequired);
    EXPECT_NE(first.error().message.find("log in again"), std::string::npos);
    expectNoSecretIn(first.error());
    EXPECT_FALSE(store_.stored(kKey).has_value()) << "the dead refresh token is removed";
    EXPECT_TRUE(tokens.loginRequired());

    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(tokens.accessToken({}).error().code, ErrorCode::LoginRequired);
        EXPECT_EQ(tokens.renewAfterUnauthorized("ACCESS-0", {}).error().code, ErrorCode::LoginRequired);
    }
    EXPECT_EQ(sender_.requestCount(), 1U) << "no request after the login ended";

    // A new login brings it back.
    ASSERT_TRUE(tokens.adoptLogin(TokenSet{"ACCESS-9", "REFRESH-9", clock_.now() + 3'600'000, ""}).ok());
    EXPECT_EQ(store_.stored(kKey), "REFRESH-9");
    EXPECT_EQ(tokenOrError(tokens.accessToken({})), "ACCESS-9");
}

TEST_F(RefreshingTokenProviderTest, RenewAfterUnauthorizedRefreshesOnlyWhenNobodyElseDid)
{
    RefreshingTokenProvider tokens(client_, store_, clock_, kKey, loggedIn(kStart + 3'600'000));
    // The API refused ACCESS-0 although it looked valid (revoked early): refresh.
    replyTokens(1);
    EXPECT_EQ(tokenOrError(tokens.renewAfterUnauthorized("ACCESS-0", {})), "ACCESS-1");
    EXPECT_EQ(sender_.requestCount(), 1U);

    // Another request that had been sent with ACCESS-0 comes back 401 too: ACCESS-1 is already there.
    EXPECT_EQ(tokenOrError(tokens.renewAfterUnauthorized("ACCESS-0", {})), "ACCESS-1");
    EXPECT_EQ(sender_.requestCount(), 1U);

    // ACCESS-1 itself refused: refresh again.
    replyTokens(2);
    EXPECT_EQ(tokenOrError(tokens.renewAfterUnauthorized("ACCESS-1", {})), "ACCESS-2");
    EXPECT_EQ(sender_.requestCount(), 2U);
    EXPECT_EQ(store_.stored(kKey), "REFRESH-2");
}

TEST_F(RefreshingTokenProviderTest, NetworkTroublePassesThroughAndTheNextCallRetries)
{
    RefreshingTokenProvider tokens(client_, store_, clock_, kKey, loggedIn(kStart));
    sender_.fail(makeError(ErrorCode::Network, "No answer from accounts.spotify.com."));
    const auto failed = tokens.accessToken({});
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::Network);
    EXPECT_FALSE(tokens.loginRequired());
    EXPECT_EQ(store_.removals.load(), 0) << "a network error keeps the login";

    replyTokens(1);
    EXPECT_EQ(tokenOrError(tokens.accessToken({})), "ACCESS-1");
}

TEST_F(RefreshingTokenProviderTest, AFailedSaveIsReportedOnceAndTheSessionGoesOn)
{
    RefreshingTokenProvider tokens(client_, store_, clock_, kKey, loggedIn(kStart));
    store_.failWrites = true;
    replyTokens(1);
    const auto first = tokens.accessToken({});
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().code, ErrorCode::Io);
    EXPECT_NE(first.error().message.find("the test keychain"), std::string::npos);
    expectNoSecretIn(first.error());

    EXPECT_EQ(tokenOrError(tokens.accessToken({})), "ACCESS-1");
    EXPECT_EQ(sender_.requestCount(), 1U);
}

TEST_F(RefreshingTokenProviderTest, AStopWhileWaitingForAnotherRefreshCancels)
{
    RefreshingTokenProvider tokens(client_, store_, clock_, kKey, loggedIn(kStart));
    replyTokens(1);
    std::atomic<bool> inFlight{false};
    std::atomic<bool> release{false};
    sender_.setOnSend([&] {
        inFlight = true;
        while (!release) {
            std::this_thread::sleep_for(1ms);
        }
    });
    std::jthread first([&] { EXPECT_TRUE(tokens.accessToken({}).ok()); });
    while (!inFlight) {
        std::this_thread::yield();
    }
    std::stop_source stop;
    stop.request_stop();
    const auto waiting = tokens.accessToken(stop.get_token());
    release = true;
    ASSERT_FALSE(waiting.ok());
    EXPECT_EQ(waiting.error().code, ErrorCode::Cancelled);
}

TEST(EnvTokenProvider, HandsOutTheGivenTokenAndCannotRenewIt)
{
    EnvTokenProvider provider("ENV-ACCESS-TOKEN");
    EXPECT_EQ(provider.accessToken({}).value(), "ENV-ACCESS-TOKEN");
    const auto renewed = provider.renewAfterUnauthorized("ENV-ACCESS-TOKEN", {});
    ASSERT_FALSE(renewed.ok());
    EXPECT_EQ(renewed.error().code, ErrorCode::LoginRequired);
    EXPECT_NE(renewed.error().message.find("TUNESCOPE_SPOTIFY_TOKEN was refused (expired?)"), std::string::npos);
    EXPECT_EQ(renewed.error().message.find("ENV-ACCESS-TOKEN"), std::string::npos);
}

TEST(EnvTokenProvider, ReadsTheEnvironmentVariable)
{
    ::setenv("TUNESCOPE_SPOTIFY_TOKEN", "ENV-ACCESS-TOKEN", 1);
    const auto provider = EnvTokenProvider::fromEnvironment();
    ::unsetenv("TUNESCOPE_SPOTIFY_TOKEN");
    ASSERT_NE(provider, nullptr);
    EXPECT_EQ(provider->accessToken({}).value(), "ENV-ACCESS-TOKEN");
    EXPECT_EQ(EnvTokenProvider::fromEnvironment(), nullptr);
}

} // namespace
} // namespace tunescope::auth
