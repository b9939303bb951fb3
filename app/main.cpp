// The composition root: a command runs headless through the CLI; no command opens the window.
#include "cli/Commands.h"

#ifdef TUNESCOPE_WITH_UI
#include "ExportChartCommand.h"
#include "GuiApp.h"
#include "RecapCommand.h"
#include "cli/SpotifySession.h"
#include "platform/KeychainSecretStore.h"

#include <QCoreApplication>
#endif

#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#ifdef TUNESCOPE_WITH_UI
namespace {

// The CLI runs without a Qt application object, and QtKeychain needs one (D-Bus, its job thread):
// the first keychain use makes one, kept for the rest of the run.
std::unique_ptr<tunescope::auth::SecretStore> openKeychainForCli()
{
    if (QCoreApplication::instance() == nullptr) {
        static int argc = 1;
        static char name[] = "tunescope";
        static char* argv[] = {name, nullptr};
        static auto* application = new QCoreApplication(argc, argv); // lives until the process ends
        (void)application;
    }
    return tunescope::ui::KeychainSecretStore::open();
}

} // namespace
#endif

int main(int argc, char** argv)
{
    const auto processStart = std::chrono::steady_clock::now();
    const std::vector<std::string> args(argv + 1, argv + argc);
#ifdef TUNESCOPE_WITH_UI
    tunescope::cli::exportChartHandler = tunescope::app::runExportChart;
    tunescope::cli::recapHandler = tunescope::app::runRecap;
    tunescope::cli::openSystemKeychain = openKeychainForCli;
    if (!tunescope::cli::wantsCli(args)) {
        const auto parsed = tunescope::cli::parseCommandLine(args).arguments;
        tunescope::ui::GuiOptions options{parsed.dataDir, parsed.profile, parsed.timeZone, parsed.demo};
        return tunescope::ui::runGui(argc, argv, options, processStart);
    }
#endif
    return tunescope::cli::runCli(args, std::cout, std::cerr);
}
