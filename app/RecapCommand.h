#pragma once

#include "cli/CommandContext.h"

namespace tunescope::app {

// `tunescope recap --out FILE.png [--size 1080x1920|1920x1080] [--from DATE] [--to DATE]`: the
// window's recap poster, rendered headless (the offscreen platform, no display needed).
int runRecap(cli::CommandContext& context);

} // namespace tunescope::app
