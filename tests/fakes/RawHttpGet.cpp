#include "RawHttpGet.h"

#include "UrlCodec.h"

#include <netdb.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace tunescope::fakes {

namespace {

bool equalNoCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

// Owns a socket descriptor.
class Socket {
public:
    explicit Socket(int fd) : fd_(fd) {}
    ~Socket()
    {
        if (fd_ >= 0) {
            close(fd_);
        }
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    [[nodiscard]] int fd() const { return fd_; }

private:
    int fd_;
};

int connectTo(const std::string& host, int port, std::string& error)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const std::string bareHost = host.front() == '[' ? host.substr(1, host.size() - 2) : host;
    if (getaddrinfo(bareHost.c_str(), std::to_string(port).c_str(), &hints, &found) != 0 || found == nullptr) {
        error = "cannot resolve " + host;
        return -1;
    }
    int fd = -1;
    for (const addrinfo* address = found; address != nullptr && fd < 0; address = address->ai_next) {
        fd = socket(address->ai_family, address->ai_socktype, address->ai_protocol);
        if (fd < 0) {
            continue;
        }
        timeval timeout{10, 0};
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        if (connect(fd, address->ai_addr, address->ai_addrlen) != 0) {
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(found);
    if (fd < 0) {
        error = "cannot connect to " + host + ":" + std::to_string(port);
    }
    return fd;
}

// "5\r\nhello\r\n0\r\n\r\n" -> "hello"; nullopt when malformed.
std::optional<std::string> unchunk(std::string_view data)
{
    std::string body;
    while (true) {
        const auto lineEnd = data.find("\r\n");
        if (lineEnd == std::string_view::npos) {
            return std::nullopt;
        }
        std::size_t size = 0;
        const auto [ptr, ec] = std::from_chars(data.data(), data.data() + lineEnd, size, 16);
        if (ec != std::errc{} || ptr == data.data()) {
            return std::nullopt;
        }
        data.remove_prefix(lineEnd + 2);
        if (size == 0) {
            return body;
        }
        if (data.size() < size + 2) {
            return std::nullopt;
        }
        body.append(data.substr(0, size));
        data.remove_prefix(size + 2);
    }
}

} // namespace

std::optional<std::string> RawAnswer::header(std::string_view name) const
{
    for (const auto& [key, value] : headers) {
        if (equalNoCase(key, name)) {
            return value;
        }
    }
    return std::nullopt;
}

RawAnswer rawHttpGet(const std::string& url)
{
    RawAnswer answer;
    const auto parts = splitUrl(url);
    if (!parts || parts->scheme != "http") {
        answer.error = "not a plain http URL";
        return answer;
    }
    const int port = parts->port == 0 ? 80 : parts->port;
    const Socket socket(connectTo(parts->host, port, answer.error));
    if (socket.fd() < 0) {
        return answer;
    }
    const std::string target = parts->query.empty() ? parts->path : parts->path + "?" + parts->query;
    const std::string request = "GET " + target + " HTTP/1.1\r\nHost: " + parts->host + ":" + std::to_string(port) +
                                "\r\nUser-Agent: Mozilla/5.0 (Tunescope test browser)\r\nAccept: text/html\r\n"
                                "Connection: close\r\n\r\n";
    if (send(socket.fd(), request.data(), request.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(request.size())) {
        answer.error = "could not send the request";
        return answer;
    }
    std::string raw;
    char buffer[16384];
    while (true) {
        const ssize_t got = recv(socket.fd(), buffer, sizeof buffer, 0);
        if (got <= 0) {
            break;
        }
        raw.append(buffer, static_cast<std::size_t>(got));
    }

    const auto headerEnd = raw.find("\r\n\r\n");
    if (headerEnd == std::string::npos || raw.compare(0, 5, "HTTP/") != 0) {
        answer.error = "no HTTP answer";
        return answer;
    }
    std::string_view head(raw.data(), headerEnd);
    const auto statusStart = head.find(' ');
    if (statusStart == std::string_view::npos ||
        std::from_chars(head.data() + statusStart + 1, head.data() + head.size(), answer.status).ec != std::errc{}) {
        answer.error = "bad status line";
        return answer;
    }
    const auto statusLineEnd = head.find("\r\n");
    head = statusLineEnd == std::string_view::npos ? std::string_view{} : head.substr(statusLineEnd + 2);
    while (!head.empty()) {
        const auto lineEnd = std::min(head.find("\r\n"), head.size());
        const std::string_view line = head.substr(0, lineEnd);
        if (const auto colon = line.find(':'); colon != std::string_view::npos) {
            std::string_view value = line.substr(colon + 1);
            while (!value.empty() && value.front() == ' ') {
                value.remove_prefix(1);
            }
            answer.headers.emplace_back(std::string(line.substr(0, colon)), std::string(value));
        }
        head.remove_prefix(std::min(head.size(), lineEnd + 2));
    }
    std::string_view body(raw);
    body.remove_prefix(headerEnd + 4);
    if (const auto encoding = answer.header("Transfer-Encoding"); encoding && equalNoCase(*encoding, "chunked")) {
        const auto decoded = unchunk(body);
        if (!decoded) {
            answer.error = "malformed chunked body";
            return answer;
        }
        answer.body = *decoded;
    } else {
        answer.body = std::string(body);
    }
    return answer;
}

} // namespace tunescope::fakes
