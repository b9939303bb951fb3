#include "util/Clock.h"

#include <condition_variable>
#include <mutex>

namespace tunescope {
namespace {

class SystemClock final : public Clock {
public:
    [[nodiscard]] UtcMs now() const override
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }

    bool sleepFor(std::chrono::milliseconds duration, std::stop_token stop) override
    {
        std::mutex mutex;
        std::condition_variable_any wake;
        std::unique_lock lock(mutex);
        return !wake.wait_for(lock, stop, duration, [] { return false; }) && !stop.stop_requested();
    }
};

} // namespace

Clock& systemClock()
{
    static SystemClock clock;
    return clock;
}

} // namespace tunescope
