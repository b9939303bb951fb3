#include "http/HttpClient.h"
#include "http/CooldownStore.h"
#include "http/RequestGate.h"

#include "ManualClock.h"
#include "ScriptedHttpSender.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

namespace tunescope::http {
namespace {

using namespace std::chrono_literals;
using std::chrono::milliseconds;

using testing::ManualClock;
using testing::ScriptedHttpSender;

constexpr const char* kHost = "api.spotify.com";
constexpr const char* kQuotaBody =
    R"({"error":{"status":429,"message":"Too many requests","reason":"QUOTA_EXCEEDED"}})";

class HttpClientTest : public ::testing::Test {
protected:
    HttpRequest meRequest() const
    {
        HttpRequest request;
        request.url = "https://api.spotify.com/v1/me/top/artists?time_range=short_term&marker=q7secret";
        request.headers = {{"Authorization", "Bearer test-access-token"}};
        return request;
    }
    Result<HttpResponse> get(std::stop_token stop = {}) { return client.send(meRequest(), std::move(stop)); }

    // Nothing about the request (path, query, token) belongs in a message.
    static void expectNoRequestDetails(const std::string& message)
    {
        EXPECT_EQ(message.find("marker"), std::string::npos) << message;
        EXPECT_EQ(message.find("q7secret"), std::string::npos) << message;
        EXPECT_EQ(message.find("test-access-token"), std::string::npos) << message;
        EXPECT_EQ(message.find("/v1"), std::string::npos) << message;
    }

    ManualClock clock;
    ScriptedHttpSender server{ScriptedHttpSender::Unscripted::FailTest};
    RequestGate gate{clock};
    MemoryCooldownStore cooldowns;
    HttpClient client{server, clock, gate, cooldowns, RetryPolicy{}, 42};
};

TEST_F(HttpClientTest, ServerErrorsAreRetriedAfterBackoffs)
{
    server.reply(503);
    server.reply(502);
    server.reply(200, "{}");
    const auto result = get();
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->status, 200);
    EXPECT_EQ(client.requestsSent(), 3U);
    const auto waits = clock.waits();
    ASSERT_EQ(waits.size(), 2U);
    EXPECT_LE(waits[0], 500ms);  // base
    EXPECT_LE(waits[1], 1000ms); // doubled
}

TEST_F(HttpClientTest, BackoffIsJitteredAndCapped)
{
    const RetryPolicy policy{.maxAttempts = 8, .baseBackoff = 1000ms, .maxBackoff = 3000ms};
    std::vector<std::vector<milliseconds>> runs;
    for (const std::uint64_t seed : {1U, 2U}) {
        ManualClock localClock;
        RequestGate localGate(localClock);
        ScriptedHttpSender failing{ScriptedHttpSender::Unscripted::FailTest};
        for (int i = 0; i < 8; ++i) {
            failing.reply(500);
        }
        HttpClient local(failing, localClock, localGate, cooldowns, policy, seed);
        const auto result = local.send(meRequest(), {});
        ASSERT_TRUE(result);
        EXPECT_EQ(result->status, 500); // the tries ran out: the last answer comes back
        EXPECT_EQ(failing.requestCount(), 8U);
        runs.push_back(localClock.waits());
    }
    ASSERT_EQ(runs[0].size(), 7U);
    for (const auto& run : runs) {
        EXPECT_LE(run.front(), 1000ms); // the first wait is capped by the base
        for (const auto wait : run) {
            EXPECT_GE(wait, 0ms);
            EXPECT_LE(wait, 3000ms); // later ones by maxBackoff
        }
        // The cap doubles, so later waits go beyond the base.
        EXPECT_GT(*std::max_element(run.begin(), run.end()), 1000ms);
    }
    EXPECT_NE(runs[0], runs[1]); // two clients that fail together do not retry together
}

TEST_F(HttpClientTest, ServerErrorsRunOutAndTheLastAnswerComesBack)
{
    for (int i = 0; i < 4; ++i) {
        server.reply(503, "busy " + std::to_string(i));
    }
    const auto result = get();
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 503);
    EXPECT_EQ(result->body, "busy 3");
    EXPECT_EQ(client.requestsSent(), 4U);
    EXPECT_EQ(clock.waits().size(), 3U);
}

