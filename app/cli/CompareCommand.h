#pragma once

#include "analytics/Period.h"
#include "cli/CommandContext.h"

#include <string>
#include <string_view>

// tunescope compare: two periods side by side (core/analytics/Compare.h).
namespace tunescope::cli {

extern const std::string_view kCompareHelp;

// "2024-01-01..2024-03-31", either side may be empty (open). An error names `option`.
Result<analytics::DateRange> parseDateSpan(const std::string& option, const std::string& text);

int runCompare(CommandContext& context);

} // namespace tunescope::cli
