#pragma once

// How much memory a piece of work needs at its peak, measured in a child process so that neither
// what the test binary already holds nor what earlier tests left in the allocator counts.

#include <malloc.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <fstream>
#include <functional>
#include <optional>
#include <string>

namespace tunescope::testing {

// A "VmRSS:"-style line of /proc/self/status, in bytes; -1 when missing.
inline std::int64_t procStatusBytes(const std::string& key)
{
    std::ifstream status("/proc/self/status");
    std::string word;
    while (status >> word) {
        if (word == key) {
            std::int64_t kib = -1;
            status >> kib;
            return kib * 1024;
        }
    }
    return -1;
}

// Runs `work` in a forked child and returns how far its resident memory rose above what it held
// when `work` began (the peak, from VmHWM); nullopt when it cannot be measured here. `work` must
// not use GoogleTest assertions: they would fail in the child, unseen.
inline std::optional<std::int64_t> peakMemoryGrowth(const std::function<void()>& work)
{
    int channel[2];
    if (::pipe(channel) != 0) {
        return std::nullopt;
    }
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(channel[0]);
        // What earlier tests freed must not be reused unseen: big blocks come fresh from the kernel
        // (glibc would otherwise carve them out of memory a thread arena kept), the rest is trimmed.
        ::mallopt(M_MMAP_THRESHOLD, 128 * 1024);
        ::malloc_trim(0);
        std::int64_t growth = -1;
        std::ofstream reset("/proc/self/clear_refs");
        reset << "5"; // VmHWM starts again from the current VmRSS
        reset.close();
        const std::int64_t before = procStatusBytes("VmRSS:");
        if (reset && before > 0 && procStatusBytes("VmHWM:") <= before + (1 << 20)) {
            work();
            growth = procStatusBytes("VmHWM:") - before;
        }
        const auto written = ::write(channel[1], &growth, sizeof growth);
        ::_exit(written == static_cast<ssize_t>(sizeof growth) ? 0 : 1);
    }
    ::close(channel[1]);
    std::int64_t growth = -1;
    const auto got = child > 0 ? ::read(channel[0], &growth, sizeof growth) : 0;
    ::close(channel[0]);
    int status = 0;
    if (child > 0) {
        ::waitpid(child, &status, 0);
    }
    if (child <= 0 || got != static_cast<ssize_t>(sizeof growth) || !WIFEXITED(status) || WEXITSTATUS(status) != 0 ||
        growth < 0) {
        return std::nullopt;
    }
    return growth;
}

} // namespace tunescope::testing
