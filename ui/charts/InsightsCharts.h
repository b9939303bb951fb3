#pragma once

#include "analytics/Discovery.h"
#include "analytics/Places.h"
#include "analytics/Skips.h"
#include "analytics/Spoken.h"
#include "charts/CalendarHeatmap.h"
#include "charts/ChartContent.h"

#include <array>
#include <cstdint>
#include <vector>

namespace tunescope::ui {

// The Insights page's charts, built from the insight analyses for the window and for exports.

// "Listening per day in 2025", or "… 13 Mar 2025 – 12 Mar 2026" for another stretch.
QString calendarTitle(const CalendarDays& days);
ChartContent buildCalendarChart(const CalendarDays& days);

// Sessions by length: 0-15 min, 15-30 min, 30-60 min, 1-2 h, 2-4 h, 4 h and more.
struct SessionLengthBin {
    QString label;
    std::int64_t count = 0;
};
std::vector<SessionLengthBin> sessionLengthBins(const std::vector<std::int64_t>& lengthsMs);
ChartContent buildSessionLengthChart(const std::vector<std::int64_t>& lengthsMs);

ChartContent buildSkipRateByHourChart(const std::array<analytics::SkipCount, 24>& byHour);
ChartContent buildMostSkippedArtistsChart(const std::vector<analytics::SkipEntry>& artists);

// New artists and new tracks (first played ever) per month, as two lines.
ChartContent buildDiscoveryChart(const std::vector<analytics::DiscoveryMonth>& months);
ChartContent buildNewArtistsChart(const std::vector<analytics::NewArtist>& artists, analytics::Metric metric);
// Countries or platform families, most listening first.
ChartContent buildPlacesChart(const QString& title, const std::vector<analytics::PlaceTotal>& places,
                              analytics::Metric metric);

// Top podcast shows or audiobooks.
ChartContent buildSpokenChart(const QString& title, const std::vector<analytics::SpokenEntry>& entries,
                              analytics::Metric metric);

// "18.5%"
QString percentText(double share);

} // namespace tunescope::ui
