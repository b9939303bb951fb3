// The composition root: a command runs headless through the CLI; no command opens the window.
#include "cli/Commands.h"

#ifdef TUNESCOPE_WITH_UI
#include "ExportChartCommand.h"
#include "GuiApp.h"
#endif

#include <chrono>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    const auto processStart = std::chrono::steady_clock::now();
    const std::vector<std::string> args(argv + 1, argv + argc);
#ifdef TUNESCOPE_WITH_UI
    tunescope::cli::exportChartHandler = tunescope::app::runExportChart;
    if (!tunescope::cli::wantsCli(args)) {
        const auto parsed = tunescope::cli::parseCommandLine(args).arguments;
        tunescope::ui::GuiOptions options{parsed.dataDir, parsed.profile, parsed.timeZone, parsed.demo};
        return tunescope::ui::runGui(argc, argv, options, processStart);
    }
#endif
    return tunescope::cli::runCli(args, std::cout, std::cerr);
}
