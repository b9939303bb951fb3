#include "KillLoop.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <random>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>

extern char** environ; // NOLINT(readability-redundant-declaration): POSIX declares it nowhere else

namespace tunescope::testing {

bool runAndKill(const KilledRun& run, std::chrono::milliseconds delay)
{
    // `env` runs the binary in its own place (same pid), so the kill reaches the binary itself.
    std::string command = "exec env " + run.environment + " '" TUNESCOPE_BINARY "' " + run.args;
    command.append(" >/dev/null 2>&1");
    std::string shell = "/bin/sh";
    std::string dashC = "-c";
    char* argv[] = {shell.data(), dashC.data(), command.data(), nullptr};
    pid_t pid = 0;
    EXPECT_EQ(::posix_spawn(&pid, "/bin/sh", nullptr, nullptr, argv, environ), 0);
    if (pid <= 0) {
        return false;
    }
    std::this_thread::sleep_for(delay);
    int status = 0;
    const bool running = ::waitpid(pid, &status, WNOHANG) == 0;
    if (running) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
    }
    return running;
}

KillTally killRepeatedly(int kills, std::chrono::milliseconds earliest, std::chrono::milliseconds latest, unsigned seed,
                         const std::function<KilledRun(int)>& prepare, const std::function<void(int, bool)>& check)
{
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> moment(static_cast<int>(earliest.count()),
                                              static_cast<int>(std::max(earliest, latest).count()));
    KillTally tally;
    for (int k = 0; k < kills; ++k) {
        const auto run = prepare(k);
        const bool landed = runAndKill(run, std::chrono::milliseconds(moment(random)));
        ++tally.tried;
        tally.landed += landed ? 1 : 0;
        check(k, landed);
    }
    return tally;
}

} // namespace tunescope::testing
