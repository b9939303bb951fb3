#pragma once

#include "BrowserSimulator.h"
#include "FakeCatalogue.h"
#include "FakeListening.h"
#include "Faults.h"
#include "RequestLog.h"
#include "TokenStore.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// Spotify's accounts service and Web API on 127.0.0.1, speaking the real protocol (PKCE login,
// rotating refresh tokens, Bearer auth, scopes, Development Mode shapes and limits), with switches
// and scripted faults for tests. Construct it, point the client at accountsBaseUrl() and
// apiBaseUrl(), play the browser with simulateBrowser(), compare what the client fetched with the
// truth accessors. Nothing here touches the real internet.
namespace tunescope::fakes {

class InterruptibleSleeper;

inline constexpr std::string_view kTestClientId = "tunescope-test-client";

struct FakeSpotifyOptions {
    std::vector<std::string> clientIds{std::string(kTestClientId)};
    std::string redirectPath = "/callback"; // registered loopback callback path
    CatalogueShape catalogue;
    int apiPort = 0;      // 0: any free port
    int accountsPort = 0; // 0: any free port
    std::chrono::milliseconds latency{0};
    bool extendedQuota = false;
};

class FakeSpotify {
public:
    explicit FakeSpotify(FakeSpotifyOptions options = {});
    ~FakeSpotify();
    FakeSpotify(const FakeSpotify&) = delete;
    FakeSpotify& operator=(const FakeSpotify&) = delete;

    // False when a server could not bind its port (only possible with fixed ports).
    [[nodiscard]] bool running() const { return running_; }
    // "http://127.0.0.1:P1" (GET /authorize, POST /api/token)
    [[nodiscard]] std::string accountsBaseUrl() const;
    // "http://127.0.0.1:P2/v1"
    [[nodiscard]] std::string apiBaseUrl() const;
    // The first registered client id ("tunescope-test-client" by default).
    [[nodiscard]] std::string clientId() const;

    // ---- accounts switches
    void registerClient(std::string clientId);
    void denyNextAuthorization();
    // The refresh tokens handed out so far reach their 6-month end: refreshing gives invalid_grant.
    void expireAllRefreshTokens();
    // Access tokens handed out so far stop working (401), as after a revocation or their hour.
    void revokeAccessTokens();
    void expireAccessTokens();
    // Codes handed out so far can no longer be exchanged (invalid_grant).
    void expireAuthorizationCodes();
    // expires_in of tokens issued from now on (default 3600).
    void setExpiresIn(int seconds);
    [[nodiscard]] TokenCounters tokenCounters() const;
    // Scopes granted with the most recent authorization code.
    [[nodiscard]] std::set<std::string> grantedScopes() const;
    // Every code, access token, refresh token and PKCE verifier seen so far (TokenStore).
    [[nodiscard]] std::vector<std::string> secretsSeen() const;
    // A valid token pair without the browser dance, for tests of API clients. Secret: never print.
    TokenGrant issueTokens(const std::set<std::string>& scopes);

    // ---- API switches
    // Extended Quota: popularity, followers, genres (and album_group, label) are served, and the
    // endpoints blocked in Development Mode (audio-features, artist top-tracks) answer.
    void setExtendedQuota(bool on);
    // Added to every answer of both servers (for benchmarks).
    void setLatency(std::chrono::milliseconds latency);
    // The next `times` requests (either server) whose path starts with `pathPrefix` get `fault`.
    void fail(std::string pathPrefix, Fault fault, int times = 1);
    void clearFaults();
    [[nodiscard]] std::size_t pendingFaults() const;

    // ---- truth (what the API serves)
    [[nodiscard]] const FakeCatalogue& catalogue() const { return *catalogue_; }
    [[nodiscard]] FakeUser user() const;
    // Top lists as served: best first, at most 99 entries.
    [[nodiscard]] std::vector<std::string> topArtistIds(TimeRange range) const;
    [[nodiscard]] std::vector<std::string> topTrackIds(TimeRange range) const;
    void setTopArtistIds(TimeRange range, std::vector<std::string> ids);
    void setTopTrackIds(TimeRange range, std::vector<std::string> ids);
    // Every recorded play, newest first (the API reaches only the first 50).
    [[nodiscard]] std::vector<RecentPlay> recentPlays() const;
    void setRecentPlays(std::vector<RecentPlay> plays);
    void addRecentPlay(const std::string& trackId, std::int64_t playedAtMs);
    void clearRecentPlays();
    // Saved tracks, newest first.
    [[nodiscard]] std::vector<SavedTrack> savedTracks() const;
    void setSavedTracks(std::vector<SavedTrack> tracks);

    // ---- what was asked
    [[nodiscard]] std::vector<LoggedRequest> requests() const;
    // Requests (either server) whose path starts with `pathPrefix`.
    [[nodiscard]] int requestCount(std::string_view pathPrefix) const;
    // Requests per route name, e.g. {"GET /v1/artists/{id}", 3}.
    [[nodiscard]] std::map<std::string, int> endpointCounts() const;
    void clearRequestLog();

private:
    struct Servers;

    void addApiRoutes();
    void addAccountsRoutes();

    std::unique_ptr<const FakeCatalogue> catalogue_;
    std::unique_ptr<ListeningStore> listening_;
    std::unique_ptr<TokenStore> tokens_;
    RequestLog log_;
    FaultQueue faults_;
    std::atomic<int> latencyMs_{0};
    std::atomic<bool> extendedQuota_{false};
    std::unique_ptr<InterruptibleSleeper> sleeper_;
    std::unique_ptr<Servers> servers_;
    std::string defaultClientId_;
    bool running_ = false;
};

} // namespace tunescope::fakes