TEST_F(HttpClientTest, ServerErrorWithAShortRetryAfterWaitsAtLeastThatLong)
{
    server.reply(503, {}, {{"retry-after", "3"}});
    server.reply(200);
    ASSERT_TRUE(get());
    ASSERT_EQ(clock.waits().size(), 1U);
    EXPECT_GE(clock.waits()[0], 3000ms);
}

TEST_F(HttpClientTest, NetworkErrorsAreRetriedThenReported)
{
    for (int i = 0; i < 4; ++i) {
        server.fail(makeError(ErrorCode::Network, "Could not connect to api.spotify.com."));
    }
    const auto result = get();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Network);
    EXPECT_NE(result.error().message.find("api.spotify.com"), std::string::npos);
    EXPECT_NE(result.error().message.find("Tried 4 times"), std::string::npos) << result.error().message;
    EXPECT_EQ(client.requestsSent(), 4U);
    EXPECT_EQ(clock.waits().size(), 3U);
}

TEST_F(HttpClientTest, ANetworkBlipIsRetriedAway)
{
    server.fail(makeError(ErrorCode::Network, "The connection to api.spotify.com broke off."));
    server.reply(200, "{}");
    const auto result = get();
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 200);
    EXPECT_EQ(client.requestsSent(), 2U);
}

TEST_F(HttpClientTest, ErrorsThatRetryingCannotFixComeBackAtOnce)
{
    server.fail(makeError(ErrorCode::Remote, "The server sent more than 32 MiB."));
    const auto result = get();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Remote);
    EXPECT_EQ(client.requestsSent(), 1U);
    EXPECT_TRUE(clock.waits().empty());
}

TEST_F(HttpClientTest, ClientErrorsAreReturnedWithoutRetrying)
{
    for (const int status : {400, 401, 403, 404}) {
        server.reply(status, R"({"error":{"status":)" + std::to_string(status) + R"(,"message":"x"}})");
        const auto result = get();
        ASSERT_TRUE(result) << status;
        EXPECT_EQ(result->status, status);
    }
    EXPECT_EQ(client.requestsSent(), 4U);
    EXPECT_TRUE(clock.waits().empty());
}

TEST_F(HttpClientTest, TooManyRequestsWithoutRetryAfterWaitsTheDefault)
{
    server.reply(429);
    server.reply(200);
    const auto result = get();
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 200);
    EXPECT_EQ(clock.waits(), (std::vector<milliseconds>{5000ms}));
}

TEST_F(HttpClientTest, TooManyRequestsHonoursShortRetryAfterInEveryForm)
{
    struct Case {
        Headers headers;
        milliseconds expected;
    };
    const std::vector<Case> cases = {
        {{{"retry-after", "0"}}, 0ms},
        {{{"retry-after", "5"}}, 5000ms},
        {{{"Retry-After", "12"}}, 12000ms},
        {{{"retry-after", "soon"}}, 5000ms}, // unreadable: the default
    };
    for (const auto& c : cases) {
        ManualClock localClock;
        RequestGate localGate(localClock);
        ScriptedHttpSender local{ScriptedHttpSender::Unscripted::FailTest};
        local.reply(429, {}, c.headers);
        local.reply(200);
        HttpClient localClient(local, localClock, localGate, cooldowns, RetryPolicy{}, 7);
        const auto result = localClient.send(meRequest(), {});
        ASSERT_TRUE(result) << c.headers[0].second;
        EXPECT_EQ(result->status, 200);
        EXPECT_EQ(localClock.waits(), (std::vector<milliseconds>{c.expected})) << c.headers[0].second;
    }
    EXPECT_FALSE(cooldowns.cooldownUntil(kHost));
}

