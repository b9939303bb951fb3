// The token endpoint as a public PKCE client: form bodies, parsing, and errors a user can act on.

#include "auth/TokenClient.h"

#include "ManualClock.h"
#include "ScriptedHttpSender.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace tunescope::auth {
namespace {

using testing::ManualClock;
using testing::ScriptedHttpSender;

// Fictional secrets, distinctive enough to spot in any message.
const std::string kCode = "CODE-SECRET-7f3a";
const std::string kVerifier = "VERIFIER-SECRET-0123456789012345678901234567890123456789";
const std::string kRefresh = "REFRESH-SECRET-old";
const std::string kRedirect = "http://127.0.0.1:43210/callback";

std::map<std::string, std::string> formOf(const http::HttpRequest& request)
{
    std::map<std::string, std::string> fields;
    const auto decoded = http::formDecode(request.body);
    EXPECT_TRUE(decoded.has_value());
    for (const auto& [key, value] : decoded.value_or(std::vector<std::pair<std::string, std::string>>{})) {
        EXPECT_TRUE(fields.emplace(key, value).second) << "repeated field " << key;
    }
    return fields;
}

// `name` in lower case; the request's header names may be in any case.
std::optional<std::string> headerOf(const http::HttpRequest& request, const std::string& name)
{
    for (const auto& [key, value] : request.headers) {
        std::string lower = key;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
        if (lower == name) {
            return value;
        }
    }
    return std::nullopt;
}

void expectNoSecretIn(const Error& error)
{
    for (const auto& secret :
         {kCode, kVerifier, kRefresh, std::string("ACCESS-SECRET"), std::string("REFRESH-SECRET")}) {
        EXPECT_EQ(error.message.find(secret), std::string::npos) << "an error message carries a secret";
    }
}

class TokenClientTest : public ::testing::Test {
protected:
    ManualClock clock_;
    ScriptedHttpSender sender_;
    TokenClient client_{sender_, clock_, "my-client-id"};
};

TEST_F(TokenClientTest, ExchangePostsThePkceFormWithoutASecret)
{
    sender_.reply(200, R"({"access_token":"ACCESS-SECRET-1","token_type":"Bearer","scope":"user-top-read",)"
                       R"("expires_in":3600,"refresh_token":"REFRESH-SECRET-1"})");
    const auto tokens = client_.exchangeCode(kCode, kVerifier, kRedirect, {});
    ASSERT_TRUE(tokens.ok()) << tokens.error().message;

    const auto requests = sender_.requests();
    ASSERT_EQ(requests.size(), 1U);
    const auto& request = requests[0];
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.url, "https://accounts.spotify.com/api/token");
    EXPECT_EQ(headerOf(request, "content-type"), "application/x-www-form-urlencoded");
    EXPECT_FALSE(headerOf(request, "authorization").has_value()) << "no Basic auth for a public client";
    const std::map<std::string, std::string> expected{{"grant_type", "authorization_code"},
                                                      {"code", kCode},
                                                      {"redirect_uri", kRedirect},
                                                      {"client_id", "my-client-id"},
                                                      {"code_verifier", kVerifier}};
    EXPECT_EQ(formOf(request), expected) << "exactly these fields: no client_secret";

    EXPECT_EQ(tokens->accessToken, "ACCESS-SECRET-1");
    EXPECT_EQ(tokens->refreshToken, "REFRESH-SECRET-1");
    EXPECT_EQ(tokens->scope, "user-top-read");
    EXPECT_EQ(tokens->expiresAtMs, clock_.now() + 3'600'000);
}

TEST_F(TokenClientTest, RefreshPostsTheRefreshFormAndTakesTheRotatedToken)
{
    sender_.reply(200, R"({"access_token":"ACCESS-SECRET-2","token_type":"bearer","expires_in":3600,)"
                       R"("refresh_token":"REFRESH-SECRET-new","scope":"a b"})");
    const auto tokens = client_.refresh(kRefresh, {});
    ASSERT_TRUE(tokens.ok()) << tokens.error().message;
    const std::map<std::string, std::string> expected{
        {"grant_type", "refresh_token"}, {"refresh_token", kRefresh}, {"client_id", "my-client-id"}};
    const auto requests = sender_.requests();
    EXPECT_EQ(formOf(requests.at(0)), expected);
    EXPECT_FALSE(headerOf(requests[0], "authorization").has_value());
    EXPECT_EQ(tokens->refreshToken, "REFRESH-SECRET-new");
    EXPECT_EQ(tokens->accessToken, "ACCESS-SECRET-2");
}

TEST_F(TokenClientTest, RefreshWithoutANewRefreshTokenKeepsTheOldOne)
{
    sender_.reply(200, R"({"access_token":"ACCESS-SECRET-2","token_type":"Bearer","expires_in":1800})");
    const auto tokens = client_.refresh(kRefresh, {});
    ASSERT_TRUE(tokens.ok());
    EXPECT_EQ(tokens->refreshToken, kRefresh);
    EXPECT_EQ(tokens->expiresAtMs, clock_.now() + 1'800'000);
}

TEST_F(TokenClientTest, UsesTheConfiguredAccountsServer)
{
    TokenClient local(sender_, clock_, "id", "http://127.0.0.1:9000/");
    sender_.reply(200, R"({"access_token":"a","expires_in":3600})");
    ASSERT_TRUE(local.refresh(kRefresh, {}).ok());
    EXPECT_EQ(sender_.requests().at(0).url, "http://127.0.0.1:9000/api/token");
}

