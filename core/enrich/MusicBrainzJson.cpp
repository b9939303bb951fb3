#include "enrich/MusicBrainzJson.h"

#include "util/Text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <optional>

namespace tunescope::enrich {
namespace {

using nlohmann::json;

// Longer names are not genres or artists but garbage (or an attack on the tables).
constexpr std::size_t kMaxNameBytes = 200;
constexpr std::size_t kMaxErrorBytes = 200;

Error unreadable(const std::string& why)
{
    return makeError(ErrorCode::Remote, "MusicBrainz sent an answer Tunescope could not read (" + why + ").");
}

Result<json> parseObject(std::string_view body)
{
    auto parsed = json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) {
        return unreadable("not JSON");
    }
    if (!parsed.is_object()) {
        return unreadable("not a JSON object");
    }
    return parsed;
}

// A usable name: text, valid UTF-8, not blank, no control characters, not absurdly long.
std::optional<std::string> nameOf(const json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string()) {
        return std::nullopt;
    }
    const auto& raw = it->get_ref<const std::string&>();
    const std::string_view name = text::trimmed(raw);
    if (name.empty() || name.size() > kMaxNameBytes || !text::isValidUtf8(name) ||
        std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
        return std::nullopt;
    }
    return text::toNfc(name);
}

std::optional<std::string> mbidOf(const json& object)
{
    const auto it = object.find("id");
    if (it == object.end() || !it->is_string() || !isMbid(it->get_ref<const std::string&>())) {
        return std::nullopt;
    }
    std::string id = it->get<std::string>();
    std::transform(id.begin(), id.end(), id.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return id;
}

// An optional array member: absent or null is empty; any other non-array is the answer's fault.
Result<const json*> arrayMember(const json& object, const char* key)
{
    static const json kEmpty = json::array();
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        return &kEmpty;
    }
    if (!it->is_array()) {
        return unreadable(std::string("\"") + key + "\" is not a list");
    }
    return &*it;
}

Result<std::vector<VotedName>> votedNames(const json& object, const char* key)
{
    auto list = arrayMember(object, key);
    if (!list) {
        return list.error();
    }
    std::vector<VotedName> names;
    for (const auto& item : **list) {
        if (!item.is_object()) {
            continue;
        }
        auto name = nameOf(item, "name");
        const auto count = item.find("count");
        if (!name || count == item.end() || !count->is_number_integer()) {
            continue;
        }
        names.push_back(VotedName{std::move(*name), count->get<std::int64_t>()});
    }
    return names;
}

} // namespace

bool isMbid(std::string_view text)
{
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : std::isxdigit(static_cast<unsigned char>(text[i])) == 0) {
            return false;
        }
    }
    return true;
}

Result<std::vector<std::string>> parseUrlLookupArtists(std::string_view body)
{
    auto parsed = parseObject(body);
    if (!parsed) {
        return parsed.error();
    }
    auto relations = arrayMember(*parsed, "relations");
    if (!relations) {
        return relations.error();
    }
    std::vector<std::string> artists;
    for (const auto& relation : **relations) {
        if (!relation.is_object()) {
            continue;
        }
        const auto artist = relation.find("artist");
        if (artist == relation.end() || !artist->is_object()) {
            continue; // a relation to a label, a release, ...
        }
        if (auto id = mbidOf(*artist); id && std::find(artists.begin(), artists.end(), *id) == artists.end()) {
            artists.push_back(std::move(*id));
        }
    }
    return artists;
}

Result<MusicBrainzArtist> parseArtistLookup(std::string_view body)
{
    auto parsed = parseObject(body);
    if (!parsed) {
        return parsed.error();
    }
    MusicBrainzArtist artist;
    auto id = mbidOf(*parsed);
    if (!id) {
        return unreadable("no artist id");
    }
    artist.mbid = std::move(*id);
    artist.name = nameOf(*parsed, "name").value_or("");
    auto genres = votedNames(*parsed, "genres");
    auto tags = votedNames(*parsed, "tags");
    if (!genres || !tags) {
        return genres ? tags.error() : genres.error();
    }
    artist.genres = std::move(genres).value();
    artist.tags = std::move(tags).value();
    return artist;
}

Result<std::vector<ArtistCandidate>> parseArtistSearch(std::string_view body)
{
    auto parsed = parseObject(body);
    if (!parsed) {
        return parsed.error();
    }
    if (!parsed->contains("artists")) {
        return unreadable("no \"artists\" list");
    }
    auto list = arrayMember(*parsed, "artists");
    if (!list) {
        return list.error();
    }
    std::vector<ArtistCandidate> candidates;
    for (const auto& item : **list) {
        if (!item.is_object()) {
            continue;
        }
        auto id = mbidOf(item);
        auto name = nameOf(item, "name");
        const auto score = item.find("score");
        if (!id || !name || score == item.end() || !score->is_number()) {
            continue;
        }
        const double value = score->get<double>();
        ArtistCandidate candidate;
        candidate.mbid = std::move(*id);
        candidate.name = std::move(*name);
        candidate.score = static_cast<int>(std::clamp(value, 0.0, 100.0));
        candidate.disambiguation = nameOf(item, "disambiguation").value_or("");
        candidates.push_back(std::move(candidate));
    }
    return candidates;
}

std::string musicBrainzErrorText(std::string_view body)
{
    const auto parsed = json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_object()) {
        return {};
    }
    auto text = nameOf(parsed, "error");
    return text && text->size() <= kMaxErrorBytes ? *text : std::string();
}

} // namespace tunescope::enrich
