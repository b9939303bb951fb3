#include "http/CurlTransport.h"
#include "http/CurlFailure.h"

#include "TestSupport.h"

#include <httplib.h>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace tunescope::http {
namespace {

using namespace std::chrono_literals;

// The thread pool httplib would use, counting every accepted connection on the way in.
class CountingTaskQueue final : public httplib::TaskQueue {
public:
    explicit CountingTaskQueue(std::atomic<int>& accepted) : accepted_(accepted) {}
    void enqueue(std::function<void()> fn) override
    {
        ++accepted_;
        pool_.enqueue(std::move(fn));
    }
    void shutdown() override { pool_.shutdown(); }

private:
    std::atomic<int>& accepted_;
    httplib::ThreadPool pool_{8};
};

// A real HTTP server on 127.0.0.1 (a free port), serving from a thread.
class LocalServer {
public:
    explicit LocalServer(std::unique_ptr<httplib::Server> httpServer = std::make_unique<httplib::Server>(),
                         std::string scheme = "http")
        : owned_(std::move(httpServer)), server(*owned_), scheme_(std::move(scheme))
    {
        server.new_task_queue = [this] { return new CountingTaskQueue(accepted); };
        server.set_keep_alive_max_count(100); // httplib's default closes a connection after 5 requests
        server.set_tcp_nodelay(true);         // else Nagle + delayed ACK stall every reused connection 40 ms
        port_ = server.bind_to_any_port("127.0.0.1");
        thread_ = std::thread([this] { server.listen_after_bind(); });
        // stop() is a no-op until the server runs; wait for it so the destructor cannot hang.
        while (!server.is_running()) {
            std::this_thread::sleep_for(1ms);
        }
    }
    ~LocalServer()
    {
        releaseSlowHandlers();
        server.stop();
        thread_.join();
    }
    LocalServer(const LocalServer&) = delete;
    LocalServer& operator=(const LocalServer&) = delete;

    [[nodiscard]] std::string url(const std::string& path) const
    {
        return scheme_ + "://127.0.0.1:" + std::to_string(port_) + path;
    }

    // For handlers that must not answer in time; they give up after 5 s at most.
    void holdUntilReleased()
    {
        std::unique_lock lock(slowMutex_);
        slowWake_.wait_for(lock, 5s, [this] { return released_; });
    }
    void releaseSlowHandlers()
    {
        {
            const std::lock_guard lock(slowMutex_);
            released_ = true;
        }
        slowWake_.notify_all();
    }

private:
    std::unique_ptr<httplib::Server> owned_;

public:
    httplib::Server& server;
    std::atomic<int> accepted{0};

private:
    std::string scheme_;
    int port_ = 0;
    std::thread thread_;
    std::mutex slowMutex_;
    std::condition_variable slowWake_;
    bool released_ = false;
};

// The last request the server saw (handlers run on server threads).
struct SeenRequest {
    std::mutex mutex;
    std::string method;
    std::string body;
    httplib::Headers headers;
    int hits = 0;

    void record(const httplib::Request& request)
    {
        const std::lock_guard lock(mutex);
        method = request.method;
        body = request.body;
        headers = request.headers;
        ++hits;
    }
    std::string header(const std::string& name)
    {
        const std::lock_guard lock(mutex);
        const auto it = headers.find(name); // httplib compares names case-insensitively
        return it == headers.end() ? std::string("<none>") : it->second;
    }
};

std::string gzipped(const std::string& text)
{
    std::string out;
    httplib::detail::gzip_compressor compressor;
    const bool ok = compressor.compress(text.data(), text.size(), true, [&](const char* data, std::size_t size) {
        out.append(data, size);
        return true;
    });
    EXPECT_TRUE(ok);
    return out;
}

// A port nothing listens on: bound once, then closed.
int unusedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    EXPECT_GE(fd, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    EXPECT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&address), length), 0);
    EXPECT_EQ(::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length), 0);
    ::close(fd);
    return ntohs(address.sin_port);
}

HttpRequest get(const std::string& url)
{
    HttpRequest request;
    request.url = url;
    request.timeout = 5s;
    return request;
}

