#pragma once

#include "Faults.h"
#include "RequestLog.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

// ReccoBeats' audio-features service on 127.0.0.1, in the shape the real one answers
// (GET /v1/audio-features?ids=<Spotify ids> -> {"content":[{"id":"<uuid>","href":
// "https://open.spotify.com/track/<id>", features...}]}; unknown ids simply missing), with
// scripted faults (429 with Retry-After, 5xx, broken JSON, slow answers) for tests. It knows the
// tracks a test adds; nothing here touches the real internet.
namespace tunescope::fakes {

class FakeServer;
class InterruptibleSleeper;

struct FakeReccoBeatsOptions {
    int port = 0; // 0: any free port
    // Ids per request before it answers 400 (the real limit is undocumented; 40 is reported).
    std::size_t maxIds = 40;
    std::chrono::milliseconds latency{0};
};

class FakeReccoBeats {
public:
    explicit FakeReccoBeats(FakeReccoBeatsOptions options = {});
    ~FakeReccoBeats();
    FakeReccoBeats(const FakeReccoBeats&) = delete;
    FakeReccoBeats& operator=(const FakeReccoBeats&) = delete;

    [[nodiscard]] bool running() const { return running_; }
    // "http://127.0.0.1:P/v1"
    [[nodiscard]] std::string baseUrl() const;

    // ---- truth
    // Makes the track known, with features made up from its id (stable across runs).
    void addTrack(const std::string& spotifyId);
    void addTracks(const std::vector<std::string>& spotifyIds);
    // Makes the track known with exactly these feature members (no id/href: those are added).
    void setFeatures(const std::string& spotifyId, nlohmann::json features);
    // The feature members served for a known track; null when the track is unknown.
    [[nodiscard]] nlohmann::json features(const std::string& spotifyId) const;
    // The made-up features addTrack() serves for an id.
    static nlohmann::json madeUpFeatures(std::string_view spotifyId);

    // ---- faults: the next `times` requests whose path starts with `pathPrefix` get `fault`.
    void fail(std::string pathPrefix, Fault fault, int times = 1);
    [[nodiscard]] std::size_t pendingFaults() const;

    // ---- what was asked
    [[nodiscard]] std::vector<LoggedRequest> requests() const;
    [[nodiscard]] int requestCount(std::string_view pathPrefix = "/v1/audio-features") const;
    // Every id asked for so far, in request order (ids may repeat across requests).
    [[nodiscard]] std::vector<std::string> askedIds() const;
    void clearRequestLog();

private:
    void addRoutes();

    std::size_t maxIds_;
    mutable std::mutex mutex_;
    std::map<std::string, nlohmann::json> tracks_;
    RequestLog log_;
    FaultQueue faults_;
    std::atomic<int> latencyMs_{0};
    std::unique_ptr<InterruptibleSleeper> sleeper_;
    std::unique_ptr<FakeServer> server_;
    bool running_ = false;
};

} // namespace tunescope::fakes
