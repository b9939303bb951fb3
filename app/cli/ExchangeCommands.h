#pragma once

#include "cli/CommandContext.h"

namespace tunescope::cli {

// `tunescope export plays|top ...`: plays as CSV or JSON (re-importable), top lists as CSV.
int runExport(CommandContext& context);
// `tunescope backup --out FILE`: a consistent copy of the profile database, without secrets.
int runBackup(CommandContext& context);
// `tunescope restore FILE`: replaces the profile database with a backup.
int runRestore(CommandContext& context);

} // namespace tunescope::cli
