#pragma once

// Internal to core/http: what a failed libcurl transfer means to the user. Kept apart from the
// transport so each message can be checked without provoking the failure for real.

#include "util/Result.h"

#include <curl/curl.h>

#include <chrono>
#include <cstddef>
#include <string>

namespace tunescope::http {

struct CurlFailure {
    CURLcode code = CURLE_OK;
    std::string host;                     // as hostOf() spells it: never a path, query or userinfo
    std::chrono::milliseconds timeout{0}; // the request's total timeout
    std::size_t maxResponseBytes = 0;
    bool bodyTooBig = false; // our write callback refused the body
};

// Cancelled for an aborted transfer, Remote for an oversized answer, InvalidInput for an address
// libcurl cannot use, Network for everything else. The message names the host only.
Error describe(const CurlFailure& failure);

} // namespace tunescope::http
