#pragma once

#include "util/Clock.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <vector>

namespace tunescope::testing {

// Real time that jumps instead of waiting: now() is the system clock plus every wait so far, and
// sleepFor() returns at once. Backoffs, Retry-After waits and pacing run instantly, while tokens
// and servers that look at the real clock still agree with it (the clock only runs ahead).
class FastForwardClock final : public Clock {
public:
    [[nodiscard]] UtcMs now() const override { return systemClock().now() + ahead_.load(); }

    bool sleepFor(std::chrono::milliseconds duration, std::stop_token stop) override
    {
        if (stop.stop_requested()) {
            return false;
        }
        ahead_ += duration.count();
        const std::lock_guard lock(mutex_);
        waits_.push_back(duration);
        return true;
    }

    [[nodiscard]] std::vector<std::chrono::milliseconds> waits() const
    {
        const std::lock_guard lock(mutex_);
        return waits_;
    }

private:
    std::atomic<std::int64_t> ahead_{0};
    mutable std::mutex mutex_;
    std::vector<std::chrono::milliseconds> waits_;
};

} // namespace tunescope::testing
