#pragma once

#include <stop_token>
#include <thread>

namespace tunescope::cli {

// Ctrl+C asks the running command to stop cleanly (the work in progress is rolled back or
// finished, what is done stays) instead of killing it mid-write. A second Ctrl+C ends the process
// at once, as usual. One at a time per process.
//
// The signal handler only sets a flag and posts a semaphore (async-signal-safe); a watcher thread
// turns that into request_stop(), whose stop callbacks may lock mutexes and so must never run
// inside a signal handler.
class InterruptStop {
public:
    InterruptStop();
    ~InterruptStop();
    InterruptStop(const InterruptStop&) = delete;
    InterruptStop& operator=(const InterruptStop&) = delete;

    [[nodiscard]] std::stop_token token() const { return source_.get_token(); }
    [[nodiscard]] bool interrupted() const { return source_.stop_requested(); }

private:
    std::stop_source source_;
    void (*previous_)(int) = nullptr;
    std::thread watcher_;
};

} // namespace tunescope::cli
