// The whole login as a user goes through it: a URL to open, the browser coming back to
// 127.0.0.1, the code exchanged for tokens, the refresh token stored.

#include "auth/LoginFlow.h"
#include "auth/MemorySecretStore.h"
#include "auth/Pkce.h"

#include "ScriptedHttpSender.h"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <functional>
#include <map>
#include <set>
#include <thread>

namespace tunescope::auth {
namespace {

using namespace std::chrono_literals;

using testing::ScriptedHttpSender;

const std::string kKey = "profile-1/spotify";

std::map<std::string, std::string> fieldsOf(std::string_view encoded)
{
    std::map<std::string, std::string> fields;
    const auto decoded = http::formDecode(encoded);
    EXPECT_TRUE(decoded.has_value());
    for (const auto& [key, value] : decoded.value_or(std::vector<std::pair<std::string, std::string>>{})) {
        fields[key] = value;
    }
    return fields;
}

// GETs `target` from 127.0.0.1:`port` and returns the response's status (-1: no answer).
int visit(int port, const std::string& target)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    timeval timeout{2, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    std::string answer;
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
        const std::string request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
        char buffer[4096];
        for (ssize_t n = 0; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) {
            answer.append(buffer, static_cast<std::size_t>(n));
        }
    }
    ::close(fd);
    return answer.rfind("HTTP/1.1 ", 0) == 0 ? std::stoi(answer.substr(9, 3)) : -1;
}

// Plays the user's browser: given the authorize URL, comes back to the redirect URI with the
// query `answer(state)`, on another thread as a real browser would.
class Browser {
public:
    explicit Browser(std::function<std::string(const std::string& state)> answer) : answer_(std::move(answer)) {}

    void open(const std::string& url)
    {
        authorizeUrl = url;
        const auto query = fieldsOf(std::string_view(url).substr(url.find('?') + 1));
        redirectUri = query.at("redirect_uri");
        challenge = query.at("code_challenge");
        const std::string prefix = "http://127.0.0.1:";
        ASSERT_EQ(redirectUri.rfind(prefix, 0), 0U);
        const int port = std::stoi(redirectUri.substr(prefix.size()));
        const std::string target = "/callback?" + answer_(query.at("state"));
        visit_ = std::jthread([this, port, target] { pageStatus = visit(port, target); });
    }

    void waitUntilDone() { visit_ = {}; }

    std::string authorizeUrl;
    std::string redirectUri;
    std::string challenge;
    std::atomic<int> pageStatus{0};

private:
    std::function<std::string(const std::string&)> answer_;
    std::jthread visit_;
};

class LoginFlowTest : public ::testing::Test {
protected:
    Result<TokenSet> login(Browser& browser, std::stop_token stop = {})
    {
        LoginFlow flow(client_, store_, LoginSettings{0, 5s});
        auto result = flow.run(
            kKey, [&](const std::string& url) { browser.open(url); }, std::move(stop));
        browser.waitUntilDone();
        return result;
    }

    ScriptedHttpSender sender_;
    MemorySecretStore store_;
    TokenClient client_{sender_, systemClock(), "client-id", "http://127.0.0.1:1"};
};

TEST_F(LoginFlowTest, LogsInAndStoresTheRefreshToken)
{
    sender_.reply(200, R"({"access_token":"ACCESS-1","token_type":"Bearer","expires_in":3600,)"
                       R"("refresh_token":"REFRESH-1","scope":"user-top-read"})");
    Browser browser([](const std::string& state) { return "code=CODE-1&state=" + state; });
    const auto tokens = login(browser);
    ASSERT_TRUE(tokens.ok()) << tokens.error().message;
    EXPECT_EQ(tokens->accessToken, "ACCESS-1");
    EXPECT_EQ(store_.read(kKey).value(), "REFRESH-1");
    EXPECT_EQ(browser.pageStatus.load(), 200);

    EXPECT_EQ(browser.authorizeUrl.rfind("http://127.0.0.1:1/authorize?client_id=client-id&", 0), 0U);
    const auto requests = sender_.requests();
    ASSERT_EQ(requests.size(), 1U);
    EXPECT_EQ(requests[0].url, "http://127.0.0.1:1/api/token");
    const auto exchange = fieldsOf(requests[0].body);
    EXPECT_EQ(exchange.at("code"), "CODE-1");
    EXPECT_EQ(exchange.at("redirect_uri"), browser.redirectUri) << "the same redirect URI as the authorize URL";
    EXPECT_EQ(pkce::challengeS256(exchange.at("code_verifier")), browser.challenge)
        << "the verifier sent to the token endpoint is the one behind the challenge";
    EXPECT_EQ(browser.authorizeUrl.find(exchange.at("code_verifier")), std::string::npos);
}

TEST_F(LoginFlowTest, EveryLoginUsesNewSecrets)
{
    std::set<std::string> challenges;
    for (int i = 0; i < 2; ++i) {
        sender_.reply(200, R"({"access_token":"A","expires_in":3600,"refresh_token":"R"})");
        Browser browser([](const std::string& state) { return "code=C&state=" + state; });
        ASSERT_TRUE(login(browser).ok());
        challenges.insert(browser.challenge);
    }
    EXPECT_EQ(challenges.size(), 2U);
}

TEST_F(LoginFlowTest, DecliningSendsNothingAndStoresNothing)
{
    Browser browser([](const std::string& state) { return "error=access_denied&state=" + state; });
    const auto tokens = login(browser);
    ASSERT_FALSE(tokens.ok());
    EXPECT_EQ(tokens.error().code, ErrorCode::LoginRequired);
    EXPECT_EQ(sender_.requestCount(), 0U);
    EXPECT_EQ(store_.read(kKey).value(), std::nullopt);
}

TEST_F(LoginFlowTest, AForgedCallbackIsNotExchanged)
{
    sender_.reply(200, R"({"access_token":"A","expires_in":3600,"refresh_token":"R"})");
    std::stop_source stop;
    Browser browser([&](const std::string&) { return std::string("code=ATTACKER&state=not-the-state"); });
    // The forged request is refused; the user then gives up.
    std::jthread giveUp([&](const std::stop_token& own) {
        while (browser.pageStatus.load() == 0 && !own.stop_requested()) {
            std::this_thread::sleep_for(1ms);
        }
        stop.request_stop();
    });
    const auto tokens = login(browser, stop.get_token());
    ASSERT_FALSE(tokens.ok());
    EXPECT_EQ(tokens.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(browser.pageStatus.load(), 400);
    EXPECT_EQ(sender_.requestCount(), 0U);
}

TEST_F(LoginFlowTest, ARefusedExchangeStoresNothing)
{
    sender_.reply(400, R"({"error":"invalid_client","error_description":"Invalid client"})");
    Browser browser([](const std::string& state) { return "code=C&state=" + state; });
    const auto tokens = login(browser);
    ASSERT_FALSE(tokens.ok());
    EXPECT_EQ(tokens.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(store_.read(kKey).value(), std::nullopt);
}

} // namespace
} // namespace tunescope::auth
