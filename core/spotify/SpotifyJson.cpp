#include "spotify/SpotifyJson.h"

#include "spotify/SpotifyErrors.h"
#include "spotify/SpotifyJsonFields.h"

#include <algorithm>
#include <cctype>
#include <exception>

namespace tunescope::spotify {
namespace {

using json::arrayField;
using json::idField;
using json::integerField;
using json::intField;
using json::Json;
using json::objectField;
using json::stringField;

std::string lowerCased(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return text;
}

std::vector<Image> imagesFrom(const Json& object)
{
    std::vector<Image> images;
    if (const Json* list = arrayField(object, "images")) {
        for (const Json& entry : *list) {
            if (auto url = stringField(entry, "url"); url && !url->empty()) {
                images.push_back(Image{std::move(*url), intField(entry, "width"), intField(entry, "height")});
            }
        }
    }
    return images;
}

// Artists inside a track or album. One without an id (a local file's artist) cannot be linked
// to anything and is left out; the track itself stays.
std::vector<ArtistRef> artistRefsFrom(const Json& object)
{
    std::vector<ArtistRef> artists;
    if (const Json* list = arrayField(object, "artists")) {
        for (const Json& entry : *list) {
            if (auto id = idField(entry)) {
                artists.push_back(ArtistRef{std::move(*id), stringField(entry, "name").value_or("")});
            }
        }
    }
    return artists;
}

std::string uriOr(const Json& object, std::string_view kind, const std::string& id)
{
    return stringField(object, "uri").value_or("spotify:" + std::string(kind) + ":" + id);
}

std::optional<Artist> artistFrom(const Json& item)
{
    auto id = idField(item);
    if (!id) {
        return std::nullopt;
    }
    Artist artist;
    artist.uri = uriOr(item, "artist", *id);
    artist.id = std::move(*id);
    artist.name = stringField(item, "name").value_or("");
    artist.images = imagesFrom(item);
    if (const Json* genres = arrayField(item, "genres")) {
        std::vector<std::string> names;
        for (const Json& genre : *genres) {
            if (genre.is_string()) {
                names.push_back(genre.get<std::string>());
            }
        }
        artist.genres = std::move(names);
    }
    artist.popularity = intField(item, "popularity");
    if (const Json* followers = objectField(item, "followers")) {
        artist.followers = integerField(*followers, "total");
    }
    return artist;
}

std::optional<AlbumSummary> albumSummaryFrom(const Json& item)
{
    auto id = idField(item);
    if (!id) {
        return std::nullopt;
    }
    AlbumSummary album;
    album.id = std::move(*id);
    album.name = stringField(item, "name").value_or("");
    album.albumType = lowerCased(stringField(item, "album_type").value_or(""));
    album.releaseDate = stringField(item, "release_date").value_or("");
    album.releaseDatePrecision = stringField(item, "release_date_precision").value_or("");
    album.totalTracks = intField(item, "total_tracks");
    album.images = imagesFrom(item);
    album.artists = artistRefsFrom(item);
    if (auto group = stringField(item, "album_group")) {
        album.albumGroup = lowerCased(std::move(*group));
    }
    return album;
}

std::optional<Track> trackFrom(const Json& item)
{
    auto id = idField(item);
    if (!id) {
        return std::nullopt;
    }
    Track track;
    track.uri = uriOr(item, "track", *id);
    track.id = std::move(*id);
    track.name = stringField(item, "name").value_or("");
    track.durationMs = integerField(item, "duration_ms").value_or(0);
    track.explicitContent = json::boolField(item, "explicit").value_or(false);
    track.trackNumber = intField(item, "track_number");
    track.discNumber = intField(item, "disc_number");
    track.artists = artistRefsFrom(item);
    if (const Json* album = objectField(item, "album")) {
        track.album = albumSummaryFrom(*album);
    }
    if (const Json* ids = objectField(item, "external_ids")) {
        track.isrc = stringField(*ids, "isrc");
    }
    track.popularity = intField(item, "popularity");
    return track;
}

std::optional<UtcMs> timestampField(const Json& item, std::string_view key)
{
    const auto text = stringField(item, key);
    return text ? parseIsoTimestamp(*text) : std::nullopt;
}

std::optional<SavedTrack> savedTrackFrom(const Json& item)
{
    const auto addedAt = timestampField(item, "added_at");
    const Json* trackJson = objectField(item, "track");
    auto track = trackJson != nullptr ? trackFrom(*trackJson) : std::nullopt;
    if (!addedAt || !track) {
        return std::nullopt;
    }
    return SavedTrack{*addedAt, std::move(*track)};
}

std::optional<RecentPlay> recentPlayFrom(const Json& item)
{
    const auto playedAt = timestampField(item, "played_at");
    const Json* trackJson = objectField(item, "track");
    auto track = trackJson != nullptr ? trackFrom(*trackJson) : std::nullopt;
    if (!playedAt || !track) {
        return std::nullopt;
    }
    RecentPlay play{std::move(*track), *playedAt, std::nullopt};
    if (const Json* context = objectField(item, "context")) {
        play.contextUri = stringField(*context, "uri");
    }
    return play;
}

// Maps an `items` list, counting what could not be used. False when there is no list at all
// (null is an empty list).
template <class T, class MapItem>
bool appendItems(const Json& object, std::vector<T>& items, std::size_t& skipped, MapItem mapItem)
{
    const Json* list = json::field(object, "items");
    if (list == nullptr) {
        return object.is_object() && object.contains("items");
    }
    if (!list->is_array()) {
        return false;
    }
    for (const Json& entry : *list) {
        if (auto item = mapItem(entry)) {
            items.push_back(std::move(*item));
        } else {
            ++skipped;
        }
    }
    return true;
}

template <class T, class MapItem>
std::optional<Page<T>> pageFrom(const Json& object, MapItem mapItem)
{
    Page<T> page;
    if (!appendItems(object, page.items, page.skipped, mapItem)) {
        return std::nullopt;
    }
    if (auto next = stringField(object, "next"); next && !next->empty()) {
        page.next = std::move(next);
    }
    page.total = intField(object, "total");
    page.offset = intField(object, "offset").value_or(0);
    page.limit = intField(object, "limit").value_or(0);
    return page;
}

// Parses `body` as a JSON object and hands it to `map`; every failure becomes the "could not
// read" error, exceptions included.
template <class T, class Map>
Result<T> mapBody(std::string_view body, std::string_view endpoint, Map map)
{
    try {
        const Json parsed = Json::parse(body, nullptr, false);
        if (parsed.is_discarded()) {
            return unreadableResponse(endpoint, body.empty() ? "the response is empty" : "the response is not JSON");
        }
        if (!parsed.is_object()) {
            return unreadableResponse(endpoint, "expected a JSON object");
        }
        return map(parsed);
    } catch (const std::exception&) {
        return unreadableResponse(endpoint, "unexpected content");
    }
}

template <class T, class MapItem>
Result<Page<T>> pageBody(std::string_view body, std::string_view endpoint, MapItem mapItem)
{
    return mapBody<Page<T>>(body, endpoint, [&](const Json& object) -> Result<Page<T>> {
        auto page = pageFrom<T>(object, mapItem);
        if (!page) {
            return unreadableResponse(endpoint, "no list of items");
        }
        return std::move(*page);
    });
}

template <class T, class MapItem>
Result<T> itemBody(std::string_view body, std::string_view endpoint, std::string_view noun, MapItem mapItem)
{
    return mapBody<T>(body, endpoint, [&](const Json& object) -> Result<T> {
        auto item = mapItem(object);
        if (!item) {
            return unreadableResponse(endpoint, std::string(noun) + " without an id");
        }
        return std::move(*item);
    });
}

} // namespace

Result<Profile> parseProfile(std::string_view body, std::string_view endpoint)
{
    return itemBody<Profile>(body, endpoint, "a profile", [](const Json& object) -> std::optional<Profile> {
        auto id = idField(object);
        if (!id) {
            return std::nullopt;
        }
        return Profile{std::move(*id), stringField(object, "display_name"), stringField(object, "account_id"),
                       imagesFrom(object)};
    });
}

Result<Artist> parseArtist(std::string_view body, std::string_view endpoint)
{
    return itemBody<Artist>(body, endpoint, "an artist", artistFrom);
}

Result<Album> parseAlbum(std::string_view body, std::string_view endpoint)
{
    return itemBody<Album>(body, endpoint, "an album", [](const Json& object) -> std::optional<Album> {
        auto summary = albumSummaryFrom(object);
        if (!summary) {
            return std::nullopt;
        }
        Album album{std::move(*summary), stringField(object, "label"), std::nullopt, {}};
        if (const Json* ids = objectField(object, "external_ids")) {
            album.upc = stringField(*ids, "upc");
        }
        // A missing or odd track list leaves the album usable; albumTracks() pages them anyway.
        if (const Json* tracks = objectField(object, "tracks")) {
            if (auto page = pageFrom<Track>(*tracks, trackFrom)) {
                album.tracks = std::move(*page);
            }
        }
        return album;
    });
}

Result<Track> parseTrack(std::string_view body, std::string_view endpoint)
{
    return itemBody<Track>(body, endpoint, "a track", trackFrom);
}

Result<Page<Artist>> parseArtistPage(std::string_view body, std::string_view endpoint)
{
    return pageBody<Artist>(body, endpoint, artistFrom);
}

Result<Page<Artist>> parseArtistSearch(std::string_view body, std::string_view endpoint)
{
    return mapBody<Page<Artist>>(body, endpoint, [&](const Json& object) -> Result<Page<Artist>> {
        const Json* artists = objectField(object, "artists");
        auto page = artists != nullptr ? pageFrom<Artist>(*artists, artistFrom) : std::nullopt;
        if (!page) {
            return unreadableResponse(endpoint, "no list of artists");
        }
        return std::move(*page);
    });
}

Result<Page<Track>> parseTrackPage(std::string_view body, std::string_view endpoint)
{
    return pageBody<Track>(body, endpoint, trackFrom);
}

Result<Page<AlbumSummary>> parseAlbumPage(std::string_view body, std::string_view endpoint)
{
    return pageBody<AlbumSummary>(body, endpoint, albumSummaryFrom);
}

Result<Page<SavedTrack>> parseSavedTrackPage(std::string_view body, std::string_view endpoint)
{
    return pageBody<SavedTrack>(body, endpoint, savedTrackFrom);
}

Result<RecentlyPlayed> parseRecentlyPlayed(std::string_view body, std::string_view endpoint)
{
    return mapBody<RecentlyPlayed>(body, endpoint, [&](const Json& object) -> Result<RecentlyPlayed> {
        RecentlyPlayed played;
        if (!appendItems(object, played.items, played.skipped, recentPlayFrom)) {
            return unreadableResponse(endpoint, "no list of plays");
        }
        if (const Json* cursors = objectField(object, "cursors")) {
            played.cursorAfter = json::textField(*cursors, "after");
            played.cursorBefore = json::textField(*cursors, "before");
        }
        return played;
    });
}

} // namespace tunescope::spotify
