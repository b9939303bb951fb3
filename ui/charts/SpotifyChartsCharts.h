#pragma once

#include "analytics/ChartStats.h"
#include "charts/ChartContent.h"

#include <vector>

namespace tunescope::ui {

// The chart's most streamed songs as bars (viral charts, without streams, by rank).
ChartContent buildChartTopSongs(const ingest::ChartIdentity& chart, const std::vector<analytics::ChartEntry>& entries,
                                int count = 12);

// A song's rank (best at the top) and streams over the imported dates of a region.
ChartContent buildSongTrajectory(const analytics::ChartSong& song, const analytics::ChartScope& scope,
                                 const std::vector<analytics::TrajectoryPoint>& points);

// An artist on the charts of a region: songs on each imported chart and the best rank among them.
ChartContent buildArtistPresence(const QString& artist, const analytics::ChartScope& scope,
                                 const std::vector<analytics::PresencePoint>& points);

// "Global weekly top 200, 5 Jan 2023": how a chart is named on screen.
QString chartDisplayName(const ingest::ChartIdentity& chart);

} // namespace tunescope::ui
