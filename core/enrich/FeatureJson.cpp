#include "enrich/FeatureJson.h"

#include "enrich/SpotifyTrackId.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace tunescope::enrich {
namespace {

using Json = nlohmann::json;

// A finite number, or absent (missing key, null, a string, NaN).
std::optional<double> number(const Json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number()) {
        return std::nullopt;
    }
    const double value = it->get<double>();
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// A number on a 0..1 scale; a value outside it is a fault of the source, not a measurement.
std::optional<double> unit(const Json& object, const char* key)
{
    const auto value = number(object, key);
    return value && *value >= 0.0 && *value <= 1.0 ? value : std::nullopt;
}

// A whole number within [low, high] (3.0 counts; 3.5 does not).
std::optional<int> whole(const Json& object, const char* key, int low, int high)
{
    const auto value = number(object, key);
    if (!value || std::floor(*value) != *value || *value < low || *value > high) {
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

AudioFeatures featuresOf(const Json& object)
{
    AudioFeatures f;
    f.acousticness = unit(object, "acousticness");
    f.danceability = unit(object, "danceability");
    f.energy = unit(object, "energy");
    f.instrumentalness = unit(object, "instrumentalness");
    f.liveness = unit(object, "liveness");
    f.speechiness = unit(object, "speechiness");
    f.valence = unit(object, "valence");
    f.loudness = number(object, "loudness");
    if (const auto tempo = number(object, "tempo"); tempo && *tempo > 0.0) {
        f.tempo = tempo;
    }
    f.key = whole(object, "key", 0, 11); // Spotify sends -1 when it detected no key
    f.mode = whole(object, "mode", 0, 1);
    f.timeSignature = whole(object, "time_signature", 1, 16);
    if (const auto duration = number(object, "duration_ms"); duration && *duration > 0.0) {
        f.durationMs = static_cast<std::int64_t>(std::llround(*duration));
    }
    return f;
}

Result<Json> parseObject(std::string_view body)
{
    Json parsed = Json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) {
        return makeError(ErrorCode::Remote, "the answer is not JSON");
    }
    if (!parsed.is_object()) {
        return makeError(ErrorCode::Remote, "the answer is not a JSON object");
    }
    return parsed;
}

const Json* arrayMember(const Json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_array() ? &*it : nullptr;
}

} // namespace

Result<FeaturesById> parseSpotifyAudioFeatures(std::string_view body)
{
    auto parsed = parseObject(body);
    if (!parsed) {
        return parsed.error();
    }
    const Json* list = arrayMember(*parsed, "audio_features");
    if (list == nullptr) {
        return makeError(ErrorCode::Remote, "\"audio_features\" is missing");
    }
    FeaturesById out;
    for (const Json& item : *list) {
        if (!item.is_object()) {
            continue; // null: Spotify has no features for that id
        }
        const auto id = item.find("id");
        if (id == item.end() || !id->is_string() || !isFullSpotifyId(id->get_ref<const std::string&>())) {
            continue;
        }
        out[id->get<std::string>()] = featuresOf(item);
    }
    return out;
}

Result<FeaturesById> parseReccoBeatsAudioFeatures(std::string_view body)
{
    auto parsed = parseObject(body);
    if (!parsed) {
        return parsed.error();
    }
    const Json* list = arrayMember(*parsed, "content");
    if (list == nullptr) {
        return makeError(ErrorCode::Remote, "\"content\" is missing");
    }
    FeaturesById out;
    for (const Json& item : *list) {
        if (!item.is_object()) {
            continue;
        }
        const auto href = item.find("href");
        if (href == item.end() || !href->is_string()) {
            continue;
        }
        if (const auto id = spotifyTrackId(href->get_ref<const std::string&>())) {
            out[*id] = featuresOf(item);
        }
    }
    return out;
}

} // namespace tunescope::enrich
