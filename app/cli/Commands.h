#pragma once

#include "cli/CommandContext.h"

namespace tunescope::cli {

int runImport(CommandContext& context);
int runStats(CommandContext& context);
int runTop(CommandContext& context);
int runLogin(CommandContext& context);
int runLogout(CommandContext& context);
int runSync(CommandContext& context);
int runSpotifyTop(CommandContext& context);

// Charts need Qt, which the CLI library does not link: the desktop build plugs its renderer in
// here (app/main.cpp); without it export-chart explains what is missing.
extern int (*exportChartHandler)(CommandContext& context);
extern int (*recapHandler)(CommandContext& context); // the recap poster, likewise

// The whole command line interface: parses, dispatches, prints. Never touches Qt.
int runCli(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err);
// True when the arguments ask for a command (or help/version) rather than the window.
bool wantsCli(const std::vector<std::string>& argv);
// The command line parsed against the known commands.
ParseResult parseCommandLine(const std::vector<std::string>& argv);

} // namespace tunescope::cli
