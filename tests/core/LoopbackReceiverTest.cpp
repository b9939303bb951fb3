// The loopback receiver on real sockets (127.0.0.1 only): what the browser sees and what the
// login gets back.

#include "auth/LoopbackReceiver.h"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <future>
#include <map>
#include <string>
#include <thread>

namespace tunescope::auth {
namespace {

using namespace std::chrono_literals;

constexpr auto kTestTimeout = 5s; // only reached when a test fails
const std::string kState = "expected-state-123";

struct Response {
    int status = 0;
    std::map<std::string, std::string> headers;
    std::string body;
};

Response parseResponse(const std::string& raw)
{
    Response response;
    const auto headEnd = raw.find("\r\n\r\n");
    if (raw.rfind("HTTP/1.1 ", 0) != 0 || headEnd == std::string::npos) {
        ADD_FAILURE() << "not an HTTP/1.1 response";
        return response;
    }
    response.status = std::stoi(raw.substr(9, 3));
    std::size_t line = raw.find("\r\n") + 2;
    while (line < headEnd) {
        const auto end = raw.find("\r\n", line);
        const std::string header = raw.substr(line, end - line);
        const auto colon = header.find(':');
        std::string name = header.substr(0, colon);
        std::transform(name.begin(), name.end(), name.begin(),
                       [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
        response.headers[name] = header.substr(header.find_first_not_of(' ', colon + 1));
        line = end + 2;
    }
    response.body = raw.substr(headEnd + 4);
    return response;
}

// Runs waitForCallback on a worker, as LoginFlow's caller does, while the test plays the browser.
class ReceiverTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto opened = LoopbackReceiver::open();
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        receiver_.emplace(std::move(opened).value());
    }

    std::future<Result<std::string>> startWaiting(std::chrono::milliseconds timeout = kTestTimeout)
    {
        return std::async(std::launch::async,
                          [this, timeout] { return receiver_->waitForCallback(kState, timeout, stop_.get_token()); });
    }

    // Sends `raw` bytes as they are and returns everything the receiver answers.
    [[nodiscard]] std::string sendRaw(const std::string& raw) const
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(receiver_->port());
        ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
        EXPECT_EQ(::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
        timeval timeout{2, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        std::size_t sent = 0;
        while (sent < raw.size()) {
            const ssize_t n = ::send(fd, raw.data() + sent, raw.size() - sent, MSG_NOSIGNAL);
            if (n <= 0) {
                break;
            }
            sent += static_cast<std::size_t>(n);
        }
        std::string answer;
        char buffer[4096];
        for (ssize_t n = 0; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) {
            answer.append(buffer, static_cast<std::size_t>(n));
        }
        ::close(fd);
        return answer;
    }

    // What a browser gets for `method target`: status, headers (lower-cased names) and body.
    [[nodiscard]] Response request(const std::string& method, const std::string& target) const
    {
        return parseResponse(sendRaw(method + " " + target +
                                     " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\nAccept: text/html\r\n\r\n"));
    }
    [[nodiscard]] Response get(const std::string& target) const { return request("GET", target); }

    static Result<std::string> outcome(std::future<Result<std::string>>& waiting)
    {
        EXPECT_EQ(waiting.wait_for(kTestTimeout), std::future_status::ready);
        return waiting.get();
    }

    std::optional<LoopbackReceiver> receiver_;
    std::stop_source stop_;
};

TEST_F(ReceiverTest, ListensOnTheLoopbackLiteral)
{
    EXPECT_NE(receiver_->port(), 0);
    EXPECT_EQ(receiver_->redirectUri(), "http://127.0.0.1:" + std::to_string(receiver_->port()) + "/callback");
}

TEST_F(ReceiverTest, GoodCallbackReturnsTheCodeAndALoggedInPage)
{
    auto waiting = startWaiting();
    const auto response = get("/callback?code=the-code&state=" + kState);
    EXPECT_EQ(response.status, 200);
    EXPECT_NE(response.body.find("Tunescope is logged in — you can close this tab"), std::string::npos);
    EXPECT_NE(response.body.find("prefers-color-scheme:dark"), std::string::npos);
    EXPECT_EQ(response.body.find("the-code"), std::string::npos) << "the page does not repeat the code";
    EXPECT_EQ(response.headers.at("content-type"), "text/html; charset=utf-8");
    EXPECT_EQ(response.headers.at("content-length"), std::to_string(response.body.size()));
    EXPECT_EQ(response.headers.at("connection"), "close");
    EXPECT_EQ(response.headers.at("cache-control"), "no-store");

    const auto code = outcome(waiting);
    ASSERT_TRUE(code.ok()) << code.error().message;
    EXPECT_EQ(*code, "the-code");
}

TEST_F(ReceiverTest, OtherPathsAndMethodsDoNotEndTheWait)
{
    auto waiting = startWaiting();
    const auto favicon = get("/favicon.ico");
    EXPECT_EQ(favicon.status, 404);

    const auto posted = request("POST", "/callback?code=x&state=" + kState);
    EXPECT_EQ(posted.status, 405);
    EXPECT_EQ(posted.headers.at("allow"), "GET");
    EXPECT_EQ(posted.headers.at("cache-control"), "no-store");

    EXPECT_EQ(waiting.wait_for(0ms), std::future_status::timeout) << "still waiting";
    ASSERT_EQ(get("/callback?code=real&state=" + kState).status, 200);
    const auto code = outcome(waiting);
    ASSERT_TRUE(code.ok());
    EXPECT_EQ(*code, "real");
}

TEST_F(ReceiverTest, WrongStateIsRefusedAndTheRightOneStillAccepted)
{
    auto waiting = startWaiting();
    const auto forged = get("/callback?code=attacker-code&state=someone-elses");
    EXPECT_EQ(forged.status, 400);
    EXPECT_NE(forged.body.find("This login link does not belong to the login in progress"), std::string::npos);
    const auto missing = get("/callback?code=attacker-code");
    EXPECT_EQ(missing.status, 400);

    ASSERT_EQ(get("/callback?code=genuine&state=" + kState).status, 200);
    const auto code = outcome(waiting);
    ASSERT_TRUE(code.ok());
    EXPECT_EQ(*code, "genuine");
}

TEST_F(ReceiverTest, MalformedAndOversizedRequestsGetErrorsAndTheWaitGoesOn)
{
    auto waiting = startWaiting();
    EXPECT_EQ(sendRaw("nonsense\r\n\r\n").rfind("HTTP/1.1 400 ", 0), 0U);
    EXPECT_EQ(sendRaw("GET /callback?code=%zz&state=" + kState + " HTTP/1.1\r\n\r\n").rfind("HTTP/1.1 400 ", 0), 0U);
    EXPECT_EQ(sendRaw("GET /callback?state=" + kState + "&state=" + kState + "&code=x HTTP/1.1\r\n\r\n")
                  .rfind("HTTP/1.1 400 ", 0),
              0U)
        << "a repeated state is not guessed at";
    const std::string huge =
        "GET /callback?code=x&state=" + kState + " HTTP/1.1\r\nX-Padding: " + std::string(9000, 'a') + "\r\n\r\n";
    EXPECT_EQ(sendRaw(huge).rfind("HTTP/1.1 431 ", 0), 0U);

    EXPECT_EQ(waiting.wait_for(0ms), std::future_status::timeout);
    ASSERT_EQ(get("/callback?code=ok&state=" + kState).status, 200);
    const auto code = outcome(waiting);
    ASSERT_TRUE(code.ok());
    EXPECT_EQ(*code, "ok");
}

TEST_F(ReceiverTest, AnIdleConnectionDoesNotHoldUpTheCallback)
{
    // Browsers pre-connect sockets they may never use.
    const int idle = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(receiver_->port());
    ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    ASSERT_EQ(::connect(idle, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);

    auto waiting = startWaiting();
    const auto started = std::chrono::steady_clock::now();
    ASSERT_EQ(get("/callback?code=fast&state=" + kState).status, 200);
    const auto code = outcome(waiting);
    EXPECT_LT(std::chrono::steady_clock::now() - started, 1s);
    ASSERT_TRUE(code.ok());
    EXPECT_EQ(*code, "fast");
    ::close(idle);
}

TEST_F(ReceiverTest, DeclinedAccessEndsWithLoginRequired)
{
    auto waiting = startWaiting();
    const auto response = get("/callback?error=access_denied&state=" + kState);
    EXPECT_EQ(response.status, 200);
    EXPECT_NE(response.body.find("You declined access"), std::string::npos);

    const auto code = outcome(waiting);
    ASSERT_FALSE(code.ok());
    EXPECT_EQ(code.error().code, ErrorCode::LoginRequired);
    EXPECT_EQ(code.error().message, "You declined access on Spotify's page, so Tunescope is not logged in.");
}

TEST_F(ReceiverTest, DeclineWithAForeignStateIsIgnored)
{
    auto waiting = startWaiting();
    const auto response = get("/callback?error=access_denied&state=forged");
    EXPECT_EQ(response.status, 400);
    EXPECT_EQ(waiting.wait_for(0ms), std::future_status::timeout);
    ASSERT_EQ(get("/callback?code=c&state=" + kState).status, 200);
    EXPECT_TRUE(outcome(waiting).ok());
}

TEST_F(ReceiverTest, OtherErrorsFromSpotifyNameTheErrorCode)
{
    auto waiting = startWaiting();
    ASSERT_EQ(get("/callback?error=server_error&state=" + kState).status, 200);
    const auto code = outcome(waiting);
    ASSERT_FALSE(code.ok());
    EXPECT_EQ(code.error().code, ErrorCode::Remote);
    EXPECT_NE(code.error().message.find("server_error"), std::string::npos);
}

TEST_F(ReceiverTest, TimesOutWhenTheBrowserNeverComesBack)
{
    const auto started = std::chrono::steady_clock::now();
    const auto code = receiver_->waitForCallback(kState, 200ms, stop_.get_token());
    const auto waited = std::chrono::steady_clock::now() - started;
    ASSERT_FALSE(code.ok());
    EXPECT_EQ(code.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(code.error().message.rfind("The login timed out: nothing came back from the browser in ", 0), 0U);
    EXPECT_GE(waited, 200ms);
    EXPECT_LT(waited, 1s);
}

TEST(LoopbackReceiver, TimeoutMessageSpeaksInMinutes)
{
    EXPECT_EQ(loginTimedOutMessage(5min),
              "The login timed out: nothing came back from the browser in 5 minutes. Try again.");
    EXPECT_EQ(loginTimedOutMessage(1min),
              "The login timed out: nothing came back from the browser in 1 minute. Try again.");
    EXPECT_EQ(loginTimedOutMessage(200ms),
              "The login timed out: nothing came back from the browser in 1 second. Try again.");
}

TEST_F(ReceiverTest, StopEndsTheWaitPromptly)
{
    auto waiting = startWaiting(60s);
    std::this_thread::sleep_for(20ms);
    const auto stopped = std::chrono::steady_clock::now();
    stop_.request_stop();
    const auto code = outcome(waiting);
    EXPECT_LT(std::chrono::steady_clock::now() - stopped, 500ms);
    ASSERT_FALSE(code.ok());
    EXPECT_EQ(code.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(code.error().message.find("timed out"), std::string::npos);
}

TEST(LoopbackReceiver, ABusyPortIsANetworkErrorNamingThePort)
{
    auto first = LoopbackReceiver::open();
    ASSERT_TRUE(first.ok());
    const auto second = LoopbackReceiver::open(first->port());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Network);
    EXPECT_NE(second.error().message.find(std::to_string(first->port())), std::string::npos);
}

} // namespace
} // namespace tunescope::auth
