#pragma once

#include "cli/CommandContext.h"

// tunescope insights countries|platforms: where and on what the music was heard.
namespace tunescope::cli {

int printCountries(CommandContext& context, store::Database& db, const analytics::Period& period);
int printPlatforms(CommandContext& context, store::Database& db, const analytics::Period& period);

} // namespace tunescope::cli
