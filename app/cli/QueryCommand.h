#pragma once

#include "cli/CommandContext.h"

#include <string_view>

// tunescope query: read-only SQL over the profile's database (core/query), the same console as
// the window's Query page.
namespace tunescope::cli {

extern const std::string_view kQueryHelp;

int runQuery(CommandContext& context);

} // namespace tunescope::cli
