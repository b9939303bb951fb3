#include "util/TimeZone.h"

#include <date/tz.h>

#include <chrono>
#include <limits>

namespace tunescope {
namespace {

using std::chrono::milliseconds;

date::sys_time<milliseconds> toSys(UtcMs instant)
{
    return date::sys_time<milliseconds>{milliseconds{instant}};
}

UtcMs fromSys(date::sys_seconds t)
{
    return std::chrono::duration_cast<milliseconds>(t.time_since_epoch()).count();
}

} // namespace

Result<TimeZone> TimeZone::locate(const std::string& name)
{
    if (name == "UTC" || name == "Etc/UTC") {
        return utc();
    }
    try {
        return TimeZone(date::locate_zone(name));
    } catch (const std::exception&) {
        return makeError(ErrorCode::InvalidInput,
                         "Unknown time zone \"" + name +
                             "\". Use an IANA name such as Europe/Berlin or America/New_York.");
    }
}

TimeZone TimeZone::system()
{
    try {
        return TimeZone(date::current_zone());
    } catch (const std::exception&) {
        return utc();
    }
}

TimeZone TimeZone::utc()
{
    return TimeZone(nullptr);
}

std::string TimeZone::name() const
{
    return zone_ ? std::string(zone_->name()) : std::string("UTC");
}

std::int64_t TimeZone::offsetMsAt(UtcMs instant) const
{
    if (!zone_) {
        return 0;
    }
    const auto info = zone_->get_info(toSys(instant));
    return std::chrono::duration_cast<milliseconds>(info.offset).count();
}

UtcMs TimeZone::startOfDay(CivilDate day) const
{
    const std::int64_t localMs = daysFromCivil(day) * kMsPerDay;
    if (!zone_) {
        return localMs;
    }
    const date::local_time<milliseconds> local{milliseconds{localMs}};
    const auto info = zone_->get_info(date::floor<std::chrono::seconds>(local));
    switch (info.result) {
    case date::local_info::unique:
    case date::local_info::ambiguous: // the first of the repeated midnights
        return localMs - std::chrono::duration_cast<milliseconds>(info.first.offset).count();
    case date::local_info::nonexistent: // midnight skipped: the day starts when the gap ends
        return fromSys(info.first.end);
    }
    return localMs;
}

void TimeZone::Cursor::refill(UtcMs instant)
{
    if (!zone_->zone_) {
        begin_ = std::numeric_limits<UtcMs>::min();
        end_ = std::numeric_limits<UtcMs>::max();
        offset_ = 0;
        return;
    }
    const auto info = zone_->zone_->get_info(toSys(instant));
    begin_ = fromSys(info.begin);
    end_ = fromSys(info.end);
    offset_ = std::chrono::duration_cast<milliseconds>(info.offset).count();
}

} // namespace tunescope
