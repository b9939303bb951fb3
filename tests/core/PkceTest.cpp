// PKCE values and the authorize URL: what Spotify's login page receives.

#include "auth/Pkce.h"
#include "auth/AuthorizationRequest.h"
#include "http/HttpTypes.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

namespace tunescope::auth {
namespace {

constexpr std::string_view kUnreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

TEST(Pkce, ChallengeMatchesRfc7636AppendixB)
{
    EXPECT_EQ(pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
              "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
}

TEST(Pkce, Base64UrlHasNoPaddingAndUrlSafeLetters)
{
    // RFC 4648 §10 vectors, padding dropped.
    EXPECT_EQ(pkce::base64UrlNoPadding(""), "");
    EXPECT_EQ(pkce::base64UrlNoPadding("f"), "Zg");
    EXPECT_EQ(pkce::base64UrlNoPadding("fo"), "Zm8");
    EXPECT_EQ(pkce::base64UrlNoPadding("foo"), "Zm9v");
    EXPECT_EQ(pkce::base64UrlNoPadding("foob"), "Zm9vYg");
    EXPECT_EQ(pkce::base64UrlNoPadding("fooba"), "Zm9vYmE");
    EXPECT_EQ(pkce::base64UrlNoPadding("foobar"), "Zm9vYmFy");
    // 0xFB 0xFF would be "+/8=" in standard base64.
    EXPECT_EQ(pkce::base64UrlNoPadding("\xFB\xFF"), "-_8");
}

TEST(Pkce, VerifierHas64UnreservedCharacters)
{
    for (int i = 0; i < 50; ++i) {
        const auto verifier = pkce::generateVerifier();
        ASSERT_TRUE(verifier.ok());
        ASSERT_EQ(verifier->size(), 64U);
        EXPECT_EQ(verifier->find_first_not_of(kUnreserved), std::string::npos);
    }
}

TEST(Pkce, VerifiersAreUniqueAndUseTheWholeAlphabet)
{
    std::set<std::string> seen;
    std::map<char, int> counts;
    constexpr int kDraws = 400; // 25,600 characters, about 388 per letter
    for (int i = 0; i < kDraws; ++i) {
        const auto verifier = pkce::generateVerifier();
        ASSERT_TRUE(verifier.ok());
        seen.insert(*verifier);
        for (const char c : *verifier) {
            ++counts[c];
        }
    }
    EXPECT_EQ(seen.size(), static_cast<std::size_t>(kDraws));
    EXPECT_EQ(counts.size(), kUnreserved.size()) << "every allowed character shows up";
    // A modulo-biased draw (byte % 66) makes the first 58 letters 4/3 as likely as the last 8;
    // an unbiased one keeps the two groups' per-letter averages within a few percent.
    double first = 0;
    double last = 0;
    for (std::size_t i = 0; i < kUnreserved.size(); ++i) {
        (i < 58 ? first : last) += counts[kUnreserved[i]];
    }
    const double ratio = (first / 58) / (last / 8);
    EXPECT_GT(ratio, 0.9);
    EXPECT_LT(ratio, 1.1);
}

TEST(Pkce, StateIsRandomBase64UrlOf32Bytes)
{
    const auto a = pkce::randomState();
    const auto b = pkce::randomState();
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(a->size(), 43U);
    EXPECT_NE(*a, *b);
    EXPECT_EQ(a->find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos);
}

std::map<std::string, std::string> queryOf(const std::string& url)
{
    std::map<std::string, std::string> fields;
    const auto decoded = http::formDecode(url.substr(url.find('?') + 1));
    EXPECT_TRUE(decoded.has_value());
    for (const auto& [key, value] : decoded.value_or(std::vector<std::pair<std::string, std::string>>{})) {
        EXPECT_TRUE(fields.emplace(key, value).second) << "repeated parameter " << key;
    }
    return fields;
}

TEST(AuthorizeUrl, CarriesEveryParameterSpotifyNeeds)
{
    // Designated initializers rather than assignments: GCC 12 at -O3 reports a false -Wrestrict
    // for string members assigned from literals.
    const AuthorizationRequest request{.clientId = "client123",
                                       .redirectUri = loopbackRedirectUri(53682),
                                       .codeChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                                       .state = "state-abc"};
    const std::string url = authorizeUrl(request);

    EXPECT_EQ(url, "https://accounts.spotify.com/authorize?client_id=client123&response_type=code"
                   "&redirect_uri=http%3A%2F%2F127.0.0.1%3A53682%2Fcallback&code_challenge_method=S256"
                   "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                   "&scope=user-top-read%20user-read-recently-played%20user-library-read%20playlist-read-private"
                   "&state=state-abc");
    const auto query = queryOf(url);
    EXPECT_EQ(query.at("redirect_uri"), "http://127.0.0.1:53682/callback");
    EXPECT_EQ(query.at("scope"), "user-top-read user-read-recently-played user-library-read playlist-read-private");
    EXPECT_EQ(query.count("code_verifier"), 0U) << "the verifier never goes to the browser";
    EXPECT_EQ(url.find("localhost"), std::string::npos);
}

TEST(AuthorizeUrl, UsesTheConfiguredAccountsServer)
{
    const AuthorizationRequest request{.accountsBaseUrl = "http://127.0.0.1:9000/",
                                       .clientId = "c",
                                       .redirectUri = loopbackRedirectUri(1234),
                                       .codeChallenge = "x",
                                       .state = "s"};
    EXPECT_EQ(authorizeUrl(request).rfind("http://127.0.0.1:9000/authorize?client_id=c&", 0), 0U);
    EXPECT_EQ(tokenEndpointUrl("http://127.0.0.1:9000/"), "http://127.0.0.1:9000/api/token");
    EXPECT_EQ(tokenEndpointUrl(kDefaultAccountsBaseUrl), "https://accounts.spotify.com/api/token");
}

TEST(AuthorizeUrl, RedirectIsTheLoopbackLiteralWithAPlainPath)
{
    EXPECT_EQ(loopbackRedirectUri(8888), "http://127.0.0.1:8888/callback");
}

} // namespace
} // namespace tunescope::auth
