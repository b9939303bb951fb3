#pragma once

#include "util/CivilTime.h"
#include "util/Result.h"
#include "util/TimeZone.h"

#include <string>

namespace tunescope::sync {

// A moment as the user's clock shows it, to the minute: "2026-11-22 14:05". The window and the
// command line both say when Spotify may be asked again, and when the last sync ended.
std::string formatLocalMinute(UtcMs instant, const TimeZone& zone);

// A RateLimited error's message and when Tunescope asks Spotify again, in local time; any other
// error's message as it is.
std::string describeSpotifyError(const Error& error, const TimeZone& zone);

} // namespace tunescope::sync