TEST(CurlTransport, ReturnsStatusBodyAndLowerCasedHeaders)
{
    LocalServer local;
    local.server.Get("/v1/me", [](const httplib::Request&, httplib::Response& res) {
        res.status = 201;
        res.set_header("X-Custom-Thing", "Yes");
        res.set_content(R"({"id":"someone"})", "application/json");
    });
    CurlTransport transport;
    const auto result = transport.send(get(local.url("/v1/me")), {});
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->status, 201);
    EXPECT_EQ(result->body, R"({"id":"someone"})");
    ASSERT_FALSE(result->headers.empty());
    for (const auto& [name, value] : result->headers) {
        for (const char c : name) {
            EXPECT_FALSE(c >= 'A' && c <= 'Z') << name;
        }
    }
    EXPECT_EQ(result->header("x-custom-thing"), "Yes");
    EXPECT_EQ(result->header("Content-Type"), "application/json");
}

TEST(CurlTransport, SendsUserAgentAndAcceptsCompression)
{
    LocalServer local;
    SeenRequest seen;
    local.server.Get("/ws/2/artist", [&](const httplib::Request& req, httplib::Response& res) {
        seen.record(req);
        res.set_content("{}", "application/json");
    });
    CurlTransport transport(CurlTransportOptions{.userAgent = "Tunescope/0.3 (+https://example.org/test)"});
    ASSERT_TRUE(transport.send(get(local.url("/ws/2/artist")), {}));
    EXPECT_EQ(seen.header("User-Agent"), "Tunescope/0.3 (+https://example.org/test)");
    EXPECT_NE(seen.header("Accept-Encoding").find("gzip"), std::string::npos) << seen.header("Accept-Encoding");
    EXPECT_NE(seen.header("Accept-Encoding").find("deflate"), std::string::npos);

    CurlTransport defaults;
    ASSERT_TRUE(defaults.send(get(local.url("/ws/2/artist")), {}));
    EXPECT_EQ(seen.header("User-Agent"), defaultUserAgent());
}

TEST(CurlTransport, DecodesGzipBodies)
{
    LocalServer local;
    const std::string text = R"({"items":[)" + std::string(2000, ' ') + R"(],"total":0})";
    const std::string packed = gzipped(text);
    ASSERT_LT(packed.size(), text.size() / 4);
    local.server.Get("/packed", [&](const httplib::Request&, httplib::Response& res) {
        res.set_header("Content-Encoding", "gzip");
        res.set_content(packed, "application/octet-stream"); // a type httplib itself leaves alone
    });
    CurlTransport transport;
    const auto result = transport.send(get(local.url("/packed")), {});
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->header("content-encoding"), "gzip");
    EXPECT_EQ(result->body, text);
}

TEST(CurlTransport, SendsMethodHeadersAndBody)
{
    LocalServer local;
    SeenRequest seen;
    const auto handler = [&](const httplib::Request& req, httplib::Response& res) {
        seen.record(req);
        res.status = 204;
    };
    local.server.Post("/api/token", handler);
    local.server.Put("/v1/me/library", handler);
    CurlTransport transport;

    HttpRequest post = get(local.url("/api/token"));
    post.method = "POST";
    post.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"X-Client", "test"}};
    post.body = formEncode({{"grant_type", "refresh_token"}, {"client_id", "abc"}}) + std::string(3000, 'x');
    const auto posted = transport.send(post, {});
    ASSERT_TRUE(posted) << posted.error().message;
    EXPECT_EQ(posted->status, 204);
    EXPECT_EQ(seen.method, "POST");
    EXPECT_EQ(seen.body, post.body);
    EXPECT_EQ(seen.header("Content-Type"), "application/x-www-form-urlencoded");
    EXPECT_EQ(seen.header("X-Client"), "test");
    EXPECT_EQ(seen.header("Expect"), "<none>"); // no 100-continue round trip for big bodies

    HttpRequest put = get(local.url("/v1/me/library?uris=spotify:track:1"));
    put.method = "PUT";
    ASSERT_TRUE(transport.send(put, {}));
    EXPECT_EQ(seen.method, "PUT");
    EXPECT_EQ(seen.header("Content-Length"), "0");
    EXPECT_EQ(seen.header("Content-Type"), "<none>");
}

