#pragma once

#include "util/Result.h"
#include "util/TimeZone.h"

struct sqlite3;

namespace tunescope::query {

// The query console's clock: the profile's time zone and a cursor over its DST intervals, read by
// the SQL functions below. One per console connection, at a fixed address (the functions hold a
// pointer to it), used by the connection's thread only.
class LocalClock {
public:
    explicit LocalClock(const TimeZone& zone) : zone_(zone), cursor_(zone_) {}
    LocalClock(const LocalClock&) = delete;
    LocalClock& operator=(const LocalClock&) = delete;
    LocalClock(LocalClock&&) = delete;
    LocalClock& operator=(LocalClock&&) = delete;
    ~LocalClock() = default;

    [[nodiscard]] const TimeZone& zone() const { return zone_; }
    // Local milliseconds since the local epoch for a UTC instant.
    std::int64_t toLocal(UtcMs instant) { return cursor_.toLocal(instant); }

private:
    TimeZone zone_;
    TimeZone::Cursor cursor_;
};

// Gives the console's connection local time, as the app's pages count it:
//  - SQL functions of UTC milliseconds: local_time(ms) 'YYYY-MM-DD HH:MM:SS', local_day(ms)
//    'YYYY-MM-DD', local_hour(ms) 0-23, local_weekday(ms) 1 (Monday) to 7 (Sunday), and
//    local_zone() the zone's name;
//  - temporary views that shadow the stored ones on this connection only: v_plays with
//    started_at_local, ended_at_local, day_local, hour_local and weekday_local added, and v_daily
//    by local day.
// The stored views stay in UTC, so other SQLite tools (which lack these functions) still read
// them. Call before the connection is locked down.
Status addLocalTime(sqlite3* db, LocalClock& clock);

} // namespace tunescope::query
