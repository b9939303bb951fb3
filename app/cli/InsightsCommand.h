#pragma once

#include "cli/CommandContext.h"

#include <string_view>

// tunescope insights: analyses of the history beyond the top lists (core/analytics).
namespace tunescope::cli {

extern const std::string_view kInsightsHelp;

int runInsights(CommandContext& context);

} // namespace tunescope::cli
