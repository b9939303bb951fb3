#pragma once

// Killing the real binary (SIGKILL) at many reproducible random moments, for the crash-consistency
// tests: each kill point starts a fresh run, kills it, then lets the test look at what was left.

#include <chrono>
#include <functional>
#include <string>

namespace tunescope::testing {

// One run of the binary to be killed: `environment` as the shell reads it before the command
// ("NAME='value' ..."), `args` as shell text (quote paths).
struct KilledRun {
    std::string environment;
    std::string args;
};

struct KillTally {
    int tried = 0;  // kill points tried
    int landed = 0; // of them, kills that hit a running process (the rest came after it finished)
};

// Starts the run with its output discarded and kills it with SIGKILL after `delay`. True when the
// process was still running at that moment.
bool runAndKill(const KilledRun& run, std::chrono::milliseconds delay);

// `kills` kill points at random moments in [earliest, latest], the same on every run of the test
// (`seed`): for each, `prepare(k)` sets the scene and says what to run, the run is killed, and
// `check(k, landed)` looks at what it left (and usually reruns it to the end).
KillTally killRepeatedly(int kills, std::chrono::milliseconds earliest, std::chrono::milliseconds latest, unsigned seed,
                         const std::function<KilledRun(int)>& prepare, const std::function<void(int, bool)>& check);

} // namespace tunescope::testing
