#pragma once

#include "util/CivilTime.h"

#include <chrono>
#include <stop_token>

namespace tunescope {

// Wall-clock time and waiting, injectable: tests run retries, backoff, cooldowns and token expiry
// on a fake clock instead of sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    // UTC milliseconds since the epoch.
    [[nodiscard]] virtual UtcMs now() const = 0;
    // Waits `duration` or until `stop` is requested; false when stopped early.
    virtual bool sleepFor(std::chrono::milliseconds duration, std::stop_token stop) = 0;
};

// The real clock: system_clock and a condition-variable wait that wakes on stop.
Clock& systemClock();

} // namespace tunescope
