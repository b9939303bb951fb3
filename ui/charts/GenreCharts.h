#pragma once

#include "analytics/GenreStats.h"
#include "charts/ChartContent.h"

namespace tunescope::ui {

// The Genres page's charts, built from GenreStats for the window and for exports.
ChartContent buildTopGenresChart(const std::vector<analytics::GenreEntry>& top, analytics::Metric metric);
// The top `slices` genres and "other" (the rest of the known listening) as a donut.
ChartContent buildGenreDonutChart(const std::vector<analytics::GenreEntry>& top, analytics::Metric metric,
                                  std::size_t slices = 8);
// Each genre's share of the month as stacked areas (top genres, then "other"), 0-100 %.
ChartContent buildGenresOverTimeChart(const analytics::GenresOverTime& overTime, analytics::Metric metric);

// "Genres known for 87% of listening time", with what to do when it is low.
QString coverageText(const analytics::GenreCoverage& coverage, analytics::Metric metric);

} // namespace tunescope::ui
