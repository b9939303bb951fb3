#include "sync/SpotifyErrorText.h"

namespace tunescope::sync {

std::string formatLocalMinute(UtcMs instant, const TimeZone& zone)
{
    // "2026-11-22T14:05:00Z" read as local time -> "2026-11-22 14:05"
    const auto local = formatIsoUtc(instant + zone.offsetMsAt(instant));
    std::string text = local.substr(0, 10);
    text += ' ';
    text += local.substr(11, 5);
    return text;
}

std::string describeSpotifyError(const Error& error, const TimeZone& zone)
{
    if (error.code != ErrorCode::RateLimited || error.retryAtMs == 0) {
        return error.message;
    }
    return error.message + " Tunescope will not ask Spotify again before " + formatLocalMinute(error.retryAtMs, zone) +
           " (" + zone.name() + ").";
}

} // namespace tunescope::sync
