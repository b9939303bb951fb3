#include "http/CurlTransport.h"

#include "http/CurlFailure.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string_view>
#include <utility>

namespace tunescope::http {
namespace {

// curl_global_init is not thread-safe and must run once before any handle exists.
CURLcode initCurlOnce()
{
    static std::once_flag once;
    static CURLcode result = CURLE_OK;
    std::call_once(once, [] { result = curl_global_init(CURL_GLOBAL_DEFAULT); });
    return result;
}

// One transfer's state, reached from libcurl's callbacks through their user pointer.
struct Transfer {
    HttpResponse response;
    std::size_t maxBytes = 0;
    bool tooBig = false;
    std::stop_token stop;
};

std::size_t onBody(char* data, std::size_t size, std::size_t count, void* user)
{
    auto& transfer = *static_cast<Transfer*>(user);
    const std::size_t bytes = size * count;
    if (bytes > transfer.maxBytes - transfer.response.body.size()) {
        transfer.tooBig = true;
        return 0; // anything but `bytes` aborts the transfer with CURLE_WRITE_ERROR
    }
    transfer.response.body.append(data, bytes);
    return bytes;
}

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

char lower(char c)
{
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

std::size_t onHeader(char* data, std::size_t size, std::size_t count, void* user)
{
    auto& transfer = *static_cast<Transfer*>(user);
    const std::size_t bytes = size * count;
    const std::string_view line(data, bytes);
    if (line.starts_with("HTTP/")) {
        // A new status line: what came before belonged to an interim answer (100 Continue).
        transfer.response.headers.clear();
        return bytes;
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
        return bytes; // the blank line ending the headers
    }
    std::string name(trimmed(line.substr(0, colon)));
    std::transform(name.begin(), name.end(), name.begin(), lower);
    transfer.response.headers.emplace_back(std::move(name), std::string(trimmed(line.substr(colon + 1))));
    return bytes;
}

int onProgress(void* user, curl_off_t /*dltotal*/, curl_off_t /*dlnow*/, curl_off_t /*ultotal*/, curl_off_t /*ulnow*/)
{
    // Non-zero aborts the transfer (CURLE_ABORTED_BY_CALLBACK).
    return static_cast<Transfer*>(user)->stop.stop_requested() ? 1 : 0;
}

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) { return lower(a) == lower(b); });
}

bool isHttpUrl(std::string_view url)
{
    return startsWithIgnoringCase(url, "http://") || startsWithIgnoringCase(url, "https://");
}

// Line breaks would let a value smuggle in extra headers; a NUL would cut it short.
bool isSafeHeader(const std::string& name, const std::string& value)
{
    const auto unsafe = [](char c) { return c == '\r' || c == '\n' || c == '\0'; };
    return !name.empty() && name.find(':') == std::string::npos && std::none_of(name.begin(), name.end(), unsafe) &&
           std::none_of(value.begin(), value.end(), unsafe);
}

bool hasHeader(const Headers& headers, std::string_view name)
{
    return std::any_of(headers.begin(), headers.end(), [&](const auto& header) {
        return header.first.size() == name.size() && startsWithIgnoringCase(header.first, name);
    });
}

struct SlistFree {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using Slist = std::unique_ptr<curl_slist, SlistFree>;

// Appends one line; false when libcurl is out of memory.
bool append(Slist& list, const std::string& line)
{
    curl_slist* grown = curl_slist_append(list.get(), line.c_str());
    if (grown == nullptr) {
        return false;
    }
    static_cast<void>(list.release()); // now owned by `grown`
    list.reset(grown);
    return true;
}

Error outOfMemory(const std::string& host)
{
    return makeError(ErrorCode::Network, "Out of memory while preparing a request to " + host + ".");
}

// The request's headers as libcurl wants them, plus the removal of libcurl's own defaults.
Result<Slist> headerListFor(const HttpRequest& request, const std::string& host)
{
    Slist list;
    for (const auto& [name, value] : request.headers) {
        if (!isSafeHeader(name, value)) {
            return makeError(ErrorCode::InvalidInput, "A request to " + host +
                                                          " had a malformed header and was not sent. This is a bug "
                                                          "in Tunescope; please report it.");
        }
        // "Name;" is libcurl's spelling of a header with an empty value.
        std::string line = name;
        line += value.empty() ? ";" : ": ";
        line += value;
        if (!append(list, line)) {
            return outOfMemory(host);
        }
    }
    // libcurl would add "Expect: 100-continue" to bigger bodies (one more round trip) and a
    // form Content-Type to every body; neither is sent unless the caller asks.
    if (!hasHeader(request.headers, "Expect") && !append(list, "Expect:")) {
        return outOfMemory(host);
    }
    if (!hasHeader(request.headers, "Content-Type") && !append(list, "Content-Type:")) {
        return outOfMemory(host);
    }
    return list;
}

void setRequestOptions(CURL* easy, const HttpRequest& request, const CurlTransportOptions& options, curl_slist* headers,
                       Transfer& transfer)
{
    const long totalMs = std::max(1L, static_cast<long>(request.timeout.count()));
    const long connectMs = std::min(totalMs, std::max(1L, static_cast<long>(options.connectTimeout.count())));
    curl_easy_setopt(easy, CURLOPT_URL, request.url.c_str());
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, options.userAgent.c_str());
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, ""); // every encoding this libcurl can decode
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, connectMs);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, totalMs);
    // Refuses early when Content-Length already says too much; the write callback catches the rest.
    curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.maxResponseBytes));
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(easy, CURLOPT_XFERINFODATA, &transfer);
    if (request.method == "GET") {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    } else if (request.method == "HEAD") {
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else {
        // POSTFIELDS even when empty, so PUT/DELETE without a body still send Content-Length: 0.
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request.body.data());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        if (request.method != "POST") {
            curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.c_str());
        }
    }
}

