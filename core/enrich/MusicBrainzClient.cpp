#include "enrich/MusicBrainzClient.h"

#include "http/BaseUrl.h"
#include "spotify/SpotifyUrls.h"
#include "util/Text.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace tunescope::enrich {
namespace {

// MusicBrainz's own servers; a mirror under any other name sets its own pace.
bool isMusicBrainzOrg(std::string_view baseUrl)
{
    std::string host = http::hostOf(baseUrl);
    host = host.substr(0, host.find(':'));
    return host == "musicbrainz.org" || host.ends_with(".musicbrainz.org");
}

std::chrono::milliseconds allowedInterval(std::string_view baseUrl, std::chrono::milliseconds asked)
{
    const auto floor = isMusicBrainzOrg(baseUrl) ? kMusicBrainzInterval : std::chrono::milliseconds(0);
    return std::max(asked, floor);
}

Error errorFromStatus(const http::HttpResponse& response, int tries)
{
    const std::string status = "HTTP " + std::to_string(response.status);
    const std::string said = musicBrainzErrorText(response.body);
    const std::string because = said.empty() ? "" : ": " + said;
    if (response.status == 503 || response.status >= 500) {
        return makeError(ErrorCode::Remote, "MusicBrainz is busy or not answering properly (" + status + ", " +
                                                std::to_string(tries) +
                                                " tries); what was found so far is kept, try again later.");
    }
    if (response.status == 403) {
        return makeError(ErrorCode::Forbidden, "MusicBrainz refused access (" + status + because +
                                                   "); it blocks clients it cannot identify or that ask too fast.");
    }
    return makeError(ErrorCode::Remote, "MusicBrainz refused the request (" + status + because + ").");
}

} // namespace

Result<std::string> musicBrainzBaseUrl(std::string_view configured)
{
    return http::chooseBaseUrl("MusicBrainz", "TUNESCOPE_MUSICBRAINZ_URL", configured, kDefaultMusicBrainzUrl);
}

Result<std::chrono::milliseconds> musicBrainzInterval(std::string_view baseUrl)
{
    const char* text = std::getenv("TUNESCOPE_MUSICBRAINZ_INTERVAL_MS"); // NOLINT(concurrency-mt-unsafe)
    if (text == nullptr || *text == '\0') {
        return kMusicBrainzInterval;
    }
    const std::string_view value(text);
    long long ms = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), ms);
    if (ec != std::errc() || end != value.data() + value.size() || ms < 0 || ms > 3'600'000) {
        return makeError(ErrorCode::InvalidInput, "TUNESCOPE_MUSICBRAINZ_INTERVAL_MS is a number of milliseconds "
                                                  "(0 to 3600000), not \"" +
                                                      std::string(value) + "\".");
    }
    return allowedInterval(baseUrl, std::chrono::milliseconds(ms));
}

