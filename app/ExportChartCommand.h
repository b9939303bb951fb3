#pragma once

#include "cli/CommandContext.h"

namespace tunescope::app {

// `tunescope export-chart KIND --out FILE ...`: renders a chart with the window's own builders,
// headless (the offscreen platform, no display needed).
int runExportChart(cli::CommandContext& context);

} // namespace tunescope::app
