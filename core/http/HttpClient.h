#pragma once

#include "http/CooldownStore.h"
#include "http/HttpTypes.h"
#include "http/RequestGate.h"
#include "util/Clock.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <random>

namespace tunescope::http {

// How hard to try before giving up, and how to treat "slow down" (429) answers.
struct RetryPolicy {
    // Tries per call for network errors and 500/502/503/504 (the first try included).
    int maxAttempts = 4;
    // Backoff before retry n (n = 1, 2, ...): a random wait in [0, min(maxBackoff, baseBackoff * 2^(n-1))]
    // ("full jitter": clients that failed together do not retry together).
    std::chrono::milliseconds baseBackoff{500};
    std::chrono::milliseconds maxBackoff{8'000};
    // A 429 without a usable Retry-After waits this long.
    std::chrono::milliseconds defaultRetryAfter{5'000};
    // A 429 asking for at most this long is waited out inside the call; a longer one becomes a
    // cooldown for the host and the call returns RateLimited (never a hang).
    std::chrono::milliseconds longestInlineWait{30'000};
    // 429s waited out inside one call before the next one turns into a cooldown.
    int maxInlineRateLimitWaits = 2;
    // Cooldown after an exhausted quota when the answer has no Retry-After.
    std::chrono::milliseconds quotaCooldown{3'600'000};
};

// The one HttpSender the rest of core uses: the transport wrapped in the house policy.
// - A host in a cooldown gets no request: RateLimited with Error::retryAtMs, at once.
// - Network errors and 500/502/503/504 are retried with exponential backoff and full jitter; when
//   the tries run out, the last error (or the last 5xx response) is returned.
// - 429 honours Retry-After (see RetryPolicy); `"reason":"QUOTA_EXCEEDED"` in the body always
//   becomes a cooldown. A 429 never comes back as a response.
// - Every other status (401, 403, 404, ...) is returned as it is, for the caller to interpret.
// - Waits go through the Clock and end early with Cancelled when `stop` is requested.
// Thread-safe as far as the transport is: the gate and the cooldown store are shared.
class HttpClient final : public HttpSender {
public:
    // `jitterSeed` makes the backoff waits reproducible in tests; the default is random.
    HttpClient(HttpSender& transport, Clock& clock, RequestGate& gate, CooldownStore& cooldowns,
               RetryPolicy policy = {}, std::uint64_t jitterSeed = std::random_device{}());

    Result<HttpResponse> send(const HttpRequest& request, std::stop_token stop) override;
    std::optional<Error> refusalFor(const std::string& url) override;

    // Requests handed to the transport so far (every try counts, failed ones included).
    [[nodiscard]] std::uint64_t requestsSent() const { return requestsSent_.load(); }

    [[nodiscard]] const RetryPolicy& policy() const { return policy_; }

private:
    std::chrono::milliseconds backoffBefore(int retry);
    Error rateLimited(const std::string& host, std::chrono::milliseconds wait, const std::string& message);

    HttpSender& transport_;
    Clock& clock_;
    RequestGate& gate_;
    CooldownStore& cooldowns_;
    RetryPolicy policy_;
    std::mutex jitterMutex_;
    std::mt19937_64 jitter_;
    std::atomic<std::uint64_t> requestsSent_{0};
};

// True for a 429 body that says the app's developer-account quota is used up
// ({"error":{"status":429,"message":"...","reason":"QUOTA_EXCEEDED"}}).
bool isQuotaExceeded(const std::string& body);

} // namespace tunescope::http
