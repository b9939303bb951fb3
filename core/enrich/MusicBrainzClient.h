#pragma once

#include "enrich/MusicBrainzJson.h"
#include "http/CooldownStore.h"
#include "http/HttpClient.h"
#include "http/HttpTypes.h"
#include "http/PacedHttpClient.h"
#include "util/Clock.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace tunescope::enrich {

inline constexpr std::string_view kDefaultMusicBrainzUrl = "https://musicbrainz.org/ws/2";
// MusicBrainz allows about one request per second per address and answers 503 beyond it.
inline constexpr std::chrono::milliseconds kMusicBrainzInterval{1000};

// The MusicBrainz address to use: TUNESCOPE_MUSICBRAINZ_URL when set (tests, a local mirror),
// else `configured` (the app's settings) when not blank, else musicbrainz.org; normalised by
// http::normalizeBaseUrl, whose message says what to fix in a bad one.
Result<std::string> musicBrainzBaseUrl(std::string_view configured = {});

// Time between two requests to `baseUrl`: TUNESCOPE_MUSICBRAINZ_INTERVAL_MS when set (a mirror
// may allow more), else one second; never less than one second for musicbrainz.org itself.
// InvalidInput when the variable is not a number of milliseconds.
Result<std::chrono::milliseconds> musicBrainzInterval(std::string_view baseUrl);

struct MusicBrainzSettings {
    std::string baseUrl = std::string(kDefaultMusicBrainzUrl); // see musicBrainzBaseUrl()
    // Raised to one second for musicbrainz.org whatever is asked here.
    std::chrono::milliseconds minInterval = kMusicBrainzInterval;
    Clock* clock = &systemClock();
    // Where "MusicBrainz asks us to wait until ..." is kept (the profile's); null: this process only.
    http::CooldownStore* cooldowns = nullptr;
    // Where the next allowed request time is shared with other Tunescope processes (the window, a
    // command line run), so that together they keep the pace; none: this process only.
    std::optional<std::filesystem::path> sharedPaceFile;
    http::RetryPolicy retry = defaultRetry();

    // 503 and 429 are MusicBrainz's "slower, please": a few tries, a second apart at least.
    static http::RetryPolicy defaultRetry();
};

// MusicBrainz's web service (v2, JSON): which artist a Spotify artist is, an artist's genres and
// tags, and a search by name. No key or login; every request carries the house User-Agent
// (version and contact address, as MusicBrainz asks) and goes through its own request gate, so
// requests start at least `minInterval` apart, the first at once. 503 and 429 are retried after a
// pause (Retry-After honoured) a bounded number of times, then reported.
class MusicBrainzClient {
public:
    // With its own libcurl transport, gate and retrying client. InvalidInput for an unusable address.
    static Result<std::unique_ptr<MusicBrainzClient>> create(const MusicBrainzSettings& settings = {});
    // Over any sender (a test double, or a client the caller owns and paces); `baseUrl` as given.
    MusicBrainzClient(http::HttpSender& sender, std::string_view baseUrl);
    ~MusicBrainzClient();
    MusicBrainzClient(const MusicBrainzClient&) = delete;
    MusicBrainzClient& operator=(const MusicBrainzClient&) = delete;

    // GET <base>/url?resource=https://open.spotify.com/artist/<id>&inc=artist-rels: the MBIDs
    // linked to that Spotify artist (usually one; none when nobody linked it: MusicBrainz's 404).
    Result<std::vector<std::string>> artistsLinkedToSpotify(const std::string& spotifyArtistId, std::stop_token stop);

    // GET <base>/artist/<mbid>?inc=genres+tags. NotFound when MusicBrainz no longer has it.
    Result<MusicBrainzArtist> artistGenres(const std::string& mbid, std::stop_token stop);

    // GET <base>/artist?query=artist:"<name>"&limit=5 (the name escaped for Lucene).
    Result<std::vector<ArtistCandidate>> searchArtists(std::string_view name, std::stop_token stop);

    [[nodiscard]] const std::string& baseUrl() const { return baseUrl_; }
    // The least time between two request starts (0 over a sender the caller paces).
    [[nodiscard]] std::chrono::milliseconds minInterval() const;
    // Calls made so far (each one request, plus the retries the sender made of it).
    [[nodiscard]] std::size_t callsMade() const { return calls_.load(); }
    // HTTP requests sent so far, retries included, when built by create(); else callsMade().
    [[nodiscard]] std::size_t requestsSent() const;

private:
    MusicBrainzClient(std::unique_ptr<http::PacedHttpClient> owned, std::string baseUrl);
    // The answer to GET <base><pathAndQuery>&fmt=json; 2xx and 404 come back, the rest is an error.
    Result<http::HttpResponse> get(const std::string& pathAndQuery, std::stop_token stop);

    std::unique_ptr<http::PacedHttpClient> owned_; // only when built by create()
    http::HttpSender* sender_;
    std::string baseUrl_;
    std::atomic<std::size_t> calls_{0};
};

// `name` as a Lucene phrase for MusicBrainz's search: quotes around it, and a backslash before
// every character Lucene treats specially (+ - & | ! ( ) { } [ ] ^ " ~ * ? : \ /).
std::string luceneArtistQuery(std::string_view name);

} // namespace tunescope::enrich
