#include "CliRunner.h"

#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace tunescope::testing {

std::string quoted(const std::filesystem::path& path)
{
    std::string out = "'";
    for (const char c : path.string()) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

CliRun runTunescope(const std::filesystem::path& dataDir, const std::string& args, bool withStderr)
{
    const std::string command = "TUNESCOPE_DATA_DIR=" + quoted(dataDir) + " TZ=UTC " + quoted(TUNESCOPE_BINARY) + " " +
                                args + (withStderr ? " 2>&1" : " 2>/dev/null");
    CliRun run;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return run;
    }
    std::array<char, 4096> buffer{};
    while (const auto n = std::fread(buffer.data(), 1, buffer.size(), pipe)) {
        run.out.append(buffer.data(), n);
    }
    const int status = ::pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace tunescope::testing