TEST(CurlTransport, DoesNotFollowRedirects)
{
    LocalServer local;
    SeenRequest seen;
    local.server.Get(
        "/old", [&](const httplib::Request&, httplib::Response& res) { res.set_redirect(local.url("/new"), 302); });
    local.server.Get("/new", [&](const httplib::Request& req, httplib::Response& res) {
        seen.record(req);
        res.set_content("moved", "text/plain");
    });
    CurlTransport transport;
    HttpRequest request = get(local.url("/old"));
    request.headers = {{"Authorization", "Bearer test-token"}};
    const auto result = transport.send(request, {});
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->status, 302);
    EXPECT_EQ(result->header("location"), local.url("/new"));
    EXPECT_EQ(seen.hits, 0); // the token went nowhere else
}

TEST(CurlTransport, ReusesTheConnection)
{
    LocalServer local;
    local.server.Get("/ping",
                     [](const httplib::Request&, httplib::Response& res) { res.set_content("pong", "text/plain"); });
    CurlTransport transport;
    for (int i = 0; i < 3; ++i) {
        const auto result = transport.send(get(local.url("/ping")), {});
        ASSERT_TRUE(result) << result.error().message;
        EXPECT_EQ(result->body, "pong");
    }
    EXPECT_EQ(local.accepted.load(), 1);
}

TEST(CurlTransport, ASlowServerTimesOutAsANetworkError)
{
    LocalServer local;
    local.server.Get("/slow", [&](const httplib::Request&, httplib::Response& res) {
        local.holdUntilReleased();
        res.set_content("late", "text/plain");
    });
    CurlTransport transport;
    HttpRequest request = get(local.url("/slow?token=t0psecret"));
    request.timeout = 300ms;
    const auto started = std::chrono::steady_clock::now();
    const auto result = transport.send(request, {});
    const auto took = std::chrono::steady_clock::now() - started;
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Network);
    EXPECT_NE(result.error().message.find("127.0.0.1"), std::string::npos) << result.error().message;
    EXPECT_EQ(result.error().message.find("t0psecret"), std::string::npos) << result.error().message;
    EXPECT_GE(took, 250ms);
    EXPECT_LT(took, 2s);
}

TEST(CurlTransport, StopCancelsARequestInFlightQuickly)
{
    LocalServer local;
    local.server.Get("/slow", [&](const httplib::Request&, httplib::Response& res) {
        local.holdUntilReleased();
        res.set_content("late", "text/plain");
    });
    CurlTransport transport;
    std::stop_source stop;
    const auto started = std::chrono::steady_clock::now();
    std::thread stopper([&] {
        std::this_thread::sleep_for(50ms);
        stop.request_stop();
    });
    const auto result = transport.send(get(local.url("/slow")), stop.get_token());
    const auto took = std::chrono::steady_clock::now() - started;
    stopper.join();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_LT(took, 500ms);

    // The transport still works afterwards.
    local.releaseSlowHandlers();
    local.server.Get("/ping",
                     [](const httplib::Request&, httplib::Response& res) { res.set_content("pong", "text/plain"); });
    const auto after = transport.send(get(local.url("/ping")), {});
    ASSERT_TRUE(after) << after.error().message;
    EXPECT_EQ(after->body, "pong");
}

