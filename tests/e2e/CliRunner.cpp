#include "CliRunner.h"

#include "BinaryRun.h"

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
    std::filesystem::create_directories(dataDir);
    const auto run = runBinary("TUNESCOPE_DATA_DIR=" + quoted(dataDir) + " TZ=UTC", args, dataDir / "e2e-stderr.txt");
    return CliRun{run.exitCode, withStderr ? run.out + run.err : run.out};
}

} // namespace tunescope::testing
