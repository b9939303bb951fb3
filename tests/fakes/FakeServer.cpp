#include "FakeServer.h"

#include "ConnectionCloser.h"
#include "GzipBody.h"

#include <httplib.h>

#include <algorithm>
#include <exception>
#include <utility>

namespace tunescope::fakes {

namespace {

std::int64_t nowUnixMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Spotify gzips its JSON for clients that ask. cpp-httplib compresses only an exact
// "application/json" by itself, so the Web API's "application/json; charset=utf-8" is done here.
void gzipIfAccepted(const httplib::Request& request, Reply& reply)
{
    if (reply.body.empty() || reply.contentType.rfind("application/json;", 0) != 0 ||
        request.get_header_value("Accept-Encoding").find("gzip") == std::string::npos) {
        return;
    }
    if (auto compressed = gzipCompress(reply.body)) {
        reply.body = std::move(*compressed);
        reply.headers.emplace_back("Content-Encoding", "gzip");
        reply.headers.emplace_back("Vary", "Accept-Encoding");
    }
}

void writeReply(const Reply& reply, httplib::Response& response)
{
    response.status = reply.status;
    for (const auto& [name, value] : reply.headers) {
        response.set_header(name, value);
    }
    if (!reply.contentType.empty() || !reply.body.empty()) {
        response.set_content(reply.body, reply.contentType.empty() ? "text/plain" : reply.contentType);
    }
}

// The headers promise the whole body (Content-Length); `keepBytes` of it go out, then returning
// false from the provider makes cpp-httplib close the connection.
void writeCutOffReply(const Reply& reply, std::size_t keepBytes, httplib::Response& response)
{
    response.status = reply.status;
    for (const auto& [name, value] : reply.headers) {
        response.set_header(name, value);
    }
    const std::string kept = reply.body.substr(0, std::min(keepBytes, reply.body.size()));
    response.set_content_provider(std::max<std::size_t>(reply.body.size(), kept.size() + 1),
                                  reply.contentType.empty() ? "text/plain" : reply.contentType,
                                  [kept](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                                      if (offset == 0 && !kept.empty()) {
                                          sink.write(kept.data(), kept.size());
                                      }
                                      return false;
                                  });
}

} // namespace

void InterruptibleSleeper::sleepFor(std::chrono::milliseconds duration)
{
    if (duration.count() <= 0) {
        return;
    }
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, duration, [this] { return stopping_; });
}

void InterruptibleSleeper::wakeAll()
{
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
}

FakeServer::FakeServer(std::string name, const ServerHooks& hooks)
    : name_(std::move(name)), hooks_(hooks), server_(std::make_unique<httplib::Server>())
{
    // Long enough for a client to reuse its connection, as it would with Spotify; stop() does
    // not wait for idle connections anyway (see ConnectionCloser.h).
    server_->set_keep_alive_max_count(1000);
    server_->set_keep_alive_timeout(5);
    // Headers and body go out in separate writes; with Nagle's algorithm the body would wait for
    // the client's delayed ACK (40 ms on Linux loopback) on every answer.
    server_->set_tcp_nodelay(true);
}

FakeServer::~FakeServer()
{
    stop();
}

void FakeServer::route(const std::string& method, const std::string& pattern, std::string endpoint, Handler handler)
{
    auto serveRoute = [this, endpoint = std::move(endpoint),
                       handler = std::move(handler)](const httplib::Request& request, httplib::Response& response) {
        serve(request, response, endpoint, handler);
    };
    if (method == "GET") {
        server_->Get(pattern, serveRoute);
    } else if (method == "POST") {
        server_->Post(pattern, serveRoute);
    } else if (method == "PUT") {
        server_->Put(pattern, serveRoute);
    } else if (method == "DELETE") {
        server_->Delete(pattern, serveRoute);
    }
}

void FakeServer::fallback(const Handler& handler)
{
    for (const char* method : {"GET", "POST", "PUT", "DELETE"}) {
        route(method, ".*", "unknown", handler);
    }
}

