#pragma once

#include "enrich/FeatureJson.h"
#include "http/CooldownStore.h"
#include "http/HttpClient.h"
#include "http/HttpTypes.h"
#include "http/PacedHttpClient.h"
#include "util/Clock.h"

#include <atomic>
#include <cstddef>
#include <memory>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace tunescope::enrich {

inline constexpr std::string_view kDefaultReccoBeatsUrl = "https://api.reccobeats.com/v1";

// The ReccoBeats address to use: TUNESCOPE_RECCOBEATS_URL when set (tests, proxies), else
// `configured` (the app's settings) when not empty, else the public service; normalised by
// http::normalizeBaseUrl, whose message says what to fix in a bad one.
Result<std::string> reccoBeatsBaseUrl(std::string_view configured = {});

struct ReccoBeatsSettings {
    std::string baseUrl = std::string(kDefaultReccoBeatsUrl); // see reccoBeatsBaseUrl()
    Clock* clock = &systemClock();
    // Where "ReccoBeats asks us to wait until ..." is kept (the profile's, so it survives a
    // restart); null: for this process only.
    http::CooldownStore* cooldowns = nullptr;
    http::RetryPolicy retry;
};

// ReccoBeats (api.reccobeats.com): free audio features keyed by Spotify track id, no key, no
// login. Nothing but the ids is sent; no Spotify token ever goes there. Its rate limits are not
// published, so requests are paced by their own gate, and 429/5xx are handled by the house
// HttpClient (Retry-After, cooldowns, backoff).
class ReccoBeatsClient {
public:
    // Ids per request. ReccoBeats does not document it; 40 is what its users report working.
    static constexpr std::size_t kMaxIdsPerRequest = 40;

    // With its own libcurl transport, request gate and retrying client. InvalidInput when the
    // base URL is not usable.
    static Result<std::unique_ptr<ReccoBeatsClient>> create(const ReccoBeatsSettings& settings = {});
    // Over any sender (a test double, or a client the caller owns); `baseUrl` used as given.
    ReccoBeatsClient(http::HttpSender& sender, std::string_view baseUrl);
    ~ReccoBeatsClient();
    ReccoBeatsClient(const ReccoBeatsClient&) = delete;
    ReccoBeatsClient& operator=(const ReccoBeatsClient&) = delete;

    // GET <base>/audio-features?ids=a,b,... (kMaxIdsPerRequest per request, as many requests as
    // needed). Ids ReccoBeats does not know are absent from the answer. InvalidInput for an id
    // that is not a Spotify id (nothing is sent then); RateLimited, Network, Remote, Cancelled
    // as the request went.
    Result<FeaturesById> audioFeatures(const std::vector<std::string>& spotifyIds, std::stop_token stop);

    [[nodiscard]] const std::string& baseUrl() const { return baseUrl_; }
    // HTTP requests handed to the sender so far.
    [[nodiscard]] std::size_t requestsSent() const { return requestsSent_.load(); }

private:
    ReccoBeatsClient(std::unique_ptr<http::PacedHttpClient> owned, std::string baseUrl);
    Result<FeaturesById> oneRequest(const std::vector<std::string>& ids, std::size_t from, std::size_t to,
                                    std::stop_token stop);

    std::unique_ptr<http::PacedHttpClient> owned_; // only when built by create()
    http::HttpSender* sender_;
    std::string baseUrl_;
    std::atomic<std::size_t> requestsSent_{0};
};

} // namespace tunescope::enrich
