#pragma once

#include "util/Result.h"

#include <chrono>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tunescope::http {

using Headers = std::vector<std::pair<std::string, std::string>>;

struct HttpRequest {
    std::string method = "GET";
    std::string url; // absolute: scheme, host, path and query
    Headers headers; // e.g. {"Authorization", "Bearer ..."}: never logged
    std::string body;
    std::chrono::milliseconds timeout{30'000}; // whole request, connect included
};

struct HttpResponse {
    int status = 0;
    Headers headers; // names lower-cased
    std::string body;

    // The first header of that name (case-insensitive), if any.
    [[nodiscard]] std::optional<std::string> header(std::string_view name) const;
};

// Anything that can answer an HTTP request: the libcurl transport, the retrying client on top of
// it, a test double. A response with any status is a success here; only "no answer" (DNS,
// connect, TLS, timeout) and cancellation are errors (ErrorCode::Network, ErrorCode::Cancelled).
class HttpSender {
public:
    virtual ~HttpSender() = default;
    virtual Result<HttpResponse> send(const HttpRequest& request, std::stop_token stop) = 0;
    // Why a request to `url` would be refused at once (its host is in a stored cooldown), asked
    // before work that only leads up to one, such as renewing a token; nullopt when it would go.
    virtual std::optional<Error> refusalFor(const std::string& url)
    {
        (void)url;
        return std::nullopt;
    }
};

// "https://api.spotify.com/v1/me?x=1" -> "api.spotify.com" (lower-cased, port kept: "127.0.0.1:8080").
std::string hostOf(std::string_view url);

// Percent-encodes for a query value or form field (RFC 3986 unreserved characters kept).
std::string urlEncode(std::string_view text);

// "a=1&b=x%20y" from pairs, each key and value percent-encoded.
std::string formEncode(const std::vector<std::pair<std::string, std::string>>& fields);

// Decodes a query string or form body into pairs ('+' is a space); nullopt on bad escapes.
std::optional<std::vector<std::pair<std::string, std::string>>> formDecode(std::string_view text);

} // namespace tunescope::http
