#pragma once

#include <filesystem>
#include <string>

namespace tunescope::testing {

struct CliRun {
    int exitCode = -1;
    std::string out;
};

// Runs the real tunescope binary (BinaryRun.h) with a private data dir and TZ=UTC; `args` is
// shell text (quote paths). stderr is appended to `out` only when asked.
CliRun runTunescope(const std::filesystem::path& dataDir, const std::string& args, bool withStderr = false);

// A path quoted for the shell.
std::string quoted(const std::filesystem::path& path);

} // namespace tunescope::testing
