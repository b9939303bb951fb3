#include "SpotifyJson.h"

#include <cstdint>
#include <functional>
#include <utility>

namespace tunescope::fakes {

namespace {

using nlohmann::json;

json externalUrls(std::string_view type, std::string_view id)
{
    return json{{"spotify", "https://open.spotify.com/" + std::string(type) + "/" + std::string(id)}};
}

std::string uri(std::string_view type, std::string_view id)
{
    return "spotify:" + std::string(type) + ":" + std::string(id);
}

// A stable number in [0, 1) from a track id, for the made-up audio features.
double unitFrom(std::string_view id, std::string_view salt)
{
    std::uint64_t hash = 1469598103934665603ULL;
    for (const char c : std::string(id) + std::string(salt)) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    return static_cast<double>(hash % 10'000U) / 10'000.0;
}

} // namespace

SpotifyJson::SpotifyJson(const FakeCatalogue& catalogue, std::string apiOrigin, bool extendedQuota)
    : catalogue_(catalogue), apiOrigin_(std::move(apiOrigin)), extended_(extendedQuota)
{
}

std::string SpotifyJson::apiUrl(std::string_view pathFromV1) const
{
    return apiOrigin_ + "/v1" + std::string(pathFromV1);
}

json SpotifyJson::images(std::string_view id, bool present) const
{
    json list = json::array();
    if (!present) {
        return list;
    }
    for (const int size : {640, 300, 64}) {
        list.push_back({{"url", apiOrigin_ + "/image/" + std::string(id) + "-" + std::to_string(size)},
                        {"height", size},
                        {"width", size}});
    }
    return list;
}

json SpotifyJson::simplifiedArtist(const FakeArtist& artist) const
{
    return json{{"external_urls", externalUrls("artist", artist.id)},
                {"href", apiUrl("/artists/" + artist.id)},
                {"id", artist.id},
                {"name", artist.name},
                {"type", "artist"},
                {"uri", uri("artist", artist.id)}};
}

json SpotifyJson::artist(const FakeArtist& artist) const
{
    json object = simplifiedArtist(artist);
    object["images"] = images(artist.id, artist.hasImages);
    if (extended_) {
        object["followers"] = json{{"href", nullptr}, {"total", artist.followers}};
        object["genres"] = artist.genres;
        object["popularity"] = artist.popularity;
    }
    return object;
}

json SpotifyJson::artistList(const std::vector<std::string>& ids) const
{
    json list = json::array();
    for (const auto& id : ids) {
        if (const auto* found = catalogue_.artist(id)) {
            list.push_back(simplifiedArtist(*found));
        }
    }
    return list;
}

json SpotifyJson::simplifiedAlbum(const FakeAlbum& album, std::string_view group) const
{
    json object{{"album_type", album.albumType},
                {"total_tracks", album.trackIds.size()},
                {"external_urls", externalUrls("album", album.id)},
                {"href", apiUrl("/albums/" + album.id)},
                {"id", album.id},
                {"images", images(album.id, true)},
                {"name", album.name},
                {"release_date", album.releaseDate},
                {"release_date_precision", album.releaseDatePrecision},
                {"type", "album"},
                {"uri", uri("album", album.id)},
                {"artists", artistList(album.artistIds)}};
    if (extended_ && !group.empty()) {
        object["album_group"] = group;
    }
    return object;
}

json SpotifyJson::album(const FakeAlbum& album) const
{
    json object = simplifiedAlbum(album);
    // The embedded track page holds up to 50 tracks, like the real one; the fake never has more.
    json items = json::array();
    for (const auto& id : album.trackIds) {
        if (const auto* found = catalogue_.track(id)) {
            items.push_back(simplifiedTrack(*found));
        }
    }
    const std::string tracksUrl = apiUrl("/albums/" + album.id + "/tracks");
    object["tracks"] = json{{"href", tracksUrl + "?offset=0&limit=50"},
                            {"limit", 50},
                            {"next", nullptr},
                            {"offset", 0},
                            {"previous", nullptr},
                            {"total", album.trackIds.size()},
                            {"items", std::move(items)}};
    object["copyrights"] =
        json::array({json{{"text", "(C) " + album.releaseDate.substr(0, 4) + " " + album.label}, {"type", "C"}},
                     json{{"text", "(P) " + album.releaseDate.substr(0, 4) + " " + album.label}, {"type", "P"}}});
    object["external_ids"] = json{{"upc", album.upc}};
    if (extended_) {
        object["genres"] = json::array();
        object["label"] = album.label;
        object["popularity"] = album.popularity;
    }
    return object;
}

json SpotifyJson::simplifiedTrack(const FakeTrack& track) const
{
    return json{{"artists", artistList(track.artistIds)},
                {"disc_number", track.discNumber},
                {"duration_ms", track.durationMs},
                {"explicit", track.explicitLyrics},
                {"external_urls", externalUrls("track", track.id)},
                {"href", apiUrl("/tracks/" + track.id)},
                {"id", track.id},
                {"is_local", false},
                {"name", track.name},
                {"track_number", track.trackNumber},
                {"type", "track"},
                {"uri", uri("track", track.id)}};
}

json SpotifyJson::track(const FakeTrack& track) const
{
    json object = simplifiedTrack(track);
    if (const auto* album = catalogue_.album(track.albumId)) {
        object["album"] = simplifiedAlbum(*album);
    }
    object["external_ids"] = json{{"isrc", track.isrc}};
    if (extended_) {
        object["popularity"] = track.popularity;
    }
    return object;
}

json SpotifyJson::user(const FakeUser& user) const
{
    json object{{"account_id", user.accountId},
                {"display_name", user.displayName},
                {"external_urls", externalUrls("user", user.id)},
                {"href", apiUrl("/users/" + user.id)},
                {"id", user.id},
                {"images", images(user.id, true)},
                {"type", "user"},
                {"uri", uri("user", user.id)}};
    if (extended_) {
        object["country"] = user.country;
        object["product"] = user.product;
        object["followers"] = json{{"href", nullptr}, {"total", user.followers}};
    }
    return object;
}

json SpotifyJson::context(const RecentPlay& play) const
{
    const auto* track = catalogue_.track(play.trackId);
    if (track == nullptr || play.context == PlayContext::None) {
        return nullptr;
    }
    const bool album = play.context == PlayContext::Album;
    const std::string type = album ? "album" : "artist";
    const std::string& id = album ? track->albumId : track->artistIds.front();
    return json{{"type", type},
                {"href", apiUrl("/" + type + "s/" + id)},
                {"external_urls", externalUrls(type, id)},
                {"uri", uri(type, id)}};
}

json SpotifyJson::audioFeatures(const FakeTrack& track) const
{
    return json{{"acousticness", unitFrom(track.id, "acoustic")},
                {"analysis_url", apiUrl("/audio-analysis/" + track.id)},
                {"danceability", unitFrom(track.id, "dance")},
                {"duration_ms", track.durationMs},
                {"energy", unitFrom(track.id, "energy")},
                {"id", track.id},
                {"instrumentalness", unitFrom(track.id, "instrumental") * 0.5},
                {"key", static_cast<int>(unitFrom(track.id, "key") * 12)},
                {"liveness", unitFrom(track.id, "live") * 0.6},
                {"loudness", -30.0 + unitFrom(track.id, "loud") * 28.0},
                {"mode", unitFrom(track.id, "mode") < 0.6 ? 1 : 0},
                {"speechiness", unitFrom(track.id, "speech") * 0.4},
                {"tempo", 60.0 + unitFrom(track.id, "tempo") * 120.0},
                {"time_signature", 4},
                {"track_href", apiUrl("/tracks/" + track.id)},
                {"type", "audio_features"},
                {"uri", uri("track", track.id)},
                {"valence", unitFrom(track.id, "valence")}};
}

} // namespace tunescope::fakes
