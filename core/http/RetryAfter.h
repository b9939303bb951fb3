#pragma once

#include "http/HttpTypes.h"
#include "util/CivilTime.h"

#include <chrono>
#include <optional>
#include <string_view>

namespace tunescope::http {

// Servers have asked for 86,400 s and more; a week is already "come back much later" and keeps a
// stuck or hostile header from parking a host for years.
inline constexpr std::chrono::milliseconds kLongestRetryAfter{7LL * 24 * 3600 * 1000};

// How long a Retry-After value asks us to wait, counted from `now` (UTC ms). Accepts
// delta-seconds ("5", "0") and an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); a date in the
// past means 0. The result is clamped to kLongestRetryAfter. nullopt for anything unreadable,
// so the caller falls back to its own default wait.
std::optional<std::chrono::milliseconds> parseRetryAfter(std::string_view value, UtcMs now);

// The same for a response's Retry-After header (any case); nullopt when it has none.
std::optional<std::chrono::milliseconds> retryAfterOf(const HttpResponse& response, UtcMs now);

} // namespace tunescope::http