TEST_F(HttpClientTest, TooManyRequestsHonoursAnHttpDate)
{
    const UtcMs in20s = clock.now() + 20'000;
    // IMF-fixdate of in20s (2023-11-14T22:13:40Z).
    ASSERT_EQ(formatIsoUtc(in20s), "2023-11-14T22:13:40Z");
    server.reply(429, {}, {{"retry-after", "Tue, 14 Nov 2023 22:13:40 GMT"}});
    server.reply(200);
    ASSERT_TRUE(get());
    EXPECT_EQ(clock.waits(), (std::vector<milliseconds>{20000ms}));
}

TEST_F(HttpClientTest, ALongRetryAfterBecomesACooldownWithNoFurtherRequests)
{
    const UtcMs start = clock.now();
    server.reply(429, {}, {{"retry-after", "86400"}});
    const auto result = get();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::RateLimited);
    EXPECT_EQ(result.error().retryAtMs, start + 86'400'000);
    EXPECT_NE(result.error().message.find("api.spotify.com"), std::string::npos);
    expectNoRequestDetails(result.error().message);
    EXPECT_TRUE(clock.waits().empty()); // never a hang
    EXPECT_EQ(cooldowns.cooldownUntil(kHost), start + 86'400'000);

    // The next call is refused without a request, with the same time to show.
    clock.advance(1h);
    const auto again = get();
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::RateLimited);
    EXPECT_EQ(again.error().retryAtMs, start + 86'400'000);
    EXPECT_EQ(client.requestsSent(), 1U);

    // Other hosts are not affected.
    server.reply(200);
    HttpRequest other;
    other.url = "https://musicbrainz.org/ws/2/artist/x?fmt=json";
    ASSERT_TRUE(client.send(other, {}));

    // Once the time has come, requests go out again.
    clock.advance(24h);
    server.reply(200);
    const auto later = get();
    ASSERT_TRUE(later);
    EXPECT_EQ(later->status, 200);
    EXPECT_EQ(client.requestsSent(), 3U);
}

TEST_F(HttpClientTest, RepeatedTooManyRequestsBecomeACooldown)
{
    const UtcMs start = clock.now();
    server.reply(429, {}, {{"retry-after", "2"}});
    server.reply(429, {}, {{"retry-after", "2"}});
    server.reply(429, {}, {{"retry-after", "2"}});
    const auto result = get();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::RateLimited);
    EXPECT_EQ(client.requestsSent(), 3U);
    EXPECT_EQ(clock.waits(), (std::vector<milliseconds>{2000ms, 2000ms}));
    // At least the default pause, even when the server keeps asking for less.
    EXPECT_EQ(result.error().retryAtMs, start + 4000 + 5000);
    EXPECT_EQ(cooldowns.cooldownUntil(kHost), result.error().retryAtMs);
}

TEST_F(HttpClientTest, AnExhaustedQuotaAlwaysBecomesACooldown)
{
    const UtcMs start = clock.now();
    server.reply(429, kQuotaBody);
    const auto result = get();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::RateLimited);
    EXPECT_EQ(result.error().retryAtMs, start + 3'600'000); // no Retry-After: an hour
    EXPECT_NE(result.error().message.find("quota"), std::string::npos) << result.error().message;
    expectNoRequestDetails(result.error().message);
    EXPECT_TRUE(clock.waits().empty());
    EXPECT_EQ(cooldowns.cooldownUntil(kHost), start + 3'600'000);
    EXPECT_NE(cooldowns.reason(kHost).value_or("").find("quota"), std::string::npos);
}

TEST_F(HttpClientTest, AnExhaustedQuotaUsesItsRetryAfterEvenWhenShort)
{
    const UtcMs start = clock.now();
    server.reply(429, kQuotaBody, {{"retry-after", "10"}});
    const auto result = get();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().retryAtMs, start + 10'000);
    EXPECT_EQ(client.requestsSent(), 1U);
    EXPECT_TRUE(clock.waits().empty());
}

