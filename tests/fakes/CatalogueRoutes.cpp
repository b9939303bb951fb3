#include "ApiRoutes.h"
#include "Paging.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace tunescope::fakes {

namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 7> kSearchTypes{"album", "artist",  "playlist", "track",
                                                       "show",  "episode", "audiobook"};
constexpr std::array<std::string_view, 4> kAlbumGroups{"album", "single", "compilation", "appears_on"};

std::vector<std::string> splitList(std::string_view text)
{
    std::vector<std::string> parts;
    while (!text.empty()) {
        const auto comma = text.find(',');
        if (const auto part = text.substr(0, comma); !part.empty()) {
            parts.emplace_back(part);
        }
        text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
    }
    return parts;
}

std::string lowerAscii(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return out;
}

// Exact names first, then names starting with the query, then any other substring match.
template <typename Item>
std::vector<const Item*> matchByName(const std::vector<Item>& items, const std::string& needle)
{
    std::array<std::vector<const Item*>, 3> tiers;
    for (const auto& item : items) {
        const std::string name = lowerAscii(item.name);
        const auto at = name.find(needle);
        if (at == std::string::npos) {
            continue;
        }
        tiers[name == needle ? 0 : (at == 0 ? 1 : 2)].push_back(&item);
    }
    std::vector<const Item*> matches;
    for (auto& tier : tiers) {
        matches.insert(matches.end(), tier.begin(), tier.end());
    }
    return matches;
}

template <typename Item, typename Shape>
json searchPage(const std::vector<Item>& items, const std::string& needle, const std::string& url, const Params& keep,
                const PageRequest& page, Shape shape)
{
    const auto matches = matchByName(items, needle);
    const int total = static_cast<int>(matches.size());
    json list = json::array();
    for (int i = page.offset; i < total && i < page.offset + page.limit; ++i) {
        list.push_back(shape(*matches[static_cast<std::size_t>(i)]));
    }
    return pagingObject(url, keep, page, total, std::move(list));
}

Reply search(const ApiData& data, const ApiCall& call)
{
    const auto query = call.param("q") ? call.param("q") : call.param("query"); // next links use "query"
    if (!query || query->empty()) {
        return apiError(400, "No search query");
    }
    const auto typeText = call.param("type");
    if (!typeText || typeText->empty()) {
        return apiError(400, "Missing parameter type");
    }
    const auto types = splitList(*typeText);
    for (const auto& type : types) {
        if (std::find(kSearchTypes.begin(), kSearchTypes.end(), type) == kSearchTypes.end()) {
            return apiError(400, "Bad search type field " + type);
        }
    }
    const auto page = parsePage(call.query, PageBounds{5, 10, 1000});
    if (!page.page) {
        return apiError(400, page.error);
    }
    const std::string needle = lowerAscii(*query);
    const std::string url = call.json.apiUrl("/search");
    const Params keep{{"query", *query}, {"type", *typeText}};
    json result = json::object();
    for (const auto& type : types) {
        if (type == "artist") {
            result["artists"] = searchPage(data.catalogue.artists(), needle, url, keep, *page.page,
                                           [&](const FakeArtist& artist) { return call.json.artist(artist); });
        } else if (type == "album") {
            result["albums"] = searchPage(data.catalogue.albums(), needle, url, keep, *page.page,
                                          [&](const FakeAlbum& album) { return call.json.simplifiedAlbum(album); });
        } else if (type == "track") {
            result["tracks"] = searchPage(data.catalogue.tracks(), needle, url, keep, *page.page,
                                          [&](const FakeTrack& track) { return call.json.track(track); });
        } else {
            // The fake has no playlists, shows, episodes or audiobooks: an honest empty page.
            result[type + "s"] = pagingObject(url, keep, *page.page, 0, json::array());
        }
    }
    return jsonReply(result);
}

Reply artistAlbums(const ApiData& data, const ApiCall& call, const FakeArtist& artist)
{
    std::vector<std::string> groups(kAlbumGroups.begin(), kAlbumGroups.end());
    Params keep;
    if (const auto groupText = call.param("include_groups")) {
        groups = splitList(*groupText);
        for (const auto& group : groups) {
            if (std::find(kAlbumGroups.begin(), kAlbumGroups.end(), group) == kAlbumGroups.end()) {
                return apiError(400, "Invalid include_groups value");
            }
        }
        keep.emplace_back("include_groups", *groupText);
    }
    const auto page = parsePage(call.query, PageBounds{5, 10});
    if (!page.page) {
        return apiError(400, page.error);
    }
    // Listed group by group (album, single, compilation, appears_on), newest release first.
    std::vector<std::pair<const FakeAlbum*, std::string_view>> listed;
    for (const auto group : kAlbumGroups) {
        if (std::find(groups.begin(), groups.end(), group) == groups.end()) {
            continue;
        }
        std::vector<const FakeAlbum*> members;
        const auto& ids = group == "appears_on" ? artist.appearsOnIds : artist.albumIds;
        for (const auto& id : ids) {
            const auto* album = data.catalogue.album(id);
            if (album != nullptr && (group == "appears_on" || album->albumType == group)) {
                members.push_back(album);
            }
        }
        std::stable_sort(members.begin(), members.end(),
                         [](const FakeAlbum* a, const FakeAlbum* b) { return a->releaseDate > b->releaseDate; });
        for (const auto* album : members) {
            listed.emplace_back(album, group);
        }
    }
    const int total = static_cast<int>(listed.size());
    json items = json::array();
    for (int i = page.page->offset; i < total && i < page.page->offset + page.page->limit; ++i) {
        const auto& [album, group] = listed[static_cast<std::size_t>(i)];
        items.push_back(call.json.simplifiedAlbum(*album, group));
    }
    return jsonReply(
        pagingObject(call.json.apiUrl("/artists/" + artist.id + "/albums"), keep, *page.page, total, std::move(items)));
}

