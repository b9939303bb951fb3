#pragma once

#include "cli/CommandContext.h"

#include <string_view>

// tunescope charts: importing Spotify Charts CSVs and reading them back (core/ingest ChartImport,
// core/analytics ChartStats), the same calls as the window's Charts page.
namespace tunescope::cli {

extern const std::string_view kChartsHelp;

int runCharts(CommandContext& context);

} // namespace tunescope::cli
