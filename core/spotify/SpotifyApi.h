#pragma once

#include "auth/TokenProvider.h"
#include "enrich/FeatureJson.h"
#include "http/HttpTypes.h"
#include "spotify/SpotifyErrors.h"
#include "spotify/SpotifyModels.h"
#include "util/Result.h"

#include <atomic>
#include <cstddef>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace tunescope::spotify {

inline constexpr std::string_view kDefaultApiBaseUrl = "https://api.spotify.com/v1";

// The periods Spotify computes top lists for: about 4 weeks, 6 months and a year.
enum class TimeRange { ShortTerm, MediumTerm, LongTerm };
// One group of an artist's discography. Spotify no longer says which group an album belongs to,
// so artistAlbums() asks for one group per call.
enum class AlbumGroup { Album, Single, AppearsOn, Compilation };

std::string_view timeRangeParam(TimeRange range);   // "short_term", "medium_term", "long_term"
std::string_view albumGroupParam(AlbumGroup group); // "album", "single", "appears_on", "compilation"

// The typed Spotify Web API client, limited to what a Development Mode app may still call.
//
// Every call asks the TokenProvider for a token and sends it as "Authorization: Bearer ...". A 401
// makes the provider renew the token and the request is sent once more; a second 401 is
// LoginRequired. The HttpSender below already retries 429, 5xx and network failures, so this
// class sees only final answers and maps them with errorFromResponse(). Lists marked "all pages"
// follow Spotify's `next` links to the end, but only to the scheme and host of the base URL (the
// token never goes elsewhere), never twice to the same URL, and for at most kMaxPages pages; the
// stop token is checked before every request. Ids are checked (isSpotifyId) before any request.
//
// Holds no state but the request counter: concurrent calls are as safe as the HttpSender and
// TokenProvider it was given.
class SpotifyApi {
public:
    static constexpr int kMaxPages = 200;

    SpotifyApi(http::HttpSender& http, auth::TokenProvider& tokens, std::string_view baseUrl = kDefaultApiBaseUrl);

    // GET /me
    Result<Profile> me(std::stop_token stop);
    // GET /me/top/artists and /me/top/tracks, limit 50, all pages.
    Result<Page<Artist>> topArtists(TimeRange range, std::stop_token stop);
    Result<Page<Track>> topTracks(TimeRange range, std::stop_token stop);
    // GET /me/player/recently-played, limit 50, one page: Spotify keeps only the last 50 plays.
    // With `afterMs`, only plays after that instant (poll with the previous cursorAfter).
    Result<RecentlyPlayed> recentlyPlayed(std::optional<UtcMs> afterMs, std::stop_token stop);
    // GET /search?type=artist, limit 10 (Spotify's maximum for new apps), one page from `offset`
    // (0..1000).
    Result<Page<Artist>> searchArtists(const std::string& query, int offset, std::stop_token stop);
    // GET /artists/{id}
    Result<Artist> artist(const std::string& id, std::stop_token stop);
    // GET /artists/{id}/albums?include_groups=<group>, limit 10, all pages; every album carries
    // `group` as its albumGroup.
    Result<Page<AlbumSummary>> artistAlbums(const std::string& id, AlbumGroup group, std::stop_token stop);
    // GET /albums/{id}: the album with the first page of its tracks.
    Result<Album> album(const std::string& id, std::stop_token stop);
    // GET /albums/{id}/tracks, limit 50, all pages.
    Result<Page<Track>> albumTracks(const std::string& id, std::stop_token stop);
    // GET /tracks/{id}
    Result<Track> track(const std::string& id, std::stop_token stop);
    // GET /me/tracks (the user's Liked Songs), limit 50, all pages.
    Result<Page<SavedTrack>> savedTracks(std::stop_token stop);
    // GET /audio-features?ids= (1..kMaxAudioFeatureIds ids): features by track id, ids Spotify
    // has none for absent. Only apps with Extended Quota may call it; others get Forbidden.
    static constexpr std::size_t kMaxAudioFeatureIds = 100;
    Result<enrich::FeaturesById> audioFeatures(const std::vector<std::string>& ids, std::stop_token stop);

    // HTTP requests sent so far (a 401 retry counts as a second request).
    [[nodiscard]] std::size_t requestsSent() const { return requestsSent_.load(); }
    [[nodiscard]] const std::string& baseUrl() const { return baseUrl_; }

private:
    template <class T, class ParsePage>
    Result<Page<T>> allPages(const std::string& firstUrl, const Endpoint& endpoint, ParsePage parsePage,
                             std::stop_token stop);
    template <class T, class Parse>
    Result<T> one(const std::string& url, const Endpoint& endpoint, Parse parse, std::stop_token stop);
    // One GET with the 401 -> renew -> retry-once rule: the body of a 2xx answer, else the error.
    Result<std::string> get(const std::string& url, const Endpoint& endpoint, std::stop_token stop);
    Result<http::HttpResponse> send(const std::string& url, const std::string& token, std::stop_token stop);
    [[nodiscard]] std::string url(std::string_view pathAndQuery) const;

    http::HttpSender& http_;
    auth::TokenProvider& tokens_;
    std::string baseUrl_;
    std::atomic<std::size_t> requestsSent_{0};
};

} // namespace tunescope::spotify