TEST_F(TokenClientTest, InvalidGrantMeansLogInAgain)
{
    sender_.reply(400, R"({"error":"invalid_grant","error_description":"Refresh token revoked"})");
    const auto tokens = client_.refresh(kRefresh, {});
    ASSERT_FALSE(tokens.ok());
    EXPECT_EQ(tokens.error().code, ErrorCode::LoginRequired);
    EXPECT_EQ(tokens.error().message,
              "Your Spotify login has expired or was revoked (Spotify ends logins six months after you log in). "
              "Please log in again.");
}

TEST_F(TokenClientTest, InvalidGrantOnExchangeAlsoAsksToLogInAgain)
{
    sender_.reply(400, R"({"error":"invalid_grant","error_description":"Invalid authorization code"})");
    const auto tokens = client_.exchangeCode(kCode, kVerifier, kRedirect, {});
    ASSERT_FALSE(tokens.ok());
    EXPECT_EQ(tokens.error().code, ErrorCode::LoginRequired);
    expectNoSecretIn(tokens.error());
}

TEST_F(TokenClientTest, InvalidClientPointsAtTheClientIdSetting)
{
    sender_.reply(400, R"({"error":"invalid_client","error_description":"Invalid client"})");
    const auto tokens = client_.exchangeCode(kCode, kVerifier, kRedirect, {});
    ASSERT_FALSE(tokens.ok());
    EXPECT_EQ(tokens.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(tokens.error().message.find("Client ID"), std::string::npos);
    EXPECT_NE(tokens.error().message.find("Settings"), std::string::npos);
}

TEST_F(TokenClientTest, MalformedAnswersAreRemoteErrorsThatQuoteNothing)
{
    for (const std::string& body :
         {std::string(R"({"access_token":"ACCESS-SECRET-9","expires_in":)"), std::string(R"({"token_type":"Bearer"})"),
          std::string("[]"), std::string(R"({"access_token":"ACCESS-SECRET-9","expires_in":"soon"})"),
          std::string(R"({"access_token":"ACCESS-SECRET-9","token_type":"MAC"})")}) {
        sender_.reply(200, body);
        const auto tokens = client_.refresh(kRefresh, {});
        ASSERT_FALSE(tokens.ok());
        EXPECT_EQ(tokens.error().code, ErrorCode::Remote);
        expectNoSecretIn(tokens.error());
    }
}

TEST_F(TokenClientTest, ExchangeWithoutARefreshTokenIsUnusable)
{
    sender_.reply(200, R"({"access_token":"ACCESS-SECRET-1","expires_in":3600})");
    const auto tokens = client_.exchangeCode(kCode, kVerifier, kRedirect, {});
    ASSERT_FALSE(tokens.ok());
    EXPECT_EQ(tokens.error().code, ErrorCode::Remote);
}

TEST_F(TokenClientTest, OtherRefusalsNameTheCodeButNotTheDescription)
{
    sender_.reply(400, R"({"error":"invalid_request","error_description":"bad refresh_token REFRESH-SECRET-old"})");
    const auto tokens = client_.refresh(kRefresh, {});
    ASSERT_FALSE(tokens.ok());
    EXPECT_EQ(tokens.error().code, ErrorCode::Remote);
    EXPECT_NE(tokens.error().message.find("invalid_request"), std::string::npos);
    expectNoSecretIn(tokens.error());
}

TEST_F(TokenClientTest, RateLimitSaysUntilWhen)
{
    sender_.reply(429, "", {{"retry-after", "120"}});
    const auto tokens = client_.refresh(kRefresh, {});
    ASSERT_FALSE(tokens.ok());
    EXPECT_EQ(tokens.error().code, ErrorCode::RateLimited);
    EXPECT_EQ(tokens.error().retryAtMs, clock_.now() + 120'000);
}

TEST_F(TokenClientTest, ServerTroubleIsRemote)
{
    sender_.reply(503, "<html>Service Unavailable</html>");
    const auto tokens = client_.refresh(kRefresh, {});
    ASSERT_FALSE(tokens.ok());
    EXPECT_EQ(tokens.error().code, ErrorCode::Remote);
    EXPECT_NE(tokens.error().message.find("503"), std::string::npos);
}

TEST_F(TokenClientTest, SenderErrorsPassThroughUnchanged)
{
    sender_.fail(makeError(ErrorCode::Network, "Could not reach accounts.spotify.com after 4 tries."));
    const auto network = client_.refresh(kRefresh, {});
    ASSERT_FALSE(network.ok());
    EXPECT_EQ(network.error().code, ErrorCode::Network);
    EXPECT_EQ(network.error().message, "Could not reach accounts.spotify.com after 4 tries.");

    Error limited = makeError(ErrorCode::RateLimited, "Spotify asks to wait.");
    limited.retryAtMs = 42;
    sender_.fail(limited);
    const auto rate = client_.refresh(kRefresh, {});
    ASSERT_FALSE(rate.ok());
    EXPECT_EQ(rate.error().code, ErrorCode::RateLimited);
    EXPECT_EQ(rate.error().retryAtMs, 42);
}

} // namespace
} // namespace tunescope::auth
