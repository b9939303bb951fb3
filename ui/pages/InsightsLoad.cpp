#include "pages/InsightsLoad.h"

#include <QDate>

#include <algorithm>
#include <limits>

namespace tunescope::ui {
namespace {

CivilDate localDay(UtcMs instant, const TimeZone& zone)
{
    return civilFromDays(floorDiv(instant + zone.offsetMsAt(instant), kMsPerDay));
}

CivilDate toCivil(QDate date)
{
    return CivilDate{date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day())};
}

bool openEnded(const analytics::Period& period)
{
    return period.end == std::numeric_limits<UtcMs>::max();
}

bool openStart(const analytics::Period& period)
{
    return period.begin == std::numeric_limits<UtcMs>::min();
}

// The calendar's days from a day timeline, read again for the span unless `known` covers it.
Result<CalendarDays> calendarFor(store::Database& db, const analytics::Period& period, const CalendarSpan& span,
                                 const std::vector<analytics::TimelinePoint>* known)
{
    if (known != nullptr) {
        return calendarDaysFrom(*known, span.first, span.last);
    }
    auto calendar = analytics::resolvePeriod({span.first, span.last}, period.zone);
    calendar.travelAware = period.travelAware;
    const auto days = analytics::queryTimeline(db, calendar, analytics::Bucket::Day);
    if (!days) {
        return days.error();
    }
    return calendarDaysFrom(*days, span.first, span.last);
}

} // namespace

std::optional<CalendarSpan> calendarSpanFor(const analytics::Period& period, std::optional<CivilDate> lastMusicDay)
{
    const std::optional<CivilDate> last =
        openEnded(period) ? lastMusicDay : std::optional<CivilDate>(localDay(period.end - 1, period.zone));
    if (!last) {
        return std::nullopt;
    }
    if (!openStart(period)) {
        const CivilDate first = localDay(period.begin, period.zone);
        if (first.month == 1 && first.day == 1 && first.year == last->year) {
            return CalendarSpan{first, CivilDate{first.year, 12, 31}};
        }
    }
    const QDate end(last->year, static_cast<int>(last->month), static_cast<int>(last->day));
    return CalendarSpan{toCivil(end.addYears(-1).addDays(1)), *last};
}

bool InsightsData::empty() const
{
    return sessions.count == 0 && spoken.shows.empty() && spoken.books.empty() &&
           std::all_of(calendar.msPlayed.begin(), calendar.msPlayed.end(), [](std::int64_t ms) { return ms == 0; });
}

Result<InsightsData> loadInsights(const ProfileSession& session, const analytics::Period& period,
                                  analytics::Metric metric)
{
    auto db = session.open();
    if (!db) {
        return db.error();
    }
    InsightsData data;
    data.metric = metric;
    auto sessions = analytics::querySessions(*db, period);
    if (!sessions) {
        return sessions.error();
    }
    data.sessions = std::move(sessions).value();
    auto streaks = analytics::queryStreaks(*db, period);
    if (!streaks) {
        return streaks.error();
    }
    data.streaks = std::move(streaks).value();
    auto skips = analytics::querySkips(*db, period);
    if (!skips) {
        return skips.error();
    }
    data.skips = std::move(skips).value();
    auto discovery = analytics::queryDiscovery(*db, period, metric);
    if (!discovery) {
        return discovery.error();
    }
    data.discovery = std::move(discovery).value();
    auto spoken = analytics::querySpoken(*db, period, metric);
    if (!spoken) {
        return spoken.error();
    }
    data.spoken = std::move(spoken).value();
    auto places = analytics::queryPlaces(*db, period);
    if (!places) {
        return places.error();
    }
    data.places = std::move(places).value();

    // An open-ended period's calendar ends on its last day with music: the period's own day
    // timeline says which, and covers the calendar too when the period has no start either.
    std::vector<analytics::TimelinePoint> wholePeriod;
    std::optional<CivilDate> lastMusicDay;
    if (openEnded(period)) {
        auto days = analytics::queryTimeline(*db, period, analytics::Bucket::Day);
        if (!days) {
            return days.error();
        }
        wholePeriod = std::move(days).value();
        if (!wholePeriod.empty()) {
            lastMusicDay = wholePeriod.back().start;
        }
    }
    if (const auto span = calendarSpanFor(period, lastMusicDay)) {
        auto calendar =
            calendarFor(*db, period, *span, openEnded(period) && openStart(period) ? &wholePeriod : nullptr);
        if (!calendar) {
            return calendar.error();
        }
        data.calendar = std::move(calendar).value();
    }
    return data;
}

} // namespace tunescope::ui
