#include "enrich/ReccoBeatsClient.h"

#include "http/BaseUrl.h"
#include "spotify/SpotifyUrls.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace tunescope::enrich {
namespace {

// Unpublished limits: one request at a time, a few per second, is a polite guess that still
// fetches a thousand tracks in well under a minute.
constexpr http::HostPacing kReccoBeatsPacing{std::chrono::milliseconds(250), 1};
constexpr std::size_t kMaxMessageBytes = 200;

// The service's own explanation from an error body ({"message": ...} or {"error": ...}), short.
std::string serviceMessage(const std::string& body)
{
    const auto parsed = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_object()) {
        return {};
    }
    for (const char* key : {"message", "error"}) {
        const auto it = parsed.find(key);
        if (it != parsed.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
            std::string text = it->get<std::string>();
            std::replace_if(
                text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }, ' ');
            return text.size() > kMaxMessageBytes ? std::string() : text;
        }
    }
    return {};
}

Error errorFromStatus(const http::HttpResponse& response)
{
    const std::string status = "HTTP " + std::to_string(response.status);
    const std::string said = serviceMessage(response.body);
    const std::string because = said.empty() ? "" : ": " + said;
    if (response.status >= 500) {
        return makeError(ErrorCode::Remote, "ReccoBeats is not answering properly (" + status + "); try again later.");
    }
    if (response.status == 403) {
        return makeError(ErrorCode::Forbidden, "ReccoBeats refused access (" + status + ")" + because + ".");
    }
    if (response.status == 404) {
        return makeError(ErrorCode::Remote, "There is no ReccoBeats audio-features service at this address (" + status +
                                                "); check the ReccoBeats address in the settings.");
    }
    return makeError(ErrorCode::Remote, "ReccoBeats refused the request (" + status + ")" + because + ".");
}

} // namespace

Result<std::string> reccoBeatsBaseUrl(std::string_view configured)
{
    return http::chooseBaseUrl("ReccoBeats", "TUNESCOPE_RECCOBEATS_URL", configured, kDefaultReccoBeatsUrl);
}

Result<std::unique_ptr<ReccoBeatsClient>> ReccoBeatsClient::create(const ReccoBeatsSettings& settings)
{
    auto url = http::normalizeBaseUrl(settings.baseUrl);
    if (!url) {
        return makeError(ErrorCode::InvalidInput, "The ReccoBeats address " + url.error().message);
    }
    auto owned =
        std::make_unique<http::PacedHttpClient>(*settings.clock, kReccoBeatsPacing, settings.cooldowns, settings.retry);
    return std::unique_ptr<ReccoBeatsClient>(new ReccoBeatsClient(std::move(owned), std::move(url).value()));
}

ReccoBeatsClient::ReccoBeatsClient(std::unique_ptr<http::PacedHttpClient> owned, std::string baseUrl)
    : owned_(std::move(owned)), sender_(&owned_->client()), baseUrl_(std::move(baseUrl))
{
}

ReccoBeatsClient::ReccoBeatsClient(http::HttpSender& sender, std::string_view baseUrl)
    : sender_(&sender), baseUrl_(spotify::withoutTrailingSlash(baseUrl))
{
}

ReccoBeatsClient::~ReccoBeatsClient() = default;

Result<FeaturesById> ReccoBeatsClient::audioFeatures(const std::vector<std::string>& spotifyIds, std::stop_token stop)
{
    for (const auto& id : spotifyIds) {
        if (!spotify::isSpotifyId(id)) {
            return makeError(ErrorCode::InvalidInput, "\"" + id + "\" is not a Spotify track id.");
        }
    }
    FeaturesById all;
    for (std::size_t from = 0; from < spotifyIds.size(); from += kMaxIdsPerRequest) {
        const std::size_t to = std::min(spotifyIds.size(), from + kMaxIdsPerRequest);
        auto part = oneRequest(spotifyIds, from, to, stop);
        if (!part) {
            return part.error();
        }
        all.merge(*part);
    }
    return all;
}

Result<FeaturesById> ReccoBeatsClient::oneRequest(const std::vector<std::string>& ids, std::size_t from, std::size_t to,
                                                  std::stop_token stop)
{
    if (stop.stop_requested()) {
        return makeError(ErrorCode::Cancelled, "Stopped before ReccoBeats sent the audio features.");
    }
    http::HttpRequest request;
    request.url = baseUrl_ + "/audio-features?ids=";
    for (std::size_t i = from; i < to; ++i) {
        if (i != from) {
            request.url += ',';
        }
        request.url += ids[i]; // base62 only: nothing to escape
    }
    request.headers = {{"Accept", "application/json"}};
    ++requestsSent_;
    auto response = sender_->send(request, std::move(stop));
    if (!response) {
        return response.error();
    }
    if (response->status < 200 || response->status >= 300) {
        return errorFromStatus(*response);
    }
    auto features = parseReccoBeatsAudioFeatures(response->body);
    if (!features) {
        return makeError(ErrorCode::Remote,
                         "ReccoBeats sent an answer Tunescope could not read: " + features.error().message + ".");
    }
    return features;
}

} // namespace tunescope::enrich
