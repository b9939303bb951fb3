#pragma once

#include "Faults.h"
#include "Reply.h"
#include "RequestLog.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// MusicBrainz's web service (v2) on 127.0.0.1, as genre enrichment uses it, in the shapes the
// real one answers with fmt=json:
//   GET /ws/2/url?resource=<url>&inc=artist-rels  -> {"resource","id","relations":[{"target-type":
//       "artist","artist":{"id","name",...}}]}, or 404 {"error":"Not Found","help":...}
//   GET /ws/2/artist/<mbid>?inc=genres+tags        -> {"id","name",...,"genres":[{"id","name",
//       "count","disambiguation"}],"tags":[{"name","count"}]} (each list only when asked for)
//   GET /ws/2/artist?query=artist:"<name>"&limit=N -> {"created","count","offset","artists":
//       [{"id","type","score","name","sort-name","disambiguation"}]}
// Like the real service it answers 503 to a request that comes less than `minInterval` after the
// previous one (tests assert tooFast() == 0: the client must never trigger it), refuses requests
// without a real User-Agent (403), and answers XML when fmt=json is missing. Scripted 503/429
// bursts, hostile bodies and slow answers for tests. Nothing here touches the real internet.
namespace tunescope::fakes {

class FakeServer;
class InterruptibleSleeper;
struct IncomingRequest;

struct FakeMusicBrainzOptions {
    int port = 0; // 0: any free port
    // MusicBrainz's limit: one request per second. Zero turns the check off.
    std::chrono::milliseconds minInterval{1000};
    // Scheduling jitter forgiven on loopback (the client paces request starts; the fake sees arrivals).
    std::chrono::milliseconds tolerance{10};
    std::chrono::milliseconds latency{0};
    // The clock arrivals are measured by, in ms; default: the steady clock. A test whose client
    // runs on a fast-forward clock passes the same clock here, so "a second apart" means the same
    // on both sides.
    std::function<std::int64_t()> nowMs;
};

struct FakeMusicBrainzArtist {
    std::string mbid;
    std::string name;
    std::vector<std::pair<std::string, int>> genres; // name, votes
    std::vector<std::pair<std::string, int>> tags;   // name, votes
    std::string disambiguation;
    // Search score when the query is exactly the name (default 100); other names containing the
    // query score 60.
    int exactScore = 100;
};

class FakeMusicBrainz {
public:
    explicit FakeMusicBrainz(FakeMusicBrainzOptions options = {});
    ~FakeMusicBrainz();
    FakeMusicBrainz(const FakeMusicBrainz&) = delete;
    FakeMusicBrainz& operator=(const FakeMusicBrainz&) = delete;

    [[nodiscard]] bool running() const { return running_; }
    // "http://127.0.0.1:P/ws/2"
    [[nodiscard]] std::string baseUrl() const;

    // ---- truth
    void addArtist(FakeMusicBrainzArtist artist);
    // Links https://open.spotify.com/artist/<spotifyId> to the artist (several: an odd but real case).
    void linkSpotifyArtist(const std::string& spotifyId, const std::string& mbid);
    // A made-up, stable MBID for a test's artist number.
    static std::string mbidFor(int number);

    // ---- faults, in order, for the next requests whose path starts with `pathPrefix`
    // MusicBrainz's "slow down": 503 (or 429) with its JSON error body, Retry-After when given.
    void refuseNext(int times, int status = 503, std::optional<int> retryAfterSeconds = std::nullopt,
                    std::string pathPrefix = "/ws/2/");
    // Exactly this answer (a hostile body, a 500, ...).
    void answerNext(Reply reply, int times = 1, std::string pathPrefix = "/ws/2/");
    // The real answer after `delay`.
    void delayNext(std::chrono::milliseconds delay, int times = 1, std::string pathPrefix = "/ws/2/");
    // A fault of the shared kinds (Faults.h: cut-off bodies, dropped connections, HTML pages,
    // redirects, ...), played by the server before the pace check and the scripts above.
    void fail(std::string pathPrefix, Fault fault, int times = 1);
    [[nodiscard]] std::size_t pendingFaults() const;

    // ---- what was asked
    [[nodiscard]] std::vector<LoggedRequest> requests() const;
    [[nodiscard]] int requestCount(std::string_view pathPrefix = "/ws/2/") const;
    // Requests answered 503 because they came too soon after the previous one.
    [[nodiscard]] int tooFast() const;
    // Arrival of every request, in the options' clock (ms), in order.
    [[nodiscard]] std::vector<std::int64_t> arrivals() const;
    // The most requests that arrived within any window of `window` length.
    [[nodiscard]] int busiestWindow(std::chrono::milliseconds window) const;

private:
    struct Scripted {
        std::string pathPrefix;
        std::optional<Reply> reply;
        std::chrono::milliseconds delay{0};
        int remaining = 0;
    };
    void addRoutes();
    // The pipeline every request goes through: pace check, script, User-Agent, fmt=json, answer.
    Reply serve(const IncomingRequest& request, const std::function<Reply()>& answer);
    Reply urlLookup(const IncomingRequest& request) const;
    Reply artistLookup(const IncomingRequest& request) const;
    Reply artistSearch(const IncomingRequest& request) const;
    std::optional<Scripted> takeScripted(const std::string& path);

    FakeMusicBrainzOptions options_;
    mutable std::mutex mutex_;
    std::map<std::string, FakeMusicBrainzArtist> artists_;         // by MBID
    std::map<std::string, std::vector<std::string>> spotifyLinks_; // Spotify artist id -> MBIDs
    std::vector<Scripted> script_;
    std::vector<std::int64_t> arrivals_;
    int tooFast_ = 0;
    RequestLog log_;
    std::unique_ptr<FaultQueue> faults_; // the server's own: fail() (the scripts above live in script_)
    std::atomic<int> noLatency_{0};
    std::unique_ptr<InterruptibleSleeper> sleeper_;
    std::unique_ptr<FakeServer> server_;
    bool running_ = false;
};

} // namespace tunescope::fakes
