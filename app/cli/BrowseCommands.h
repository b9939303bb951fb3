#pragma once

#include "cli/CommandContext.h"

#include <string_view>

// tunescope search / artist: finding artists and their pages from the command line, through the
// same core calls as the window's Artists page (core/browse).
namespace tunescope::cli {

extern const std::string_view kSearchHelp;
extern const std::string_view kArtistHelp;

int runSearch(CommandContext& context);
int runArtist(CommandContext& context);

} // namespace tunescope::cli
