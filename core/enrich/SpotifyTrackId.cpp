#include "enrich/SpotifyTrackId.h"
#include "util/Text.h"

#include <algorithm>
#include <cctype>

namespace tunescope::enrich {
namespace {

constexpr std::size_t kSpotifyIdLength = 22;

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

} // namespace

bool isFullSpotifyId(std::string_view id)
{
    return id.size() == kSpotifyIdLength &&
           std::all_of(id.begin(), id.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

std::optional<std::string> spotifyTrackId(std::string_view text)
{
    const auto id = spotifyTrackIdView(text);
    return id ? std::optional<std::string>(*id) : std::nullopt;
}

std::optional<std::string_view> spotifyTrackIdView(std::string_view text)
{
    std::string_view id = text::trimmed(text);
    if (startsWith(id, "spotify:track:")) {
        id.remove_prefix(std::string_view("spotify:track:").size());
    } else {
        for (const std::string_view scheme : {"https://", "http://"}) {
            if (startsWith(id, scheme)) {
                id.remove_prefix(scheme.size());
                break;
            }
        }
        if (startsWith(id, "open.spotify.com/")) {
            id.remove_prefix(std::string_view("open.spotify.com/").size());
            // Links shared from some regions carry a locale first: open.spotify.com/intl-de/track/<id>.
            if (startsWith(id, "intl-")) {
                const auto slash = id.find('/');
                id = slash == std::string_view::npos ? std::string_view{} : id.substr(slash + 1);
            }
            if (!startsWith(id, "track/")) {
                return std::nullopt;
            }
            id.remove_prefix(std::string_view("track/").size());
            id = id.substr(0, id.find_first_of("?#/"));
        }
    }
    if (!isFullSpotifyId(id)) {
        return std::nullopt;
    }
    return id;
}

} // namespace tunescope::enrich