Reply albumTracks(const ApiData& data, const ApiCall& call, const FakeAlbum& album)
{
    const auto page = parsePage(call.query, PageBounds{20, 50});
    if (!page.page) {
        return apiError(400, page.error);
    }
    const int total = static_cast<int>(album.trackIds.size());
    json items = json::array();
    for (int i = page.page->offset; i < total && i < page.page->offset + page.page->limit; ++i) {
        if (const auto* track = data.catalogue.track(album.trackIds[static_cast<std::size_t>(i)])) {
            items.push_back(call.json.simplifiedTrack(*track));
        }
    }
    return jsonReply(
        pagingObject(call.json.apiUrl("/albums/" + album.id + "/tracks"), {}, *page.page, total, std::move(items)));
}

Reply audioFeaturesList(const ApiData& data, const ApiCall& call)
{
    const auto ids = splitList(call.param("ids").value_or(""));
    if (ids.empty()) {
        return apiError(400, "invalid request");
    }
    if (ids.size() > 100) {
        return apiError(400, "Too many ids requested");
    }
    json list = json::array();
    for (const auto& id : ids) {
        const auto* track = data.catalogue.track(id);
        list.push_back(track ? call.json.audioFeatures(*track) : json(nullptr));
    }
    return jsonReply(json{{"audio_features", std::move(list)}});
}

// The artist's ten most popular tracks (Extended Quota only).
Reply artistTopTracks(const ApiData& data, const ApiCall& call, const FakeArtist& artist)
{
    std::vector<const FakeTrack*> tracks;
    for (const auto& albumId : artist.albumIds) {
        for (const auto& trackId : data.catalogue.album(albumId)->trackIds) {
            tracks.push_back(data.catalogue.track(trackId));
        }
    }
    std::stable_sort(tracks.begin(), tracks.end(),
                     [](const FakeTrack* a, const FakeTrack* b) { return a->popularity > b->popularity; });
    json list = json::array();
    for (std::size_t i = 0; i < tracks.size() && i < 10; ++i) {
        list.push_back(call.json.track(*tracks[i]));
    }
    return jsonReply(json{{"tracks", std::move(list)}});
}

// Wraps a handler of one catalogue object: unknown or malformed ids answered like Spotify.
template <typename Lookup, typename Handler>
std::function<Reply(const ApiCall&)> withObject(Lookup lookup, Handler handler)
{
    return [lookup, handler](const ApiCall& call) {
        const std::string& id = call.pathArgs.at(0);
        const auto* object = lookup(id);
        return object ? handler(call, *object) : unknownIdReply(id);
    };
}

} // namespace

Reply unknownIdReply(std::string_view id)
{
    return isSpotifyId(id) ? apiError(404, "Resource not found") : apiError(400, "Invalid base62 id");
}

std::vector<ApiRoute> catalogueRoutes(const ApiData& data)
{
    const FakeCatalogue* catalogue = &data.catalogue;
    auto artist = [catalogue](const std::string& id) { return catalogue->artist(id); };
    auto album = [catalogue](const std::string& id) { return catalogue->album(id); };
    auto track = [catalogue](const std::string& id) { return catalogue->track(id); };

    std::vector<ApiRoute> routes;
    routes.push_back(
        {"GET /v1/search", "/v1/search", "", false, [data](const ApiCall& call) { return search(data, call); }});
    routes.push_back(
        {"GET /v1/artists/{id}", "/v1/artists/([^/]+)", "", false,
         withObject(artist, [](const ApiCall& call, const FakeArtist& a) { return jsonReply(call.json.artist(a)); })});
    routes.push_back(
        {"GET /v1/artists/{id}/albums", "/v1/artists/([^/]+)/albums", "", false,
         withObject(artist, [data](const ApiCall& call, const FakeArtist& a) { return artistAlbums(data, call, a); })});
    routes.push_back({"GET /v1/artists/{id}/top-tracks", "/v1/artists/([^/]+)/top-tracks", "", true,
                      withObject(artist, [data](const ApiCall& call, const FakeArtist& a) {
                          return artistTopTracks(data, call, a);
                      })});
    routes.push_back(
        {"GET /v1/albums/{id}", "/v1/albums/([^/]+)", "", false,
         withObject(album, [](const ApiCall& call, const FakeAlbum& a) { return jsonReply(call.json.album(a)); })});
    routes.push_back(
        {"GET /v1/albums/{id}/tracks", "/v1/albums/([^/]+)/tracks", "", false,
         withObject(album, [data](const ApiCall& call, const FakeAlbum& a) { return albumTracks(data, call, a); })});
    routes.push_back(
        {"GET /v1/tracks/{id}", "/v1/tracks/([^/]+)", "", false,
         withObject(track, [](const ApiCall& call, const FakeTrack& t) { return jsonReply(call.json.track(t)); })});
    routes.push_back({"GET /v1/audio-features", "/v1/audio-features", "", true,
                      [data](const ApiCall& call) { return audioFeaturesList(data, call); }});
    routes.push_back({"GET /v1/audio-features/{id}", "/v1/audio-features/([^/]+)", "", true,
                      withObject(track, [](const ApiCall& call, const FakeTrack& t) {
                          return jsonReply(call.json.audioFeatures(t));
                      })});
    return routes;
}

} // namespace tunescope::fakes