TEST_F(HttpClientTest, OtherTooManyRequestsBodiesAreOrdinaryRateLimits)
{
    server.reply(429, R"({"error":{"status":429,"message":"API rate limit exceeded"}})", {{"retry-after", "1"}});
    server.reply(429, "QUOTA_EXCEEDED but not JSON", {{"retry-after", "1"}});
    server.reply(200);
    ASSERT_TRUE(get());
    EXPECT_EQ(clock.waits(), (std::vector<milliseconds>{1000ms, 1000ms}));
    EXPECT_FALSE(isQuotaExceeded(""));
    EXPECT_FALSE(isQuotaExceeded(R"({"error":"QUOTA_EXCEEDED"})"));
    EXPECT_TRUE(isQuotaExceeded(kQuotaBody));
}

TEST_F(HttpClientTest, ALongerCooldownIsNeverShortened)
{
    const UtcMs start = clock.now();
    cooldowns.setCooldown(kHost, start - 1, "over"); // expired: no obstacle
    server.then([&](const HttpRequest&, std::stop_token) -> Result<HttpResponse> {
        // While this request is out, another worker learns of an exhausted quota.
        cooldowns.setCooldown(kHost, start + 7'200'000, "quota");
        HttpResponse response;
        response.status = 429;
        response.headers = {{"retry-after", "600"}};
        return response;
    });
    const auto result = get();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::RateLimited);
    EXPECT_EQ(result.error().retryAtMs, start + 7'200'000);
    EXPECT_EQ(cooldowns.cooldownUntil(kHost), start + 7'200'000);
    EXPECT_EQ(cooldowns.reason(kHost), "quota");
}

TEST_F(HttpClientTest, StopDuringABackoffWaitReturnsCancelled)
{
    std::stop_source stop;
    clock.setOnSleep([&] { stop.request_stop(); });
    server.reply(503);
    server.reply(200);
    const auto result = get(stop.get_token());
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(client.requestsSent(), 1U);
    EXPECT_EQ(server.left(), 1U);
}

TEST_F(HttpClientTest, StopDuringARateLimitWaitReturnsCancelled)
{
    std::stop_source stop;
    clock.setOnSleep([&] { stop.request_stop(); });
    server.reply(429, {}, {{"retry-after", "20"}});
    const auto result = get(stop.get_token());
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(client.requestsSent(), 1U);
    EXPECT_FALSE(cooldowns.cooldownUntil(kHost));
}

TEST_F(HttpClientTest, StopEndsARealWaitQuickly)
{
    // The system clock really waits: 20 s unless the stop cuts it short.
    RequestGate realGate(systemClock());
    HttpClient real(server, systemClock(), realGate, cooldowns, RetryPolicy{}, 3);
    server.reply(429, {}, {{"retry-after", "20"}});
    std::stop_source stop;
    const auto started = std::chrono::steady_clock::now();
    std::thread stopper([&] {
        std::this_thread::sleep_for(30ms);
        stop.request_stop();
    });
    const auto result = real.send(meRequest(), stop.get_token());
    stopper.join();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_LT(std::chrono::steady_clock::now() - started, 2s);
}

TEST_F(HttpClientTest, AStoppedCallSendsNothing)
{
    std::stop_source stop;
    stop.request_stop();
    const auto result = get(stop.get_token());
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(server.requestCount(), 0U);
}

TEST_F(HttpClientTest, EachTryHoldsAGatePermitOnlyWhileItIsSent)
{
    std::vector<int> inFlightDuringSend;
    const auto record = [&](int status) {
        server.then([&, status](const HttpRequest& request, std::stop_token) -> Result<HttpResponse> {
            EXPECT_EQ(request.headers.at(0).second, "Bearer test-access-token"); // the request as given
            inFlightDuringSend.push_back(gate.inFlight(kHost));
            HttpResponse response;
            response.status = status;
            return response;
        });
    };
    gate.setPacing(kHost, HostPacing{100ms, 1});
    record(500);
    record(200);
    ASSERT_TRUE(get());
    EXPECT_EQ(inFlightDuringSend, (std::vector<int>{1, 1}));
    EXPECT_EQ(gate.inFlight(kHost), 0);
}

} // namespace
} // namespace tunescope::http
