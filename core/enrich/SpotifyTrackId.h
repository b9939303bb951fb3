#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tunescope::enrich {

// A Spotify track id as people and files write one: the bare 22-character base62 id,
// "spotify:track:<id>", or an open.spotify.com/track/<id> link (query and trailing slash allowed).
// Anything else, a 21-character id cut short by a spreadsheet included, is nullopt.
std::optional<std::string> spotifyTrackId(std::string_view text);
// The same, as a view into `text` (for readers of millions of rows).
std::optional<std::string_view> spotifyTrackIdView(std::string_view text);

// True for exactly 22 base62 characters: the shape of every real Spotify id.
bool isFullSpotifyId(std::string_view id);

} // namespace tunescope::enrich
