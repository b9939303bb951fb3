#include "http/HttpClient.h"

#include "http/RetryAfter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <utility>

namespace tunescope::http {
namespace {

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, "Cancelled.");
}

bool isRetriedStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

std::string pauseMessage(const std::string& host)
{
    return host + " asked Tunescope to slow down. Tunescope sends it no more requests until the time shown; "
                  "everything already stored stays available.";
}

std::string quotaMessage()
{
    return "The Spotify request quota of the developer account behind your Client ID is used up (all "
           "Development Mode apps of that account share it). Tunescope asks Spotify again after the time "
           "shown; everything already stored stays available.";
}

} // namespace

bool isQuotaExceeded(const std::string& body)
{
    if (body.find("QUOTA_EXCEEDED") == std::string::npos) {
        return false; // most 429 bodies are empty; skip the parse
    }
    try {
        const auto json = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
        if (!json.is_object()) {
            return false;
        }
        const auto error = json.find("error");
        if (error == json.end() || !error->is_object()) {
            return false;
        }
        const auto reason = error->find("reason");
        return reason != error->end() && reason->is_string() && reason->get<std::string>() == "QUOTA_EXCEEDED";
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

HttpClient::HttpClient(HttpSender& transport, Clock& clock, RequestGate& gate, CooldownStore& cooldowns,
                       RetryPolicy policy, std::uint64_t jitterSeed)
    : transport_(transport), clock_(clock), gate_(gate), cooldowns_(cooldowns), policy_(policy), jitter_(jitterSeed)
{
}

std::chrono::milliseconds HttpClient::backoffBefore(int retry)
{
    const std::int64_t maxMs = std::max<std::int64_t>(0, policy_.maxBackoff.count());
    std::int64_t cap = std::max<std::int64_t>(0, policy_.baseBackoff.count());
    for (int i = 1; i < retry && cap < maxMs; ++i) {
        cap *= 2;
    }
    cap = std::min(cap, maxMs);
    const std::lock_guard lock(jitterMutex_);
    return std::chrono::milliseconds(std::uniform_int_distribution<std::int64_t>(0, cap)(jitter_));
}

Error HttpClient::rateLimited(const std::string& host, std::chrono::milliseconds wait, const std::string& message)
{
    UtcMs until = clock_.now() + wait.count();
    // Another worker may already have stored a longer cooldown; never shorten it.
    if (const auto existing = cooldowns_.cooldownUntil(host); existing && *existing >= until) {
        until = *existing;
    } else {
        cooldowns_.setCooldown(host, until, message);
    }
    Error error = makeError(ErrorCode::RateLimited, message);
    error.retryAtMs = until;
    return error;
}

std::optional<Error> HttpClient::refusalFor(const std::string& url)
{
    const std::string host = hostOf(url);
    if (const auto until = cooldowns_.cooldownUntil(host); until && *until > clock_.now()) {
        Error error = makeError(ErrorCode::RateLimited, pauseMessage(host));
        error.retryAtMs = *until;
        return error;
    }
    return std::nullopt;
}

Result<HttpResponse> HttpClient::send(const HttpRequest& request, std::stop_token stop)
{
    const std::string host = hostOf(request.url);
    int failures = 0;       // network errors and retried 5xx so far
    int rateLimitWaits = 0; // 429s waited out inside this call
    for (;;) {
        if (stop.stop_requested()) {
            return cancelled();
        }
        if (auto paused = refusalFor(request.url)) {
            return *std::move(paused);
        }

        Result<HttpResponse> result = [&]() -> Result<HttpResponse> {
            auto permit = gate_.acquire(host, stop); // held for the request only, not for our waits
            if (!permit) {
                return permit.error();
            }
            ++requestsSent_;
            return transport_.send(request, stop);
        }();

        if (!result) {
            if (result.error().code != ErrorCode::Network) {
                return result; // cancelled, a bad URL, an oversized answer: trying again changes nothing
            }
            if (++failures >= policy_.maxAttempts) {
                if (failures == 1) {
                    return result;
                }
                Error error = result.error();
                error.message += " (Tried " + std::to_string(failures) + " times.)";
                return error;
            }
            if (!clock_.sleepFor(backoffBefore(failures), stop)) {
                return cancelled();
            }
            continue;
        }

        HttpResponse& response = result.value();
        if (response.status == 429) {
            const auto retryAfter = retryAfterOf(response, clock_.now());
            if (isQuotaExceeded(response.body)) {
                // A used-up quota does not come back in seconds: always a cooldown.
                const auto wait = std::max(retryAfter.value_or(policy_.quotaCooldown), policy_.defaultRetryAfter);
                return rateLimited(host, wait, quotaMessage());
            }
            const auto wait = retryAfter.value_or(policy_.defaultRetryAfter);
            if (wait <= policy_.longestInlineWait && rateLimitWaits < policy_.maxInlineRateLimitWaits) {
                ++rateLimitWaits;
                if (!clock_.sleepFor(wait, stop)) {
                    return cancelled();
                }
                continue;
            }
            // Too long to wait here, or the host keeps refusing: stop asking it for a while.
            return rateLimited(host, std::max(wait, policy_.defaultRetryAfter), pauseMessage(host));
        }
        if (isRetriedStatus(response.status) && ++failures < policy_.maxAttempts) {
            // An overloaded server may say when to come back (MusicBrainz does); short hints count.
            auto wait = backoffBefore(failures);
            if (const auto hint = retryAfterOf(response, clock_.now()); hint && *hint <= policy_.longestInlineWait) {
                wait = std::max(wait, *hint);
            }
            if (!clock_.sleepFor(wait, stop)) {
                return cancelled();
            }
            continue;
        }
        return result;
    }
}

} // namespace tunescope::http
