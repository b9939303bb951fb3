#include "analytics/Period.h"

namespace tunescope::analytics {

Period resolvePeriod(const DateRange& range, const TimeZone& zone)
{
    Period period;
    period.zone = zone;
    if (range.from) {
        period.begin = zone.startOfDay(*range.from);
    }
    if (range.to) {
        period.end = zone.startOfDay(civilFromDays(daysFromCivil(*range.to) + 1));
    }
    return period;
}

} // namespace tunescope::analytics
