// Which ids may go into a URL path, and which `next` links may receive the access token.

#include "spotify/SpotifyUrls.h"

#include <gtest/gtest.h>

namespace tunescope::spotify {
namespace {

TEST(SpotifyUrls, IdsAreBase62)
{
    EXPECT_TRUE(isSpotifyId("VelvetHarborTs01234567"));
    EXPECT_TRUE(isSpotifyId("abc"));
    for (const char* bad : {"", "../me", "abc/def", "abc?limit=1", "abc#x", "abc%2F", "ab cd", "abc\n", "ab-cd",
                            "ab_cd", "spotify:artist:abc", "Ärzte"}) {
        EXPECT_FALSE(isSpotifyId(bad)) << bad;
    }
    EXPECT_FALSE(isSpotifyId(std::string(65, 'a')));
}

TEST(SpotifyUrls, SameOriginNeedsSchemeAndHostAndPort)
{
    const std::string base = "https://api.spotify.com/v1";
    EXPECT_TRUE(isSameOrigin(base, "https://api.spotify.com/v1/me/top/artists?offset=50&limit=50"));
    EXPECT_TRUE(isSameOrigin(base, "HTTPS://API.Spotify.com/v1/me/tracks?offset=50"));
    EXPECT_TRUE(isSameOrigin(base, "https://api.spotify.com:443/v1/me/tracks"));

    EXPECT_FALSE(isSameOrigin(base, "http://api.spotify.com/v1/me/tracks")) << "no downgrade to plain HTTP";
    EXPECT_FALSE(isSameOrigin(base, "https://api.spotify.com.example.net/v1/me/tracks"));
    EXPECT_FALSE(isSameOrigin(base, "https://example.net/v1/me/tracks"));
    EXPECT_FALSE(isSameOrigin(base, "https://api.spotify.com:8443/v1/me/tracks"));
    EXPECT_FALSE(isSameOrigin(base, "https://api.spotify.com@example.net/v1/me/tracks"));
    EXPECT_FALSE(isSameOrigin(base, "https://example.net\\@api.spotify.com/v1/me/tracks"));
    EXPECT_FALSE(isSameOrigin(base, "https://api.spotify.com/v1/me/tracks?x=a b"));
    EXPECT_FALSE(isSameOrigin(base, "/v1/me/tracks?offset=50")) << "relative links are not followed";
    EXPECT_FALSE(isSameOrigin(base, ""));

    EXPECT_TRUE(isSameOrigin("http://127.0.0.1:8123/v1", "http://127.0.0.1:8123/v1/me/tracks?offset=50"));
    EXPECT_FALSE(isSameOrigin("http://127.0.0.1:8123/v1", "http://127.0.0.1:9999/v1/me/tracks?offset=50"));
}

TEST(SpotifyUrls, BaseUrlLosesTrailingSlashes)
{
    EXPECT_EQ(withoutTrailingSlash("https://api.spotify.com/v1/"), "https://api.spotify.com/v1");
    EXPECT_EQ(withoutTrailingSlash("https://api.spotify.com/v1"), "https://api.spotify.com/v1");
}

} // namespace
} // namespace tunescope::spotify
