#pragma once

#include "util/Clock.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <stop_token>
#include <utility>
#include <vector>

namespace tunescope::testing {

// Fully virtual time: it moves only when someone waits or the test calls advance(), and every
// wait is recorded. Thread-safe. (FastForwardClock is the other kind: real time that jumps.)
class ManualClock final : public Clock {
public:
    // 2023-11-14T22:13:20Z: a fixed, round start so tests can spell out dates.
    static constexpr UtcMs kDefaultStart = 1'700'000'000'000;

    explicit ManualClock(UtcMs start = kDefaultStart) : now_(start) {}

    [[nodiscard]] UtcMs now() const override { return now_.load(); }

    // Records the wait, runs the onSleep hook, then moves time on unless `stop` was requested.
    bool sleepFor(std::chrono::milliseconds duration, std::stop_token stop) override
    {
        std::function<void()> hook;
        {
            const std::lock_guard lock(mutex_);
            waits_.push_back(duration);
            hook = onSleep_;
        }
        if (hook) {
            hook();
        }
        if (stop.stop_requested()) {
            return false;
        }
        now_ += duration.count();
        return true;
    }

    // Time passing without anyone waiting on this clock.
    void advance(std::chrono::milliseconds duration) { now_ += duration.count(); }

    [[nodiscard]] std::vector<std::chrono::milliseconds> waits() const
    {
        const std::lock_guard lock(mutex_);
        return waits_;
    }

    // Runs inside every sleepFor() before the stop is checked, e.g. to request a stop mid-wait.
    void setOnSleep(std::function<void()> hook)
    {
        const std::lock_guard lock(mutex_);
        onSleep_ = std::move(hook);
    }

private:
    std::atomic<UtcMs> now_;
    mutable std::mutex mutex_;
    std::vector<std::chrono::milliseconds> waits_;
    std::function<void()> onSleep_;
};

} // namespace tunescope::testing
