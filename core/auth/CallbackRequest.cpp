#include "auth/CallbackRequest.h"

#include "auth/OAuthErrorCode.h"
#include "http/HttpTypes.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace tunescope::auth {
namespace {

constexpr std::string_view kCallbackPath = "/callback";

struct RequestLine {
    std::string_view method;
    std::string_view target;
};

std::optional<RequestLine> parseRequestLine(std::string_view head)
{
    const std::string_view line = head.substr(0, head.find_first_of("\r\n"));
    const auto firstSpace = line.find(' ');
    const auto lastSpace = line.rfind(' ');
    if (firstSpace == std::string_view::npos || lastSpace == firstSpace) {
        return std::nullopt;
    }
    RequestLine request{line.substr(0, firstSpace), line.substr(firstSpace + 1, lastSpace - firstSpace - 1)};
    const std::string_view version = line.substr(lastSpace + 1);
    const bool methodOk = !request.method.empty() && std::all_of(request.method.begin(), request.method.end(),
                                                                 [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!methodOk || version.substr(0, 7) != "HTTP/1." || request.target.empty() || request.target.front() != '/' ||
        request.target.find(' ') != std::string_view::npos) {
        return std::nullopt;
    }
    return request;
}

// The one value of `name`; nullopt when absent or given more than once (RFC 6749 §3.1 forbids
// repeats, and a repeated `state` or `code` is not something to guess about).
std::optional<std::string> single(const std::vector<std::pair<std::string, std::string>>& fields, std::string_view name,
                                  bool& repeated)
{
    std::optional<std::string> found;
    for (const auto& [key, value] : fields) {
        if (key == name) {
            if (found) {
                repeated = true;
                return std::nullopt;
            }
            found = value;
        }
    }
    return found;
}

// Compares without an early exit, so response timing tells nothing about how much of a guessed
// state was right.
bool sameState(const std::string& a, const std::string& b)
{
    return a.size() == b.size() && !a.empty() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

CallbackVerdict keepWaiting(int status, std::string_view reason, std::string heading, std::string message)
{
    return CallbackVerdict{CallbackPage{status, reason, std::move(heading), std::move(message), false}, std::nullopt};
}

CallbackVerdict badRequest()
{
    return keepWaiting(400, "Bad Request", "Tunescope did not understand this request",
                       "Go back to Tunescope and start the login there.");
}

} // namespace

CallbackPage requestTooLargePage()
{
    return CallbackPage{431, "Request Header Fields Too Large", "Tunescope did not understand this request",
                        "Go back to Tunescope and start the login there.", false};
}

CallbackVerdict judgeCallbackRequest(std::string_view head, const std::string& expectedState)
{
    const auto request = parseRequestLine(head);
    if (!request) {
        return badRequest();
    }
    const std::string_view target = request->target.substr(0, request->target.find('#'));
    const auto question = target.find('?');
    const std::string_view path = target.substr(0, question);
    const std::string_view query =
        question == std::string_view::npos ? std::string_view() : target.substr(question + 1);
    if (path != kCallbackPath) {
        return keepWaiting(404, "Not Found", "Nothing here",
                           "This address only receives Tunescope's login. You can close this tab.");
    }
    if (request->method != "GET") {
        CallbackVerdict verdict = keepWaiting(405, "Method Not Allowed", "Tunescope did not understand this request",
                                              "Go back to Tunescope and start the login there.");
        verdict.page.allowGet = true;
        return verdict;
    }
    const auto fields = http::formDecode(query);
    if (!fields) {
        return badRequest();
    }
    bool repeated = false;
    const auto state = single(*fields, "state", repeated);
    const auto code = single(*fields, "code", repeated);
    const auto error = single(*fields, "error", repeated);
    if (repeated) {
        return badRequest();
    }
    if (!state || !sameState(*state, expectedState)) {
        // A stale tab from an earlier login, or a forged link (CSRF): never accept its code.
        return keepWaiting(400, "Bad Request", "This login link does not belong to the login in progress",
                           "Tunescope is still waiting. Go back to Tunescope and use the login it opened, or start "
                           "a new one there.");
    }
    if (error) {
        if (*error == "access_denied") {
            return CallbackVerdict{
                CallbackPage{200, "OK", "Tunescope is not logged in",
                             "You declined access on Spotify's page. You can close this tab.", false},
                Result<std::string>(makeError(ErrorCode::LoginRequired, "You declined access on Spotify's page, so "
                                                                        "Tunescope is not logged in."))};
        }
        const std::string shown = printableErrorCode(*error);
        return CallbackVerdict{
            CallbackPage{200, "OK", "Tunescope is not logged in",
                         "Spotify reported a problem (" + shown + "). Go back to Tunescope and try again.", false},
            Result<std::string>(makeError(ErrorCode::Remote, "Spotify's login page reported a problem (" + shown +
                                                                 "). Try logging in again; if it repeats, check the "
                                                                 "Client ID in Settings."))};
    }
    if (!code || code->empty()) {
        return keepWaiting(400, "Bad Request", "This login link is incomplete",
                           "Tunescope is still waiting. Go back to Tunescope and start the login again.");
    }
    return CallbackVerdict{
        CallbackPage{200, "OK", "Tunescope is logged in — you can close this tab",
                     "Spotify gave Tunescope permission to read your listening data. You can go back to Tunescope now.",
                     false},
        Result<std::string>(*code)};
}

} // namespace tunescope::auth
