#include "spotify/SpotifyUrls.h"

#include "http/HttpTypes.h"

#include <algorithm>
#include <cctype>

namespace tunescope::spotify {
namespace {

constexpr std::size_t kMaxIdLength = 64;

std::string schemeOf(std::string_view url)
{
    const auto end = url.find("://");
    if (end == std::string_view::npos) {
        return {};
    }
    std::string scheme(url.substr(0, end));
    std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return scheme;
}

// host[:port] with the scheme's default port dropped, so "api.spotify.com:443" equals
// "api.spotify.com" under https.
std::string originHost(const std::string& scheme, std::string_view url)
{
    std::string host = http::hostOf(url);
    const std::string defaultPort = scheme == "https" ? ":443" : scheme == "http" ? ":80" : "";
    if (!defaultPort.empty() && host.size() > defaultPort.size() &&
        host.compare(host.size() - defaultPort.size(), defaultPort.size(), defaultPort) == 0) {
        host.resize(host.size() - defaultPort.size());
    }
    return host;
}

bool hasAmbiguousCharacters(std::string_view url)
{
    const auto authorityStart = url.find("://");
    const std::string_view rest = url.substr(authorityStart + 3);
    const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    if (authority.find_first_of("@\\") != std::string_view::npos) {
        return true;
    }
    return std::any_of(url.begin(), url.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u <= 0x20 || u == 0x7F || c == '\\';
    });
}

} // namespace

bool isSpotifyId(std::string_view id)
{
    return !id.empty() && id.size() <= kMaxIdLength && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
}

bool isSameOrigin(std::string_view base, std::string_view url)
{
    const std::string scheme = schemeOf(url);
    if (scheme.empty() || scheme != schemeOf(base) || hasAmbiguousCharacters(url)) {
        return false;
    }
    const std::string host = originHost(scheme, url);
    return !host.empty() && host == originHost(scheme, base);
}

std::string withoutTrailingSlash(std::string_view url)
{
    while (!url.empty() && url.back() == '/') {
        url.remove_suffix(1);
    }
    return std::string(url);
}

} // namespace tunescope::spotify
