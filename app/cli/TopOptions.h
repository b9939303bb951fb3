#pragma once

#include "analytics/Overview.h"
#include "cli/CommandContext.h"

#include <optional>
#include <string>

namespace tunescope::cli {

// The options every `top` list shares: --by, --format, --limit.
struct TopOptions {
    analytics::Metric metric = analytics::Metric::Plays;
    std::string format = "table"; // table, csv or json
    std::size_t limit = 10;
};

// Nothing after a usage error, already reported through the context (exit code in `exitCode`).
std::optional<TopOptions> parseTopOptions(CommandContext& context, int& exitCode);

// `tunescope top genres`: top genres with the share of listening that has genres.
int runTopGenres(CommandContext& context, const TopOptions& options);

} // namespace tunescope::cli
