#include "http/HttpTypes.h"

#include <gtest/gtest.h>

namespace tunescope::http {
namespace {

TEST(HttpTypes, HostOfKeepsThePortAndDropsEverythingElse)
{
    EXPECT_EQ(hostOf("https://api.spotify.com/v1/me?limit=5"), "api.spotify.com");
    EXPECT_EQ(hostOf("HTTPS://API.Spotify.COM/v1"), "api.spotify.com");
    EXPECT_EQ(hostOf("http://127.0.0.1:8080/callback?code=abc"), "127.0.0.1:8080");
    EXPECT_EQ(hostOf("http://[::1]:43123/callback"), "[::1]:43123");
    EXPECT_EQ(hostOf("https://user:secret@example.org/path"), "example.org");
    EXPECT_EQ(hostOf("https://musicbrainz.org?x=a@b"), "musicbrainz.org");
    EXPECT_EQ(hostOf("https://example.org#frag"), "example.org");
}

TEST(HttpTypes, UrlEncodeKeepsOnlyUnreservedCharacters)
{
    EXPECT_EQ(urlEncode("AZaz09-_.~"), "AZaz09-_.~");
    EXPECT_EQ(urlEncode("a b+c/d?e=f&g"), "a%20b%2Bc%2Fd%3Fe%3Df%26g");
    EXPECT_EQ(urlEncode("user-read-recently-played user-top-read"), "user-read-recently-played%20user-top-read");
    EXPECT_EQ(urlEncode("Beyonc\xC3\xA9"), "Beyonc%C3%A9");
    EXPECT_EQ(urlEncode(""), "");
}

TEST(HttpTypes, FormEncodeAndDecodeRoundTrip)
{
    const std::vector<std::pair<std::string, std::string>> fields = {
        {"grant_type", "authorization_code"},
        {"redirect_uri", "http://127.0.0.1:43123/callback"},
        {"q", "artist:\"Sigur R\xC3\xB3s\" & friends=1"},
        {"empty", ""},
    };
    const std::string encoded = formEncode(fields);
    EXPECT_EQ(encoded.find(' '), std::string::npos);
    EXPECT_EQ(encoded.substr(0, 48), "grant_type=authorization_code&redirect_uri=http%");
    const auto decoded = formDecode(encoded);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(*decoded, fields);
}

TEST(HttpTypes, FormDecodeReadsCallbackQueries)
{
    const auto fields = formDecode("code=AQD%2Fx+y&state=s1&&flag");
    ASSERT_TRUE(fields);
    ASSERT_EQ(fields->size(), 3U);
    EXPECT_EQ((*fields)[0], (std::pair<std::string, std::string>{"code", "AQD/x y"}));
    EXPECT_EQ((*fields)[1], (std::pair<std::string, std::string>{"state", "s1"}));
    EXPECT_EQ((*fields)[2], (std::pair<std::string, std::string>{"flag", ""}));
    EXPECT_TRUE(formDecode("")->empty());
}

TEST(HttpTypes, FormDecodeRejectsBadEscapes)
{
    EXPECT_FALSE(formDecode("a=%"));
    EXPECT_FALSE(formDecode("a=%4"));
    EXPECT_FALSE(formDecode("a=%zz"));
    EXPECT_FALSE(formDecode("ok=1&b%G1=2"));
    EXPECT_TRUE(formDecode("a=%41"));
}

TEST(HttpTypes, ResponseHeaderLookupIgnoresCase)
{
    HttpResponse response;
    response.headers = {{"content-type", "application/json"}, {"retry-after", "5"}, {"retry-after", "9"}};
    EXPECT_EQ(response.header("Content-Type"), "application/json");
    EXPECT_EQ(response.header("RETRY-AFTER"), "5");
    EXPECT_FALSE(response.header("Location"));
}

} // namespace
} // namespace tunescope::http
