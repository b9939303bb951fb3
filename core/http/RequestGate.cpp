#include "http/RequestGate.h"

#include <algorithm>
#include <utility>

namespace tunescope::http {

RequestGate::Permit::Permit(RequestGate& gate, std::string host) : gate_(&gate), host_(std::move(host)) {}

RequestGate::Permit::Permit(Permit&& other) noexcept
    : gate_(std::exchange(other.gate_, nullptr)), host_(std::move(other.host_))
{
}

RequestGate::Permit& RequestGate::Permit::operator=(Permit&& other) noexcept
{
    if (this != &other) {
        release();
        gate_ = std::exchange(other.gate_, nullptr);
        host_ = std::move(other.host_);
    }
    return *this;
}

RequestGate::Permit::~Permit()
{
    release();
}

void RequestGate::Permit::release()
{
    if (gate_ != nullptr) {
        std::exchange(gate_, nullptr)->release(host_);
    }
}

RequestGate::RequestGate(Clock& clock, HostPacing defaults) : clock_(clock), defaults_(defaults) {}

void RequestGate::setPacing(const std::string& host, HostPacing pacing)
{
    {
        const std::lock_guard lock(mutex_);
        overrides_[host] = pacing;
    }
    slotFreed_.notify_all(); // a raised limit may let waiters in
}

HostPacing RequestGate::pacing(const std::string& host) const
{
    const std::lock_guard lock(mutex_);
    return pacingLocked(host);
}

HostPacing RequestGate::pacingLocked(const std::string& host) const
{
    const auto it = overrides_.find(host);
    return it == overrides_.end() ? defaults_ : it->second;
}

int RequestGate::inFlight(const std::string& host) const
{
    const std::lock_guard lock(mutex_);
    const auto it = hosts_.find(host);
    return it == hosts_.end() ? 0 : it->second.inFlight;
}

Result<RequestGate::Permit> RequestGate::acquire(const std::string& host, std::stop_token stop)
{
    std::chrono::milliseconds wait{0};
    {
        std::unique_lock lock(mutex_);
        HostState& state = hosts_[host];
        const bool gotSlot = slotFreed_.wait(lock, stop, [&] {
            // A limit below 1 would block forever; treat it as 1.
            return state.inFlight < std::max(1, pacingLocked(host).maxInFlight);
        });
        if (!gotSlot) {
            return makeError(ErrorCode::Cancelled, "Cancelled.");
        }
        ++state.inFlight;
        // Reserve a start time now, so that threads queued behind us get later ones.
        const UtcMs now = clock_.now();
        const UtcMs start = std::max(now, state.nextStart);
        state.nextStart = start + pacingLocked(host).minInterval.count();
        wait = std::chrono::milliseconds(start - now);
    }
    Permit permit(*this, host);
    if (wait.count() > 0 && !clock_.sleepFor(wait, stop)) {
        return makeError(ErrorCode::Cancelled, "Cancelled.");
    }
    if (stop.stop_requested()) {
        return makeError(ErrorCode::Cancelled, "Cancelled.");
    }
    return permit;
}

void RequestGate::release(const std::string& host)
{
    {
        const std::lock_guard lock(mutex_);
        auto& state = hosts_[host];
        state.inFlight = std::max(0, state.inFlight - 1);
    }
    slotFreed_.notify_all();
}

} // namespace tunescope::http
