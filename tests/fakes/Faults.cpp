#include "Faults.h"

#include <nlohmann/json.hpp>

#include <ctime>

namespace tunescope::fakes {

namespace {

std::string errorBody(int status, std::string_view message)
{
    return nlohmann::json{{"error", {{"status", status}, {"message", message}}}}.dump();
}

Fault respond(int status, std::string body, std::string label)
{
    Fault fault;
    fault.status = status;
    fault.body = std::move(body);
    fault.label = std::move(label);
    return fault;
}

std::string httpDate(std::chrono::system_clock::time_point at)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(at);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char buffer[64];
    // strftime's %a/%b follow the C locale, which is what HTTP dates need.
    std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S GMT", &parts);
    return buffer;
}

} // namespace

Fault Fault::tooManyRequests()
{
    return respond(429, errorBody(429, "API rate limit exceeded"), "429 without Retry-After");
}

Fault Fault::tooManyRequests(std::string retryAfterValue)
{
    Fault fault = tooManyRequests();
    fault.label = "429 Retry-After: " + retryAfterValue;
    fault.headers.emplace_back("Retry-After", std::move(retryAfterValue));
    return fault;
}

Fault Fault::tooManyRequestsLowerCaseHeader(int seconds)
{
    Fault fault = tooManyRequests();
    fault.label = "429 retry-after: " + std::to_string(seconds);
    fault.headers.emplace_back("retry-after", std::to_string(seconds));
    return fault;
}

Fault Fault::tooManyRequestsUntil(std::chrono::system_clock::time_point retryAt)
{
    Fault fault = tooManyRequests(httpDate(retryAt));
    fault.label = "429 Retry-After as HTTP date";
    return fault;
}

Fault Fault::tooManyRequestsHuge()
{
    return tooManyRequests("86400");
}

Fault Fault::quotaExceeded(std::optional<int> retryAfterSeconds)
{
    Fault fault = respond(
        429,
        nlohmann::json{{"error", {{"status", 429}, {"message", "Too many requests"}, {"reason", "QUOTA_EXCEEDED"}}}}
            .dump(),
        "429 QUOTA_EXCEEDED");
    if (retryAfterSeconds) {
        fault.headers.emplace_back("Retry-After", std::to_string(*retryAfterSeconds));
    }
    return fault;
}

Fault Fault::tooManyRequestsEmptyBody(std::optional<int> retryAfterSeconds)
{
    Fault fault = respond(429, "", "429 with empty body");
    fault.contentType.clear();
    if (retryAfterSeconds) {
        fault.headers.emplace_back("Retry-After", std::to_string(*retryAfterSeconds));
    }
    return fault;
}

Fault Fault::serverError(int status)
{
    const char* message = status == 502 ? "Bad gateway." : (status == 503 ? "Service unavailable" : "Server error.");
    return respond(status, errorBody(status, message), std::to_string(status));
}

Fault Fault::unauthorized()
{
    Fault fault = respond(401, errorBody(401, "Missing/invalid/expired access token"), "401 token revoked");
    fault.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"spotify\", error=\"invalid_token\"");
    return fault;
}

Fault Fault::forbidden(const std::string& message)
{
    return respond(403, errorBody(403, message), "403 " + message);
}

Fault Fault::badRequestEmptyBody()
{
    Fault fault = respond(400, "", "400 with empty body");
    fault.contentType.clear();
    return fault;
}

Fault Fault::malformedJson()
{
    Fault fault;
    fault.action = Action::TruncateBody;
    fault.label = "200 with truncated JSON";
    return fault;
}

Fault Fault::slow(std::chrono::milliseconds delay)
{
    Fault fault;
    fault.action = Action::Delay;
    fault.delay = delay;
    fault.label = "slow answer (" + std::to_string(delay.count()) + " ms)";
    return fault;
}

Fault Fault::dropConnection()
{
    Fault fault;
    fault.action = Action::DropConnection;
    fault.label = "connection dropped";
    return fault;
}

Fault Fault::cutBody(std::size_t keepBytes)
{
    Fault fault;
    fault.action = Action::CutBody;
    fault.keepBytes = keepBytes;
    fault.label = "answer cut off after " + std::to_string(keepBytes) + " body bytes";
    return fault;
}

Fault Fault::htmlPage(int status)
{
    Fault fault = respond(status,
                          "<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Something went wrong"
                          "</h1><p>Please try again later.</p></body></html>",
                          "HTML page with " + std::to_string(status));
    fault.contentType = "text/html; charset=utf-8";
    return fault;
}

Fault Fault::redirect(int status, std::string location)
{
    Fault fault = respond(status, "", std::to_string(status) + " redirect");
    fault.contentType.clear();
    fault.headers.emplace_back("Location", std::move(location));
    return fault;
}

Fault Fault::answerNormally()
{
    Fault fault;
    fault.action = Action::AnswerNormally;
    fault.label = "answered normally";
    return fault;
}

void FaultQueue::add(std::string pathPrefix, Fault fault, int times)
{
    if (times <= 0) {
        return;
    }
    const std::lock_guard lock(mutex_);
    entries_.push_back({std::move(pathPrefix), std::move(fault), times});
}

std::optional<Fault> FaultQueue::take(std::string_view path)
{
    const std::lock_guard lock(mutex_);
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
        if (path.substr(0, it->pathPrefix.size()) != it->pathPrefix) {
            continue;
        }
        Fault fault = it->fault;
        if (--it->remaining == 0) {
            entries_.erase(it);
        }
        return fault;
    }
    return std::nullopt;
}

void FaultQueue::clear()
{
    const std::lock_guard lock(mutex_);
    entries_.clear();
}

std::size_t FaultQueue::pending() const
{
    const std::lock_guard lock(mutex_);
    std::size_t total = 0;
    for (const auto& entry : entries_) {
        total += static_cast<std::size_t>(entry.remaining);
    }
    return total;
}

} // namespace tunescope::fakes
