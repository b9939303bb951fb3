#pragma once

#include "http/HttpTypes.h"
#include "util/Result.h"

#include <string>
#include <string_view>

namespace tunescope::spotify {

// Names an endpoint in error messages.
struct Endpoint {
    std::string_view path; // "/me/top/artists": for "could not read" reports
    std::string_view what; // "your top artists": for the user ("Spotify does not let new apps use ...")
};

// The one message for a login Spotify keeps refusing (401 after a fresh token).
inline constexpr std::string_view kLoginRejectedMessage = "Spotify no longer accepts this login. Please log in again.";

// Turns a non-2xx answer into an Error a user can act on. 403s are told apart by Spotify's
// message (scope, allow-list, owner's Premium, endpoint closed to new apps); 401 is
// LoginRequired, 404 NotFound, 429 RateLimited (retryAtMs 0: the retrying layer below normally
// handles 429 and knows the clock), everything else Remote with Spotify's own words when it sent
// any. Reads both the current {"error":{"status","message"}} and the legacy
// {"error":{"type","description"}} bodies, the accounts service's {"error","error_description"},
// empty and non-JSON bodies.
Error errorFromResponse(const http::HttpResponse& response, const Endpoint& endpoint);

// Remote: "Spotify sent a response Tunescope could not read (<endpoint>): <reason>".
Error unreadableResponse(std::string_view endpoint, std::string_view reason);

// Spotify's explanation from an error body, trimmed (no final full stop) and shortened for
// display; empty when the body has none.
std::string spotifyErrorMessage(std::string_view body);

} // namespace tunescope::spotify
