#pragma once

#include "ProfileSession.h"
#include "analytics/Discovery.h"
#include "analytics/Overview.h"
#include "analytics/Places.h"
#include "analytics/Sessions.h"
#include "analytics/Skips.h"
#include "analytics/Spoken.h"
#include "charts/CalendarHeatmap.h"

#include <optional>

namespace tunescope::ui {

// The stretch of days the calendar heatmap shows.
struct CalendarSpan {
    CivilDate first;
    CivilDate last;
};

// The calendar year when the period starts on 1 January and ends in the same year, else the 12
// months up to the period's last day (the last day with music when the period is open-ended,
// nullopt when there is none).
std::optional<CalendarSpan> calendarSpanFor(const analytics::Period& period, std::optional<CivilDate> lastMusicDay);

// Everything the Insights page shows for one period and metric, read off the GUI thread.
struct InsightsData {
    analytics::Metric metric = analytics::Metric::Plays;
    analytics::SessionStats sessions;
    analytics::StreakStats streaks;
    analytics::SkipStats skips;
    analytics::DiscoveryStats discovery;
    analytics::ListeningPlaces places;
    analytics::SpokenStats spoken;
    CalendarDays calendar;

    [[nodiscard]] bool empty() const;
};

Result<InsightsData> loadInsights(const ProfileSession& session, const analytics::Period& period,
                                  analytics::Metric metric);

} // namespace tunescope::ui
