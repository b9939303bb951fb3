#pragma once

#include "UrlCodec.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

// What the fake servers were asked, for tests that check how a client behaves (how many calls,
// which parameters, which headers). The Authorization value is never kept: only whether it was
// there, so no test can print a token by accident.
namespace tunescope::fakes {

struct LoggedRequest {
    std::string server;   // "api" or "accounts"
    std::string endpoint; // route name, e.g. "GET /v1/artists/{id}"; "unknown" when none matched
    std::string method;
    std::string path;
    Params query; // decoded query parameters (never the token form body)
    bool hadAuthorization = false;
    std::string userAgent;
    std::string acceptEncoding;
    int status = 0;                // what the fake answered (0 for a dropped connection)
    std::string fault;             // label of the scripted fault that hit it, if any
    std::int64_t receivedAtMs = 0; // Unix ms, wall clock
};

class RequestLog {
public:
    // Returns the entry's index, for setResult().
    std::size_t add(LoggedRequest request);
    void setResult(std::size_t index, int status, const std::string& fault);

    [[nodiscard]] std::vector<LoggedRequest> entries() const;
    // Requests whose path starts with `pathPrefix`.
    [[nodiscard]] int countPath(std::string_view pathPrefix) const;
    // Requests per route name.
    [[nodiscard]] std::map<std::string, int> countsByEndpoint() const;
    void clear();

private:
    mutable std::mutex mutex_;
    std::vector<LoggedRequest> entries_;
    std::size_t dropped_ = 0; // entries cleared so far, so indexes stay valid across clear()
};

} // namespace tunescope::fakes