bool FakeServer::start(int port)
{
    port_ = port == 0 ? server_->bind_to_any_port("127.0.0.1") : (server_->bind_to_port("127.0.0.1", port) ? port : -1);
    if (port_ <= 0) {
        port_ = 0;
        return false;
    }
    // The socket listens from here on; connections wait in the backlog until the thread accepts.
    thread_ = std::thread([this] { server_->listen_after_bind(); });
    running_ = true;
    // cpp-httplib 0.11's stop() does nothing until the accept loop has marked itself running, so
    // a stop() right after start() would leave the thread in accept() forever: wait for it.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!server_->is_running() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return true;
}

void FakeServer::stop()
{
    if (!running_) {
        return;
    }
    running_ = false;
    server_->stop();
    shutdownServerConnections(port_, std::nullopt); // idle keep-alive connections would hold us 5 s
    if (thread_.joinable()) {
        thread_.join();
    }
}

void FakeServer::serve(const httplib::Request& request, httplib::Response& response, const std::string& endpoint,
                       const Handler& handler)
{
    IncomingRequest incoming;
    incoming.method = request.method;
    incoming.path = request.path;
    const auto question = request.target.find('?');
    const auto query = parseForm(question == std::string::npos ? std::string_view{}
                                                               : std::string_view(request.target).substr(question + 1));
    incoming.query = query.value_or(Params{});
    for (std::size_t i = 1; i < request.matches.size(); ++i) {
        incoming.pathArgs.push_back(request.matches[i].str());
    }
    incoming.body = request.body;
    incoming.contentType = request.get_header_value("Content-Type");
    incoming.authorization = request.get_header_value("Authorization");
    incoming.userAgent = request.get_header_value("User-Agent");

    LoggedRequest logged;
    logged.server = name_;
    logged.endpoint = endpoint;
    logged.method = request.method;
    logged.path = request.path;
    logged.query = incoming.query;
    logged.hadAuthorization = request.has_header("Authorization");
    logged.userAgent = request.get_header_value("User-Agent");
    logged.acceptEncoding = request.get_header_value("Accept-Encoding");
    logged.receivedAtMs = nowUnixMs();
    const std::size_t logIndex = hooks_.log.add(std::move(logged));

    hooks_.sleeper.sleepFor(std::chrono::milliseconds(hooks_.latencyMs.load()));

    const auto fault = hooks_.faults.take(request.path);
    const std::string faultLabel = fault ? fault->label : std::string{};
    if (fault && fault->action == Fault::Action::Respond) {
        Reply scripted{fault->status, fault->body, fault->contentType, fault->headers};
        gzipIfAccepted(request, scripted);
        writeReply(scripted, response);
        hooks_.log.setResult(logIndex, fault->status, faultLabel);
        return;
    }
    if (fault && fault->action == Fault::Action::DropConnection) {
        hooks_.log.setResult(logIndex, 0, faultLabel);
        if (shutdownServerConnections(port_, request.remote_port) == 0) {
            // No socket access here: send the headers, then abort mid-body instead.
            response.set_content_provider(64, "application/json",
                                          [](std::size_t, std::size_t, httplib::DataSink&) { return false; });
        }
        return;
    }
    if (fault && fault->action == Fault::Action::Delay) {
        hooks_.sleeper.sleepFor(fault->delay);
    }

    Reply reply;
    if (!query) {
        reply = Reply{400, "", "", {}};
    } else {
        try {
            reply = handler(incoming);
        } catch (const std::exception& error) {
            reply = Reply{500,
                          nlohmann::json{{"error", {{"status", 500}, {"message", error.what()}}}}.dump(),
                          "application/json; charset=utf-8",
                          {}};
        }
    }
    if (fault && fault->action == Fault::Action::TruncateBody) {
        reply.body.resize(reply.body.size() / 2);
    }
    if (fault && fault->action == Fault::Action::CutBody) {
        writeCutOffReply(reply, fault->keepBytes, response);
        hooks_.log.setResult(logIndex, reply.status, faultLabel);
        return;
    }
    gzipIfAccepted(request, reply);
    writeReply(reply, response);
    hooks_.log.setResult(logIndex, reply.status, faultLabel);
}

} // namespace tunescope::fakes