// Drives the transfer to its end; nullopt when `stop` ended it first. The multi interface (rather
// than curl_easy_perform) lets a stop wake the wait at once instead of at curl's next timer.
std::optional<CURLcode> runTransfer(CURLM* multi, CURL* easy, std::stop_token stop)
{
    if (curl_multi_add_handle(multi, easy) != CURLM_OK) {
        return CURLE_FAILED_INIT;
    }
    std::optional<CURLcode> outcome;
    {
        const std::stop_callback wake(stop, [multi] { curl_multi_wakeup(multi); });
        while (!outcome && !stop.stop_requested()) {
            int running = 0;
            if (curl_multi_perform(multi, &running) != CURLM_OK) {
                outcome = CURLE_FAILED_INIT;
                break;
            }
            int left = 0;
            while (const CURLMsg* message = curl_multi_info_read(multi, &left)) {
                if (message->msg == CURLMSG_DONE) {
                    outcome = message->data.result;
                }
            }
            if (!outcome && running == 0) {
                outcome = CURLE_GOT_NOTHING; // finished without a result: never expected, never spin
            } else if (!outcome && curl_multi_poll(multi, nullptr, 0, 1000, nullptr) != CURLM_OK) {
                outcome = CURLE_FAILED_INIT;
            }
        }
    }
    curl_multi_remove_handle(multi, easy);
    return outcome;
}

Error libraryFailed(const std::string& host)
{
    return makeError(ErrorCode::Network, "The network library could not start, so " + host +
                                             " cannot be reached. Restart Tunescope and try again.");
}

} // namespace

struct CurlTransport::Handles {
    CURL* easy = nullptr;
    CURLM* multi = nullptr; // owns the connection cache that keep-alive reuses

    Handles() = default;
    Handles(const Handles&) = delete;
    Handles& operator=(const Handles&) = delete;
    ~Handles()
    {
        if (multi != nullptr) {
            curl_multi_cleanup(multi);
        }
        if (easy != nullptr) {
            curl_easy_cleanup(easy);
        }
    }
};

// This request's turn on the handles: waits for the previous request to finish (or for `stop`),
// and hands the turn on when it ends.
class CurlTransport::Turn {
public:
    explicit Turn(CurlTransport& transport) : transport_(transport) {}
    Turn(const Turn&) = delete;
    Turn& operator=(const Turn&) = delete;
    ~Turn()
    {
        if (!held_) {
            return;
        }
        {
            const std::lock_guard lock(transport_.mutex_);
            transport_.busy_ = false;
        }
        transport_.turnFreed_.notify_one();
    }

    // False when `stop` was requested before the turn came.
    bool wait(std::stop_token stop)
    {
        std::unique_lock lock(transport_.mutex_);
        if (!transport_.turnFreed_.wait(lock, stop, [this] { return !transport_.busy_; })) {
            return false;
        }
        transport_.busy_ = true;
        held_ = true;
        return true;
    }

private:
    CurlTransport& transport_;
    bool held_ = false;
};

CurlTransport::CurlTransport(CurlTransportOptions options) : options_(std::move(options)) {}

CurlTransport::~CurlTransport() = default;

Result<HttpResponse> CurlTransport::send(const HttpRequest& request, std::stop_token stop)
{
    const std::string host = hostOf(request.url);
    if (!isHttpUrl(request.url) || host.empty()) {
        return makeError(ErrorCode::InvalidInput, "The server address for \"" + host +
                                                      "\" is not an http or https address. Check the service "
                                                      "addresses in the settings.");
    }
    auto headers = headerListFor(request, host);
    if (!headers) {
        return headers.error();
    }
    if (initCurlOnce() != CURLE_OK) {
        return libraryFailed(host);
    }

    Turn turn(*this);
    if (!turn.wait(stop) || stop.stop_requested()) {
        return makeError(ErrorCode::Cancelled, "Cancelled.");
    }
    if (!handles_) {
        auto handles = std::make_unique<Handles>();
        handles->easy = curl_easy_init();
        handles->multi = curl_multi_init();
        if (handles->easy == nullptr || handles->multi == nullptr) {
            return libraryFailed(host);
        }
        handles_ = std::move(handles);
    }

    Transfer transfer;
    transfer.maxBytes = options_.maxResponseBytes;
    transfer.stop = stop;
    // Every option is set again for every request: nothing from the previous one leaks over.
    // The connection cache (in the multi handle) survives the reset.
    curl_easy_reset(handles_->easy);
    setRequestOptions(handles_->easy, request, options_, headers->get(), transfer);
    const auto outcome = runTransfer(handles_->multi, handles_->easy, stop);
    if (!outcome) {
        return makeError(ErrorCode::Cancelled, "Cancelled.");
    }
    if (*outcome != CURLE_OK) {
        return describe(CurlFailure{.code = *outcome,
                                    .host = host,
                                    .timeout = request.timeout,
                                    .maxResponseBytes = options_.maxResponseBytes,
                                    .bodyTooBig = transfer.tooBig});
    }
    long status = 0;
    curl_easy_getinfo(handles_->easy, CURLINFO_RESPONSE_CODE, &status);
    transfer.response.status = static_cast<int>(status);
    return std::move(transfer.response);
}

} // namespace tunescope::http
