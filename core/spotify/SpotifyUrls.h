#pragma once

#include <string>
#include <string_view>

namespace tunescope::spotify {

// A Spotify id that is safe inside a URL path: base62 only (real ids have 22 characters; the
// length is not enforced beyond 1..64 so ids from test servers and future formats still work).
// Anything with '/', '?', '#', '%', spaces or non-ASCII is refused before a URL is built.
bool isSpotifyId(std::string_view id);

// Does `url` point at the same scheme and host (port included) as `base`? The access token goes
// only there: a `next` link to any other server is not followed. Refuses URLs with user info,
// backslashes, whitespace or control characters in them, which parsers disagree about.
bool isSameOrigin(std::string_view base, std::string_view url);

// "https://api.spotify.com/v1/" -> "https://api.spotify.com/v1".
std::string withoutTrailingSlash(std::string_view url);

} // namespace tunescope::spotify
