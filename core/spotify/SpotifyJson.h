#pragma once

#include "spotify/SpotifyModels.h"
#include "util/Result.h"

#include <string_view>

// Spotify Web API response bodies -> model structs. Tolerant: unknown fields are ignored, null is
// "absent" everywhere, a field of the wrong type is treated as absent, and an item without an id
// (local files, removed tracks) is skipped and counted in `skipped`. Only a body that is not JSON,
// or not the object the endpoint returns, fails: ErrorCode::Remote, "Spotify sent a response
// Tunescope could not read (<endpoint>): <reason>". No exception escapes.
//
// `endpoint` names the request in that message, e.g. "/me/top/artists".
namespace tunescope::spotify {

// GET /me
Result<Profile> parseProfile(std::string_view body, std::string_view endpoint);
// GET /artists/{id}
Result<Artist> parseArtist(std::string_view body, std::string_view endpoint);
// GET /albums/{id}
Result<Album> parseAlbum(std::string_view body, std::string_view endpoint);
// GET /tracks/{id}
Result<Track> parseTrack(std::string_view body, std::string_view endpoint);

// GET /me/top/artists
Result<Page<Artist>> parseArtistPage(std::string_view body, std::string_view endpoint);
// GET /search?type=artist: the page sits under "artists".
Result<Page<Artist>> parseArtistSearch(std::string_view body, std::string_view endpoint);
// GET /me/top/tracks, GET /albums/{id}/tracks
Result<Page<Track>> parseTrackPage(std::string_view body, std::string_view endpoint);
// GET /artists/{id}/albums
Result<Page<AlbumSummary>> parseAlbumPage(std::string_view body, std::string_view endpoint);
// GET /me/tracks
Result<Page<SavedTrack>> parseSavedTrackPage(std::string_view body, std::string_view endpoint);
// GET /me/player/recently-played (cursor paged). A play without a readable played_at is skipped.
Result<RecentlyPlayed> parseRecentlyPlayed(std::string_view body, std::string_view endpoint);

} // namespace tunescope::spotify
