#pragma once

#include "http/HttpTypes.h"
#include "util/Clock.h"

#include <chrono>
#include <filesystem>

namespace tunescope::http {

// Request starts spaced across processes: the window and a command line run (or two runs one
// right after the other) share one allowance, as a service counting per address sees them. The
// next allowed start is kept in a small file, read and reserved under an exclusive lock held for
// microseconds; the wait itself happens after the lock is released, through the clock, and ends
// early when the request is stopped. Where the file cannot be used (a read-only folder), requests
// are spaced within this process only, by the request gate above.
class SharedPaceSender final : public HttpSender {
public:
    SharedPaceSender(HttpSender& inner, std::filesystem::path file, std::chrono::milliseconds interval, Clock& clock);

    Result<HttpResponse> send(const HttpRequest& request, std::stop_token stop) override;

private:
    // The start reserved for this request (UTC ms), or now when the file cannot be used.
    UtcMs reserveStart();

    HttpSender& inner_;
    std::filesystem::path file_;
    std::chrono::milliseconds interval_;
    Clock& clock_;
};

} // namespace tunescope::http
