#include "http/SharedPace.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace tunescope::http {
namespace {

// Closes the descriptor (and so drops its lock) on every path out.
class LockedFile {
public:
    explicit LockedFile(const std::filesystem::path& file)
        : fd_(::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600)) // NOLINT(cppcoreguidelines-pro-type-vararg)
    {
        if (fd_ >= 0 && ::flock(fd_, LOCK_EX) != 0) {
            ::close(fd_);
            fd_ = -1;
        }
    }
    ~LockedFile()
    {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    LockedFile(const LockedFile&) = delete;
    LockedFile& operator=(const LockedFile&) = delete;

    [[nodiscard]] bool ok() const { return fd_ >= 0; }

    // The number stored, 0 when there is none (a new or damaged file).
    [[nodiscard]] UtcMs read() const
    {
        std::array<char, 32> text{};
        const auto n = ::pread(fd_, text.data(), text.size(), 0);
        UtcMs value = 0;
        if (n > 0) {
            std::from_chars(text.data(), text.data() + n, value);
        }
        return value;
    }

    void write(UtcMs value) const
    {
        std::array<char, 32> text{};
        const auto [end, ec] = std::to_chars(text.data(), text.data() + text.size(), value);
        const auto size = static_cast<std::size_t>(end - text.data());
        if (ec == std::errc() && ::pwrite(fd_, text.data(), size, 0) == static_cast<ssize_t>(size)) {
            (void)::ftruncate(fd_, static_cast<off_t>(size));
        }
    }

private:
    int fd_;
};

} // namespace

SharedPaceSender::SharedPaceSender(HttpSender& inner, std::filesystem::path file, std::chrono::milliseconds interval,
                                   Clock& clock)
    : inner_(inner), file_(std::move(file)), interval_(interval), clock_(clock)
{
}

UtcMs SharedPaceSender::reserveStart()
{
    const UtcMs now = clock_.now();
    LockedFile file(file_);
    if (!file.ok()) {
        return now;
    }
    // A time far in the future (a clock set back, a damaged file) waits one interval at most.
    const UtcMs next = std::min(file.read(), now + interval_.count());
    const UtcMs start = std::max(now, next);
    file.write(start + interval_.count());
    return start;
}

Result<HttpResponse> SharedPaceSender::send(const HttpRequest& request, std::stop_token stop)
{
    const auto wait = std::chrono::milliseconds(reserveStart() - clock_.now());
    if (wait.count() > 0 && !clock_.sleepFor(wait, stop)) {
        return makeError(ErrorCode::Cancelled, "Cancelled.");
    }
    return inner_.send(request, std::move(stop));
}

} // namespace tunescope::http
