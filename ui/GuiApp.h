#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace tunescope::ui {

// What the command line says about which data to show.
struct GuiOptions {
    std::optional<std::string> dataDir;
    std::optional<std::string> profile;
    std::optional<std::string> timeZone;
    bool demo = false;
};

int runGui(int& argc, char** argv, const GuiOptions& options,
           std::chrono::steady_clock::time_point processStart = std::chrono::steady_clock::now());

} // namespace tunescope::ui
