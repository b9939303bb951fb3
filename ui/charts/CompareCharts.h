#pragma once

#include "analytics/Compare.h"
#include "charts/ChartContent.h"

namespace tunescope::ui {

// B's top artists with their listening in A beside it: grouped horizontal bars, B's best at the
// top. `labelA`/`labelB` name the periods in the legend ("A: 2024-01-01 – 2024-03-31").
ChartContent buildCompareArtistsChart(const analytics::RankedComparison& artists, analytics::Metric metric,
                                      const QString& labelA, const QString& labelB);

} // namespace tunescope::ui
