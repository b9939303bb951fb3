#include "spotify/SpotifyApi.h"

#include "spotify/SpotifyJson.h"
#include "spotify/SpotifyUrls.h"

#include <set>
#include <utility>

namespace tunescope::spotify {
namespace {

// Spotify's page sizes: the maximum each endpoint accepts from a Development Mode app (a larger
// limit gets 400 "Invalid limit").
constexpr int kPersonalLimit = 50; // top items, recently played, saved tracks, album tracks
constexpr int kSearchLimit = 10;
constexpr int kArtistAlbumsLimit = 10;
constexpr int kMaxSearchOffset = 1000;

constexpr Endpoint kMe{"/me", "your profile"};
constexpr Endpoint kTopArtists{"/me/top/artists", "your top artists"};
constexpr Endpoint kTopTracks{"/me/top/tracks", "your top tracks"};
constexpr Endpoint kRecentlyPlayed{"/me/player/recently-played", "your recently played tracks"};
constexpr Endpoint kSearch{"/search", "artist search"};
constexpr Endpoint kArtist{"/artists/{id}", "artist details"};
constexpr Endpoint kArtistAlbums{"/artists/{id}/albums", "an artist's albums"};
constexpr Endpoint kAlbum{"/albums/{id}", "album details"};
constexpr Endpoint kAlbumTracks{"/albums/{id}/tracks", "an album's tracks"};
constexpr Endpoint kTrack{"/tracks/{id}", "track details"};
constexpr Endpoint kSavedTracks{"/me/tracks", "your saved tracks"};
constexpr Endpoint kAudioFeatures{"/audio-features", "audio features"};

Error cancelled(const Endpoint& endpoint)
{
    return makeError(ErrorCode::Cancelled, "Stopped before Spotify sent " + std::string(endpoint.what) + ".");
}

Error badId(std::string_view kind)
{
    return makeError(ErrorCode::InvalidInput, "That is not a valid Spotify " + std::string(kind) + " id.");
}

std::string limitParam(int limit)
{
    return "limit=" + std::to_string(limit);
}

} // namespace

std::string_view timeRangeParam(TimeRange range)
{
    switch (range) {
    case TimeRange::ShortTerm: return "short_term";
    case TimeRange::MediumTerm: return "medium_term";
    case TimeRange::LongTerm: return "long_term";
    }
    return "medium_term";
}

std::string_view albumGroupParam(AlbumGroup group)
{
    switch (group) {
    case AlbumGroup::Album: return "album";
    case AlbumGroup::Single: return "single";
    case AlbumGroup::AppearsOn: return "appears_on";
    case AlbumGroup::Compilation: return "compilation";
    }
    return "album";
}

SpotifyApi::SpotifyApi(http::HttpSender& http, auth::TokenProvider& tokens, std::string_view baseUrl)
    : http_(http), tokens_(tokens), baseUrl_(withoutTrailingSlash(baseUrl))
{
}

std::string SpotifyApi::url(std::string_view pathAndQuery) const
{
    std::string out = baseUrl_;
    out += pathAndQuery;
    return out;
}

Result<http::HttpResponse> SpotifyApi::send(const std::string& url, const std::string& token, std::stop_token stop)
{
    http::HttpRequest request;
    request.method = "GET";
    request.url = url;
    request.headers = {{"Authorization", "Bearer " + token}, {"Accept", "application/json"}};
    ++requestsSent_;
    return http_.send(request, std::move(stop));
}

Result<std::string> SpotifyApi::get(const std::string& url, const Endpoint& endpoint, std::stop_token stop)
{
    if (stop.stop_requested()) {
        return cancelled(endpoint);
    }
    // A paused API gets no request, and neither does the accounts service for a token it would not use.
    if (auto paused = http_.refusalFor(url)) {
        return *std::move(paused);
    }
    auto token = tokens_.accessToken(stop);
    if (!token) {
        return token.error();
    }
    auto response = send(url, *token, stop);
    if (response && response->status == 401) {
        // Expired or revoked: the provider refreshes once (or hands out a token another request
        // already refreshed), then the request gets exactly one more try.
        auto renewed = tokens_.renewAfterUnauthorized(*token, stop);
        if (!renewed) {
            return renewed.error();
        }
        response = send(url, *renewed, stop);
        if (response && response->status == 401) {
            return makeError(ErrorCode::LoginRequired, std::string(kLoginRejectedMessage));
        }
    }
    if (!response) {
        return response.error();
    }
    if (response->status < 200 || response->status >= 300) {
        return errorFromResponse(*response, endpoint);
    }
    return std::move(response->body);
}

template <class T, class Parse>
Result<T> SpotifyApi::one(const std::string& url, const Endpoint& endpoint, Parse parse, std::stop_token stop)
{
    auto body = get(url, endpoint, std::move(stop));
    if (!body) {
        return body.error();
    }
    return parse(*body, endpoint.path);
}

template <class T, class ParsePage>
Result<Page<T>> SpotifyApi::allPages(const std::string& firstUrl, const Endpoint& endpoint, ParsePage parsePage,
                                     std::stop_token stop)
{
    Page<T> all;
    std::set<std::string> visited{firstUrl};
    std::string pageUrl = firstUrl;
    for (int pages = 0;; ++pages) {
        if (pages == kMaxPages) {
            all.next = pageUrl; // a loop Spotify should never produce; say where we stopped
            break;
        }
        auto page = one<Page<T>>(pageUrl, endpoint, parsePage, stop);
        if (!page) {
            return page.error();
        }
        if (pages == 0) {
            all.total = page->total;
            all.offset = page->offset;
            all.limit = page->limit;
        }
        all.skipped += page->skipped;
        const bool emptyPage = page->items.empty() && page->skipped == 0;
        for (T& item : page->items) {
            all.items.push_back(std::move(item));
        }
        // Top lists answer an empty page past their cap while still offering `next`: stop there.
        if (!page->next || emptyPage) {
            break;
        }
        if (!isSameOrigin(baseUrl_, *page->next)) {
            return makeError(ErrorCode::Remote, "Spotify pointed to another server (" + http::hostOf(*page->next) +
                                                    ") for more of " + std::string(endpoint.what) +
                                                    "; Tunescope did not follow it, so your login stays with Spotify.");
        }
        if (!visited.insert(*page->next).second) {
            break; // the same page again: everything there is has been read
        }
        pageUrl = std::move(*page->next);
    }
    return all;
}

Result<Profile> SpotifyApi::me(std::stop_token stop)
{
    return one<Profile>(url("/me"), kMe, parseProfile, std::move(stop));
}

Result<Page<Artist>> SpotifyApi::topArtists(TimeRange range, std::stop_token stop)
{
    const std::string first =
        url("/me/top/artists?time_range=" + std::string(timeRangeParam(range)) + "&" + limitParam(kPersonalLimit));
    return allPages<Artist>(first, kTopArtists, parseArtistPage, std::move(stop));
}

Result<Page<Track>> SpotifyApi::topTracks(TimeRange range, std::stop_token stop)
{
    const std::string first =
        url("/me/top/tracks?time_range=" + std::string(timeRangeParam(range)) + "&" + limitParam(kPersonalLimit));
    return allPages<Track>(first, kTopTracks, parseTrackPage, std::move(stop));
}

Result<RecentlyPlayed> SpotifyApi::recentlyPlayed(std::optional<UtcMs> afterMs, std::stop_token stop)
{
    std::string pathAndQuery = "/me/player/recently-played?" + limitParam(kPersonalLimit);
    if (afterMs) {
        pathAndQuery += "&after=" + std::to_string(*afterMs);
    }
    return one<RecentlyPlayed>(url(pathAndQuery), kRecentlyPlayed, parseRecentlyPlayed, std::move(stop));
}

Result<Page<Artist>> SpotifyApi::searchArtists(const std::string& query, int offset, std::stop_token stop)
{
    if (query.find_first_not_of(" \t\r\n") == std::string::npos) {
        return makeError(ErrorCode::InvalidInput, "Type an artist name to search for.");
    }
    if (offset < 0 || offset > kMaxSearchOffset) {
        return makeError(ErrorCode::InvalidInput, "Spotify search reaches only the first 1,000 results.");
    }
    const std::string pathAndQuery = "/search?q=" + http::urlEncode(query) + "&type=artist&" +
                                     limitParam(kSearchLimit) + "&offset=" + std::to_string(offset);
    return one<Page<Artist>>(url(pathAndQuery), kSearch, parseArtistSearch, std::move(stop));
}

Result<Artist> SpotifyApi::artist(const std::string& id, std::stop_token stop)
{
    if (!isSpotifyId(id)) {
        return badId("artist");
    }
    return one<Artist>(url("/artists/" + id), kArtist, parseArtist, std::move(stop));
}

Result<Page<AlbumSummary>> SpotifyApi::artistAlbums(const std::string& id, AlbumGroup group, std::stop_token stop)
{
    if (!isSpotifyId(id)) {
        return badId("artist");
    }
    const std::string groupName(albumGroupParam(group));
    const std::string first =
        url("/artists/" + id + "/albums?include_groups=" + groupName + "&" + limitParam(kArtistAlbumsLimit));
    auto albums = allPages<AlbumSummary>(first, kArtistAlbums, parseAlbumPage, std::move(stop));
    if (albums) {
        // Spotify stopped sending album_group; the group we asked for is the answer.
        for (AlbumSummary& album : albums->items) {
            album.albumGroup = groupName;
        }
    }
    return albums;
}

Result<Album> SpotifyApi::album(const std::string& id, std::stop_token stop)
{
    if (!isSpotifyId(id)) {
        return badId("album");
    }
    return one<Album>(url("/albums/" + id), kAlbum, parseAlbum, std::move(stop));
}

Result<Page<Track>> SpotifyApi::albumTracks(const std::string& id, std::stop_token stop)
{
    if (!isSpotifyId(id)) {
        return badId("album");
    }
    const std::string first = url("/albums/" + id + "/tracks?" + limitParam(kPersonalLimit));
    return allPages<Track>(first, kAlbumTracks, parseTrackPage, std::move(stop));
}

Result<Track> SpotifyApi::track(const std::string& id, std::stop_token stop)
{
    if (!isSpotifyId(id)) {
        return badId("track");
    }
    return one<Track>(url("/tracks/" + id), kTrack, parseTrack, std::move(stop));
}

Result<Page<SavedTrack>> SpotifyApi::savedTracks(std::stop_token stop)
{
    return allPages<SavedTrack>(url("/me/tracks?" + limitParam(kPersonalLimit)), kSavedTracks, parseSavedTrackPage,
                                std::move(stop));
}

Result<enrich::FeaturesById> SpotifyApi::audioFeatures(const std::vector<std::string>& ids, std::stop_token stop)
{
    if (ids.empty() || ids.size() > kMaxAudioFeatureIds) {
        return makeError(ErrorCode::InvalidInput, "Ask Spotify for the audio features of 1 to 100 tracks at a time.");
    }
    std::string list;
    for (const auto& id : ids) {
        if (!isSpotifyId(id)) {
            return badId("track");
        }
        if (!list.empty()) {
            list += ',';
        }
        list += id;
    }
    return one<enrich::FeaturesById>(
        url("/audio-features?ids=" + list), kAudioFeatures,
        [](const std::string& body, std::string_view endpoint) -> Result<enrich::FeaturesById> {
            auto features = enrich::parseSpotifyAudioFeatures(body);
            if (!features) {
                return unreadableResponse(endpoint, features.error().message);
            }
            return features;
        },
        std::move(stop));
}

} // namespace tunescope::spotify
