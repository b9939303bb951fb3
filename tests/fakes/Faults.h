#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Scripted failures for the fake servers: a test queues what the next matching requests should
// suffer (429 in all its real forms, 5xx, 401, 403 variants, broken bodies, slowness, a dropped
// or cut-off connection, an HTML page, a redirect) and the servers play them in order.
namespace tunescope::fakes {

struct Fault {
    enum class Action {
        Respond,        // answer with status/headers/body below instead of the real answer
        TruncateBody,   // the real answer, but only the first half of its body (status 200)
        Delay,          // wait `delay`, then the real answer
        DropConnection, // close the connection without answering
        CutBody,        // the real answer's headers (Content-Length of the whole body), then only
                        // `keepBytes` of the body, then the connection is closed
        AnswerNormally, // the real answer: lets a later scripted fault hit a later request
    };

    Action action = Action::Respond;
    int status = 0;
    std::vector<std::pair<std::string, std::string>> headers; // names sent exactly as written
    std::string body;
    std::string contentType = "application/json; charset=utf-8";
    std::chrono::milliseconds delay{0};
    std::size_t keepBytes = 0; // CutBody: body bytes sent before the connection closes
    std::string label;         // what the fault is, for test failure messages

    // 429 {"error":{"status":429,"message":"API rate limit exceeded"}} without Retry-After.
    static Fault tooManyRequests();
    // 429 with "Retry-After: <value>" exactly as given ("0", "5", "86400", or anything odd).
    static Fault tooManyRequests(std::string retryAfterValue);
    // 429 with the header name in lower case, "retry-after: <seconds>", as HTTP/2 servers send it.
    static Fault tooManyRequestsLowerCaseHeader(int seconds);
    // 429 with Retry-After as an HTTP date ("Fri, 20 Nov 2026 18:00:00 GMT").
    static Fault tooManyRequestsUntil(std::chrono::system_clock::time_point retryAt);
    // 429 with Retry-After: 86400 (a day: must become a cooldown, never a hang).
    static Fault tooManyRequestsHuge();
    // 429 {"error":{"status":429,"message":"Too many requests","reason":"QUOTA_EXCEEDED"}}.
    static Fault quotaExceeded(std::optional<int> retryAfterSeconds = std::nullopt);
    // 429 with an empty body (Content-Length: 0), as reported from the real service.
    static Fault tooManyRequestsEmptyBody(std::optional<int> retryAfterSeconds = std::nullopt);
    // 500, 502 or 503 with a JSON error body.
    static Fault serverError(int status = 500);
    // 401 {"error":{"status":401,"message":"Missing/invalid/expired access token"}}.
    static Fault unauthorized();
    // 403 with one of the messages below.
    static Fault forbidden(const std::string& message);
    // 400 with an empty body.
    static Fault badRequestEmptyBody();
    // 200 whose JSON body is cut in half.
    static Fault malformedJson();
    // The real answer after `delay`.
    static Fault slow(std::chrono::milliseconds delay);
    // The connection is closed before any byte of the answer.
    static Fault dropConnection();
    // The real answer (handled, so a token endpoint has rotated its token) with its headers and
    // `keepBytes` bytes of its body, then the connection breaks off: 0 is a reset after the
    // headers, a few bytes a body shorter than its Content-Length.
    static Fault cutBody(std::size_t keepBytes);
    // An HTML error page (text/html) with `status`, as a proxy or a captive portal sends one.
    static Fault htmlPage(int status);
    // A redirect (301, 302, 307, ...) to `location`: a client must not follow it with its token.
    static Fault redirect(int status, std::string location);
    // The real answer, unchanged: queued before another fault, that one hits the next request
    // (the second page of a list, say).
    static Fault answerNormally();
};

inline constexpr std::string_view kInsufficientScope = "Insufficient client scope";
inline constexpr std::string_view kUserNotRegistered = "User not registered in the Developer Dashboard";
inline constexpr std::string_view kPremiumRequired = "Active premium subscription required for the owner of the app.";
inline constexpr std::string_view kForbidden = "Forbidden";

// Thread-safe queue of scripted faults keyed by path prefix.
class FaultQueue {
public:
    // The next `times` requests whose path starts with `pathPrefix` get `fault`.
    void add(std::string pathPrefix, Fault fault, int times);
    // The first queued fault matching `path`, consumed; nullopt when none.
    std::optional<Fault> take(std::string_view path);
    void clear();
    // How many scripted answers are still waiting.
    [[nodiscard]] std::size_t pending() const;

private:
    struct Entry {
        std::string pathPrefix;
        Fault fault;
        int remaining = 0;
    };
    mutable std::mutex mutex_;
    std::vector<Entry> entries_;
};

} // namespace tunescope::fakes
