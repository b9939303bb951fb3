#pragma once

// Running the real tunescope binary as a user would, through the shell, for end-to-end tests.

#include "TestSupport.h"

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>
#include <sys/wait.h>

namespace tunescope::testing {

struct BinaryRun {
    int exitCode = -1;
    std::string out; // stdout
    std::string err; // stderr
};

// `environment` is put before the command as the shell reads it ("NAME='value' ..."); stderr
// goes through `errFile`.
inline BinaryRun runBinary(const std::string& environment, const std::string& args,
                           const std::filesystem::path& errFile)
{
    std::string command = environment;
    command.append(" '").append(TUNESCOPE_BINARY).append("' ").append(args);
    command.append(" 2>'").append(errFile.string()).append("'");
    BinaryRun result;
    FILE* pipe = ::popen(command.c_str(), "r");
    std::array<char, 4096> buffer{};
    while (const auto n = std::fread(buffer.data(), 1, buffer.size(), pipe)) {
        result.out.append(buffer.data(), n);
    }
    const int status = ::pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.err = readFile(errFile);
    return result;
}

} // namespace tunescope::testing
