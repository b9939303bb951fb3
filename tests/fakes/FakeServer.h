#pragma once

#include "Faults.h"
#include "Reply.h"
#include "RequestLog.h"
#include "UrlCodec.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace tunescope::fakes {

// A request as the fake's handlers see it.
struct IncomingRequest {
    std::string method;
    std::string path;
    Params query;
    std::vector<std::string> pathArgs; // the route pattern's captures
    std::string body;
    std::string contentType;
    std::string authorization; // raw header value; lives only for the request, never logged
    std::string userAgent;
};

// Waits that end early when the fake shuts down, so a slow scripted answer never holds up a test.
class InterruptibleSleeper {
public:
    void sleepFor(std::chrono::milliseconds duration);
    void wakeAll();

private:
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
};

// What both fake servers share: the request log, the fault script, the global latency.
struct ServerHooks {
    RequestLog& log;
    FaultQueue& faults;
    std::atomic<int>& latencyMs;
    InterruptibleSleeper& sleeper;
};

// One cpp-httplib server on 127.0.0.1 with its own thread. Every request goes through the same
// pipeline: log, global latency, scripted fault, handler, answer.
class FakeServer {
public:
    using Handler = std::function<Reply(const IncomingRequest&)>;

    // `name` is "api" or "accounts" (the log's server field).
    FakeServer(std::string name, const ServerHooks& hooks);
    ~FakeServer();
    FakeServer(const FakeServer&) = delete;
    FakeServer& operator=(const FakeServer&) = delete;

    // Register routes before start(). `pattern` is a regex over the whole path.
    void route(const std::string& method, const std::string& pattern, std::string endpoint, Handler handler);
    // Answer for paths no route matches.
    void fallback(const Handler& handler);

    // Binds 127.0.0.1:`port` (0: any free port) and serves on a new thread; false when binding failed.
    bool start(int port);
    void stop();
    [[nodiscard]] int port() const { return port_; }
    [[nodiscard]] std::string origin() const { return "http://127.0.0.1:" + std::to_string(port_); }

private:
    void serve(const httplib::Request& request, httplib::Response& response, const std::string& endpoint,
               const Handler& handler);

    std::string name_;
    ServerHooks hooks_;
    std::unique_ptr<httplib::Server> server_;
    std::thread thread_;
    int port_ = 0;
    bool running_ = false;
};

} // namespace tunescope::fakes