TEST(CurlTransport, ThreadsSharingATransportTakeTurns)
{
    LocalServer local;
    std::atomic<int> inside{0};
    std::atomic<int> most{0};
    local.server.Get("/ping", [&](const httplib::Request&, httplib::Response& res) {
        const int now = ++inside;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(2ms);
        --inside;
        res.set_content("pong", "text/plain");
    });
    CurlTransport transport;
    std::vector<std::thread> threads;
    threads.reserve(4);
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&] {
            for (int j = 0; j < 3; ++j) {
                const auto result = transport.send(get(local.url("/ping")), {});
                ASSERT_TRUE(result) << result.error().message;
                EXPECT_EQ(result->body, "pong");
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(most.load(), 1);
    EXPECT_EQ(local.accepted.load(), 1); // one connection, reused by every turn
}

TEST(CurlTransport, ACallerWaitingForItsTurnCanBeStopped)
{
    LocalServer local;
    local.server.Get("/slow", [&](const httplib::Request&, httplib::Response& res) {
        local.holdUntilReleased();
        res.set_content("late", "text/plain");
    });
    CurlTransport transport;
    std::thread busy([&] {
        const auto result = transport.send(get(local.url("/slow")), {});
        EXPECT_TRUE(result);
    });
    std::this_thread::sleep_for(30ms); // let the slow request take the turn
    std::stop_source stop;
    const auto started = std::chrono::steady_clock::now();
    std::thread stopper([&] {
        std::this_thread::sleep_for(30ms);
        stop.request_stop();
    });
    const auto waiting = transport.send(get(local.url("/slow")), stop.get_token());
    const auto took = std::chrono::steady_clock::now() - started;
    stopper.join();
    local.releaseSlowHandlers();
    busy.join();
    ASSERT_FALSE(waiting);
    EXPECT_EQ(waiting.error().code, ErrorCode::Cancelled);
    EXPECT_LT(took, 500ms);
}

TEST(CurlTransport, AStoppedCallSendsNothing)
{
    LocalServer local;
    SeenRequest seen;
    local.server.Get("/ping", [&](const httplib::Request& req, httplib::Response&) { seen.record(req); });
    CurlTransport transport;
    std::stop_source stop;
    stop.request_stop();
    const auto result = transport.send(get(local.url("/ping")), stop.get_token());
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(seen.hits, 0);
}

TEST(CurlTransport, RefusesBodiesOverTheCap)
{
    LocalServer local;
    local.server.Get("/big", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(std::string(4096, 'x'), "text/plain");
    });
    local.server.Get("/big-chunked", [](const httplib::Request&, httplib::Response& res) {
        res.set_chunked_content_provider("text/plain", [](std::size_t, httplib::DataSink& sink) {
            const std::string block(1024, 'y');
            for (int i = 0; i < 4; ++i) {
                sink.write(block.data(), block.size());
            }
            sink.done();
            return true;
        });
    });
    local.server.Get("/fits", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(std::string(1024, 'z'), "text/plain");
    });
    CurlTransport transport(CurlTransportOptions{.maxResponseBytes = 1024});
    for (const char* path : {"/big", "/big-chunked"}) {
        const auto result = transport.send(get(local.url(path)), {});
        ASSERT_FALSE(result) << path;
        EXPECT_EQ(result.error().code, ErrorCode::Remote) << path;
        EXPECT_NE(result.error().message.find("sent more than 1024 bytes"), std::string::npos)
            << result.error().message;
    }
    const auto fits = transport.send(get(local.url("/fits")), {});
    ASSERT_TRUE(fits) << fits.error().message;
    EXPECT_EQ(fits->body.size(), 1024U);
}

TEST(CurlTransport, AnUnusedPortIsANetworkErrorNamingOnlyTheHost)
{
    const int port = unusedPort();
    CurlTransport transport;
    HttpRequest request = get("http://127.0.0.1:" + std::to_string(port) + "/v1/me?code=s3cr3t-code&state=x");
    request.headers = {{"Authorization", "Bearer s3cr3t-token"}};
    const auto result = transport.send(request, {});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Network);
    const std::string& message = result.error().message;
    EXPECT_NE(message.find("127.0.0.1:" + std::to_string(port)), std::string::npos) << message;
    EXPECT_EQ(message.find('?'), std::string::npos) << message;
    EXPECT_EQ(message.find("s3cr3t"), std::string::npos) << message;
    EXPECT_EQ(message.find("/v1/me"), std::string::npos) << message;
}

