#pragma once

#include "util/CivilTime.h"
#include "util/TimeZone.h"

#include <limits>
#include <optional>

namespace tunescope::analytics {

// Inclusive local dates as the user gives them ("--from 2024-01-01 --to 2024-12-31"); either end
// may be open.
struct DateRange {
    std::optional<CivilDate> from;
    std::optional<CivilDate> to;
};

// The half-open UTC span [begin, end) a DateRange covers in a zone, plus the zone itself, which
// also decides the day, weekday and hour every play falls on.
struct Period {
    UtcMs begin = std::numeric_limits<UtcMs>::min();
    UtcMs end = std::numeric_limits<UtcMs>::max();
    TimeZone zone = TimeZone::utc();
    // Hours, days and weekdays in the zone of the country each play happened in (conn_country)
    // instead of `zone`: right for someone who travels. The span itself stays in `zone`.
    bool travelAware = false;
};

Period resolvePeriod(const DateRange& range, const TimeZone& zone);

} // namespace tunescope::analytics
