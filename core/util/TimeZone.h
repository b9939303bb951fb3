#pragma once

#include "util/CivilTime.h"
#include "util/Result.h"

#include <string>

namespace date {
class time_zone;
}

namespace tunescope {

// A named IANA time zone (from the system's tz database). Stored instants are UTC; the user's
// dates, weekdays and hours are in this zone, with DST handled.
class TimeZone {
public:
    static Result<TimeZone> locate(const std::string& name);
    // The system's zone (TZ, /etc/localtime); UTC when it cannot be determined.
    static TimeZone system();
    static TimeZone utc();

    [[nodiscard]] std::string name() const;
    // The UTC instant at which a local calendar day begins (the earliest, when midnight repeats
    // or is skipped by a DST change).
    [[nodiscard]] UtcMs startOfDay(CivilDate day) const;
    [[nodiscard]] std::int64_t offsetMsAt(UtcMs instant) const;

    // Converts many instants, mostly in time order, cheaply: caches the current DST interval.
    class Cursor {
    public:
        explicit Cursor(const TimeZone& zone) : zone_(&zone) {}
        // Local milliseconds since the local epoch (UTC instant + offset at that instant).
        std::int64_t toLocal(UtcMs instant)
        {
            if (instant < begin_ || instant >= end_) {
                refill(instant);
            }
            return instant + offset_;
        }

    private:
        void refill(UtcMs instant);
        const TimeZone* zone_;
        UtcMs begin_ = 1;
        UtcMs end_ = 0;
        std::int64_t offset_ = 0;
    };

private:
    explicit TimeZone(const date::time_zone* zone) : zone_(zone) {}
    const date::time_zone* zone_; // null means UTC
};

} // namespace tunescope
