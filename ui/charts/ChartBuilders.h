#pragma once

#include "analytics/Overview.h"
#include "charts/ChartContent.h"
#include "charts/RankedBars.h"
#include "store/TopSnapshots.h"

#include <functional>

class QValueAxis;

namespace tunescope::ui {

// Every chart of the app, built from analytics structs. The same builder serves the window and
// `tunescope export-chart` (headless).
// Horizontal bars, best (first) at the top, each named with its rank: every top list's chart.
ChartContent buildRankedBarChart(const QString& title, const std::vector<RankedBar>& bars, analytics::Metric metric,
                                 ChartTable table);
ChartContent buildTopChart(analytics::TopKind kind, const std::vector<analytics::TopEntry>& entries,
                           analytics::Metric metric);
ChartContent buildTimelineChart(const std::vector<analytics::TimelinePoint>& points, analytics::Metric metric,
                                analytics::Bucket bucket, const QString& title = {});
ChartContent buildHeatmapChart(const analytics::Heatmap& heatmap, analytics::Metric metric);
// Where Spotify ranked one artist or track in each snapshot of a list: rank 1 at the top, a gap
// where it was not in the list.
ChartContent buildRankHistoryChart(const QString& name, const std::vector<store::RankPoint>& points);

// A Qt chart as content for a ChartPanel: themed for the palette (dark under a dark palette) and
// laid out at window size for big exports. For chart builders in other files.
// A reversed rank axis (1 at the top) from 1 to the worst rank shown, ticks at round ranks.
void setUpRankAxis(QValueAxis* axis, std::int64_t worstRank);

ChartContent qtChartContent(const QString& title, const std::function<QChart*()>& make, ChartTable table);

// The value axis title of a metric: "plays" or "hours".
QString metricAxisTitle(analytics::Metric metric);
// A new chart already in the palette's theme, for builders that colour their own series: a theme
// applied later would replace those colours (applying the same theme again changes nothing).
QChart* newThemedChart();
QString topChartTitle(analytics::TopKind kind, analytics::Metric metric);
// The figure a top list ranks by: plays, or hours for the minutes metric.
double metricValue(const analytics::TopEntry& entry, analytics::Metric metric);

} // namespace tunescope::ui
