#pragma once

#include "cli/CommandContext.h"

// tunescope insights discovery|podcasts: the printers (text tables or JSON with stable keys).
namespace tunescope::cli {

// Both read --by plays|minutes and --limit N as `top` does.
int printDiscovery(CommandContext& context, store::Database& db, const analytics::Period& period);
int printPodcasts(CommandContext& context, store::Database& db, const analytics::Period& period);

} // namespace tunescope::cli