TEST(CurlTransport, RejectsWhatIsNotAnHttpRequest)
{
    CurlTransport transport;
    const auto fileUrl = transport.send(get("file:///etc/passwd"), {});
    ASSERT_FALSE(fileUrl);
    EXPECT_EQ(fileUrl.error().code, ErrorCode::InvalidInput);

    HttpRequest smuggled = get("http://127.0.0.1:1/x");
    smuggled.headers = {{"X-Note", "a\r\nAuthorization: Bearer other"}};
    const auto injected = transport.send(smuggled, {});
    ASSERT_FALSE(injected);
    EXPECT_EQ(injected.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(injected.error().message.find("Bearer"), std::string::npos);
}

TEST(CurlTransport, RefusesACertificateItCannotVerify)
{
    // A throwaway self-signed certificate for 127.0.0.1, made fresh so no key lives in the repository.
    const testing::TempDir dir;
    const auto cert = dir.path() / "cert.pem";
    const auto key = dir.path() / "key.pem";
    const std::string command = "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 "
                                "-subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -keyout '" +
                                key.string() + "' -out '" + cert.string() + "' >/dev/null 2>&1";
    if (std::system(command.c_str()) != 0 || !std::filesystem::exists(cert)) {
        GTEST_SKIP() << "the openssl command is not available";
    }
    LocalServer local(std::make_unique<httplib::SSLServer>(cert.c_str(), key.c_str()), "https");
    SeenRequest seen;
    local.server.Get("/v1/me", [&](const httplib::Request& req, httplib::Response& res) {
        seen.record(req);
        res.set_content("{}", "application/json");
    });
    CurlTransport transport;
    HttpRequest request = get(local.url("/v1/me"));
    request.headers = {{"Authorization", "Bearer test-token"}};
    const auto result = transport.send(request, {});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Network);
    EXPECT_NE(result.error().message.find("secure connection"), std::string::npos) << result.error().message;
    EXPECT_EQ(seen.hits, 0); // the token never left
}

TEST(CurlFailure, SaysWhatWentWrongAndNamesOnlyTheHost)
{
    const auto describeCode = [](CURLcode code, bool tooBig = false) {
        return describe(CurlFailure{.code = code,
                                    .host = "api.spotify.com",
                                    .timeout = 1500ms,
                                    .maxResponseBytes = std::size_t{32} * 1024 * 1024,
                                    .bodyTooBig = tooBig});
    };
    struct Case {
        CURLcode code;
        bool tooBig;
        ErrorCode expected;
        const char* says;
    };
    const std::vector<Case> cases = {
        {CURLE_COULDNT_RESOLVE_HOST, false, ErrorCode::Network, "did not resolve"},
        {CURLE_COULDNT_CONNECT, false, ErrorCode::Network, "Could not connect to api.spotify.com"},
        {CURLE_OPERATION_TIMEDOUT, false, ErrorCode::Network, "did not answer within 2 s"},
        {CURLE_PEER_FAILED_VERIFICATION, false, ErrorCode::Network, "secure connection"},
        {CURLE_SSL_CONNECT_ERROR, false, ErrorCode::Network, "secure connection"},
        {CURLE_RECV_ERROR, false, ErrorCode::Network, "broke off"},
        {CURLE_WRITE_ERROR, false, ErrorCode::Network, "api.spotify.com"},
        {CURLE_WRITE_ERROR, true, ErrorCode::Remote, "sent more than 32 MiB"},
        {CURLE_FILESIZE_EXCEEDED, false, ErrorCode::Remote, "sent more than 32 MiB"},
        {CURLE_ABORTED_BY_CALLBACK, false, ErrorCode::Cancelled, "Cancelled"},
        {CURLE_URL_MALFORMAT, false, ErrorCode::InvalidInput, "not a valid http or https address"},
    };
    for (const auto& c : cases) {
        const Error error = describeCode(c.code, c.tooBig);
        EXPECT_EQ(error.code, c.expected) << curl_easy_strerror(c.code);
        EXPECT_NE(error.message.find(c.says), std::string::npos) << error.message;
    }
}

} // namespace
} // namespace tunescope::http