http::RetryPolicy MusicBrainzSettings::defaultRetry()
{
    http::RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.baseBackoff = std::chrono::milliseconds(1'000);
    policy.maxBackoff = std::chrono::milliseconds(8'000);
    policy.defaultRetryAfter = std::chrono::milliseconds(5'000);
    return policy;
}

Result<std::unique_ptr<MusicBrainzClient>> MusicBrainzClient::create(const MusicBrainzSettings& settings)
{
    auto url = http::normalizeBaseUrl(settings.baseUrl);
    if (!url) {
        return makeError(ErrorCode::InvalidInput, "The MusicBrainz address " + url.error().message);
    }
    auto owned = std::make_unique<http::PacedHttpClient>(
        *settings.clock, http::HostPacing{allowedInterval(*url, settings.minInterval), 1}, settings.cooldowns,
        settings.retry, settings.sharedPaceFile);
    return std::unique_ptr<MusicBrainzClient>(new MusicBrainzClient(std::move(owned), std::move(url).value()));
}

MusicBrainzClient::MusicBrainzClient(std::unique_ptr<http::PacedHttpClient> owned, std::string baseUrl)
    : owned_(std::move(owned)), sender_(&owned_->client()), baseUrl_(std::move(baseUrl))
{
}

MusicBrainzClient::MusicBrainzClient(http::HttpSender& sender, std::string_view baseUrl)
    : sender_(&sender), baseUrl_(spotify::withoutTrailingSlash(baseUrl))
{
}

MusicBrainzClient::~MusicBrainzClient() = default;

std::size_t MusicBrainzClient::requestsSent() const
{
    return owned_ ? static_cast<std::size_t>(owned_->client().requestsSent()) : calls_.load();
}

std::chrono::milliseconds MusicBrainzClient::minInterval() const
{
    return owned_ ? owned_->gate().pacing(http::hostOf(baseUrl_)).minInterval : std::chrono::milliseconds(0);
}

Result<http::HttpResponse> MusicBrainzClient::get(const std::string& pathAndQuery, std::stop_token stop)
{
    if (stop.stop_requested()) {
        return makeError(ErrorCode::Cancelled, "Stopped before asking MusicBrainz.");
    }
    http::HttpRequest request;
    request.url = baseUrl_ + pathAndQuery + "&fmt=json";
    request.headers = {{"Accept", "application/json"}};
    const auto before = requestsSent();
    ++calls_;
    auto response = sender_->send(request, std::move(stop));
    if (!response) {
        return response.error();
    }
    if (response->status >= 200 && response->status < 300) {
        return response;
    }
    // MusicBrainz's "not found" carries its JSON error body; a bare 404 (a proxy, a web server,
    // a wrong address) is no answer about the artist and must not be stored as "none found".
    if (response->status == 404) {
        if (!musicBrainzErrorText(response->body).empty()) {
            return response;
        }
        return makeError(ErrorCode::Remote, "The MusicBrainz address " + baseUrl_ +
                                                " answered 404 without MusicBrainz's error body; check the "
                                                "MusicBrainz address in the settings.");
    }
    return errorFromStatus(*response, static_cast<int>(std::max<std::size_t>(1, requestsSent() - before)));
}

Result<std::vector<std::string>> MusicBrainzClient::artistsLinkedToSpotify(const std::string& spotifyArtistId,
                                                                           std::stop_token stop)
{
    if (!spotify::isSpotifyId(spotifyArtistId)) {
        return makeError(ErrorCode::InvalidInput, "\"" + spotifyArtistId + "\" is not a Spotify artist id.");
    }
    const std::string resource = "https://open.spotify.com/artist/" + spotifyArtistId;
    auto response = get("/url?resource=" + http::urlEncode(resource) + "&inc=artist-rels", std::move(stop));
    if (!response) {
        return response.error();
    }
    if (response->status == 404) {
        return std::vector<std::string>{}; // nobody linked that Spotify artist
    }
    return parseUrlLookupArtists(response->body);
}

Result<MusicBrainzArtist> MusicBrainzClient::artistGenres(const std::string& mbid, std::stop_token stop)
{
    if (!isMbid(mbid)) {
        return makeError(ErrorCode::InvalidInput, "\"" + mbid + "\" is not a MusicBrainz id.");
    }
    auto response = get("/artist/" + mbid + "?inc=genres+tags", std::move(stop));
    if (!response) {
        return response.error();
    }
    if (response->status == 404) {
        return makeError(ErrorCode::NotFound, "MusicBrainz no longer has the artist " + mbid + ".");
    }
    return parseArtistLookup(response->body);
}

Result<std::vector<ArtistCandidate>> MusicBrainzClient::searchArtists(std::string_view name, std::stop_token stop)
{
    if (text::trimmed(name).empty()) {
        return std::vector<ArtistCandidate>{};
    }
    auto response =
        get("/artist?query=" + http::urlEncode("artist:" + luceneArtistQuery(name)) + "&limit=5", std::move(stop));
    if (!response) {
        return response.error();
    }
    if (response->status == 404) {
        return makeError(ErrorCode::Remote, "There is no MusicBrainz search at " + baseUrl_ +
                                                "; check the MusicBrainz address in the settings.");
    }
    return parseArtistSearch(response->body);
}

std::string luceneArtistQuery(std::string_view name)
{
    static constexpr std::string_view kSpecial = "+-&|!(){}[]^\"~*?:\\/";
    std::string phrase = "\"";
    for (const char c : text::trimmed(name)) {
        if (kSpecial.find(c) != std::string_view::npos) {
            phrase += '\\';
        }
        phrase += c;
    }
    return phrase + "\"";
}

} // namespace tunescope::enrich
