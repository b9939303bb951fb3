#pragma once

#include "util/CivilTime.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <stop_token>
#include <string>

namespace tunescope::http {

// How politely one host is asked: at most `maxInFlight` requests at once, and request starts at
// least `minInterval` apart (MusicBrainz wants about one per second; Spotify counts calls in a
// rolling 30 s window, so a small spacing keeps bursts from tripping it).
struct HostPacing {
    std::chrono::milliseconds minInterval{0};
    int maxInFlight = 4;
};

// Per-host pacing and concurrency limit shared by every worker that talks to the network.
// Thread-safe. Pacing waits go through the Clock (tests use a fake one); a wait for a free slot
// is woken by the permit that frees it.
class RequestGate {
public:
    // Holds one in-flight slot for its host until destroyed. Must not outlive its gate.
    class Permit {
    public:
        Permit(Permit&& other) noexcept;
        Permit& operator=(Permit&& other) noexcept;
        Permit(const Permit&) = delete;
        Permit& operator=(const Permit&) = delete;
        ~Permit();

    private:
        friend class RequestGate;
        Permit(RequestGate& gate, std::string host);
        void release();

        RequestGate* gate_ = nullptr;
        std::string host_;
    };

    explicit RequestGate(Clock& clock, HostPacing defaults = {});

    // Pacing for one host ("musicbrainz.org", "127.0.0.1:8080" as hostOf() spells it); other
    // hosts keep the defaults.
    void setPacing(const std::string& host, HostPacing pacing);
    [[nodiscard]] HostPacing pacing(const std::string& host) const;

    // Waits for a free slot and for the host's next allowed start, then returns the permit.
    // ErrorCode::Cancelled when `stop` is requested while waiting.
    Result<Permit> acquire(const std::string& host, std::stop_token stop);

    // Requests to `host` holding a permit right now.
    [[nodiscard]] int inFlight(const std::string& host) const;

private:
    struct HostState {
        int inFlight = 0;
        UtcMs nextStart = 0; // earliest start for the next request
    };
    HostPacing pacingLocked(const std::string& host) const;
    void release(const std::string& host);

    Clock& clock_;
    HostPacing defaults_;
    mutable std::mutex mutex_;
    std::condition_variable_any slotFreed_;
    std::map<std::string, HostPacing> overrides_;
    std::map<std::string, HostState> hosts_;
};

} // namespace tunescope::http
