#pragma once

#include "http/HttpTypes.h"
#include "util/ProjectInfo.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>

namespace tunescope::http {

struct CurlTransportOptions {
    // MusicBrainz blocks generic agents; every service gets to see who is asking.
    std::string userAgent = defaultUserAgent();
    // Connecting never takes longer than this, whatever the request's total timeout.
    std::chrono::milliseconds connectTimeout{10'000};
    // A bigger (decoded) body is refused: no Web API answer comes near it, and it keeps a broken
    // or hostile server (or a gzip bomb) from eating memory.
    std::size_t maxResponseBytes = std::size_t{32} * 1024 * 1024;
};

// The HttpSender that talks to the network, over libcurl. Keeps one connection cache, so
// sequential requests to a host reuse the connection (keep-alive, one TLS handshake). Sends are
// serialised by a mutex: callers wanting parallelism create one transport per worker.
//
// Fixed behaviour, on purpose not configurable: TLS certificates and host names are always
// verified; redirects are never followed (a bearer token must never follow a Location header to
// another host); only http and https; gzip/deflate/brotli accepted and decoded. No headers are
// added besides Host, User-Agent, Accept, Accept-Encoding and Content-Length (a body's
// Content-Type is the caller's). Headers and bodies are never logged, and error messages name the
// host only, never the URL's path or query.
class CurlTransport final : public HttpSender {
public:
    explicit CurlTransport(CurlTransportOptions options = {});
    ~CurlTransport() override;
    CurlTransport(const CurlTransport&) = delete;
    CurlTransport& operator=(const CurlTransport&) = delete;

    // Network: no answer (DNS, connect, TLS, timeout, broken connection). Cancelled: `stop` was
    // requested. Remote: the body exceeded maxResponseBytes. InvalidInput: not an http(s) URL,
    // or a header containing a line break.
    Result<HttpResponse> send(const HttpRequest& request, std::stop_token stop) override;

private:
    struct Handles;
    class Turn;
    CurlTransportOptions options_;
    // One request at a time: `busy_` under `mutex_`, so that a caller waiting for its turn can
    // still be stopped (a plain lock could not be interrupted).
    std::mutex mutex_;
    std::condition_variable_any turnFreed_;
    bool busy_ = false;
    std::unique_ptr<Handles> handles_; // created on first use, used only by the request whose turn it is
};

} // namespace tunescope::http
