#include "auth/LoopbackReceiver.h"

#include "auth/AuthorizationRequest.h"
#include "auth/CallbackRequest.h"

#include <algorithm>
#include <cerrno>
#include <optional>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tunescope::auth {
namespace {

using namespace std::chrono_literals;
using SteadyClock = std::chrono::steady_clock;

// poll() wakes at least this often, so stop and timeout are honoured within a tick.
constexpr auto kTick = 50ms;
// A browser that opens a connection and sends nothing (a speculative pre-connect) or trickles
// bytes is dropped after this long; the real request comes on another connection.
constexpr auto kReadTimeout = 5s;
constexpr auto kSendTimeout = 2s;
// A browser's GET with its headers is a few hundred bytes; anything bigger is not a callback.
constexpr std::size_t kMaxHead = 8192;
// Connections served at once; more wait in the listen backlog.
constexpr std::size_t kMaxConnections = 16;

struct Connection {
    int fd = -1;
    std::string head;
    SteadyClock::time_point deadline;
};

std::string systemMessage(int error)
{
    return std::error_code(error, std::generic_category()).message();
}

int millisecondsUntil(SteadyClock::time_point when, SteadyClock::time_point now)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(when - now).count();
    return static_cast<int>(std::clamp<std::int64_t>(left, 0, kTick.count()));
}

void sendAll(int fd, std::string_view data)
{
    const auto deadline = SteadyClock::now() + kSendTimeout;
    while (!data.empty()) {
        const ssize_t sent = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
        if (sent > 0) {
            data.remove_prefix(static_cast<std::size_t>(sent));
            continue;
        }
        if (sent < 0 && errno == EINTR) {
            continue;
        }
        const auto now = SteadyClock::now();
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && now < deadline) {
            pollfd waiting{fd, POLLOUT, 0};
            ::poll(&waiting, 1, millisecondsUntil(deadline, now));
            continue;
        }
        return; // the browser went away; nothing to tell it
    }
}

// Answers and closes. Unread input is drained first: closing a socket with unread bytes sends a
// reset, and some browsers then show an error instead of the page.
void answerAndClose(int fd, const CallbackPage& page)
{
    sendAll(fd, renderHttpResponse(page));
    ::shutdown(fd, SHUT_WR);
    char sink[1024];
    while (::recv(fd, sink, sizeof sink, MSG_DONTWAIT) > 0) {
    }
    ::close(fd);
}

void closeAll(std::vector<Connection>& connections)
{
    for (const auto& connection : connections) {
        ::close(connection.fd);
    }
    connections.clear();
}

// Where the request head ends (after the blank line), if it has arrived.
std::optional<std::size_t> headLength(std::string_view data)
{
    if (const auto crlf = data.find("\r\n\r\n"); crlf != std::string_view::npos) {
        return crlf + 4;
    }
    if (const auto lf = data.find("\n\n"); lf != std::string_view::npos) {
        return lf + 2;
    }
    return std::nullopt;
}

// "5 minutes", "1 minute", "30 seconds": what the timeout message says the user waited.
std::string spokenDuration(std::chrono::milliseconds duration)
{
    const auto count = duration.count();
    if (count >= 60'000) {
        const auto minutes = (count + 30'000) / 60'000;
        return std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes");
    }
    const auto seconds = std::max<std::int64_t>(1, (count + 999) / 1000);
    return std::to_string(seconds) + (seconds == 1 ? " second" : " seconds");
}

enum class ReadState { Waiting, Done, Closed };

// Reads what the connection has; Done when a whole head (or too much) has arrived.
ReadState readSome(Connection& connection)
{
    char buffer[2048];
    for (;;) {
        const ssize_t got = ::recv(connection.fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (got > 0) {
            connection.head.append(buffer, static_cast<std::size_t>(got));
            if (headLength(connection.head) || connection.head.size() > kMaxHead) {
                return ReadState::Done;
            }
            continue;
        }
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return ReadState::Waiting;
        }
        return ReadState::Closed;
    }
}

} // namespace

Result<LoopbackReceiver> LoopbackReceiver::open(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return makeError(ErrorCode::Network,
                         "Tunescope cannot open a socket for the login: " + systemMessage(errno) + ".");
    }
    const int reuse = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // 127.0.0.1 only, never INADDR_ANY
    address.sin_port = htons(port);
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 || ::listen(fd, 16) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EADDRINUSE) {
            return makeError(ErrorCode::Network, "Port " + std::to_string(port) +
                                                     " on 127.0.0.1 is already used by another program, so the "
                                                     "login cannot receive Spotify's answer there. Choose another "
                                                     "port, or let Tunescope pick one.");
        }
        return makeError(ErrorCode::Network,
                         "Tunescope cannot listen on 127.0.0.1 for the login: " + systemMessage(error) + ".");
    }
    return LoopbackReceiver(fd, ntohs(address.sin_port));
}

LoopbackReceiver::LoopbackReceiver(LoopbackReceiver&& other) noexcept
    : listenFd_(std::exchange(other.listenFd_, -1)), port_(other.port_)
{
}

LoopbackReceiver& LoopbackReceiver::operator=(LoopbackReceiver&& other) noexcept
{
    if (this != &other) {
        if (listenFd_ >= 0) {
            ::close(listenFd_);
        }
        listenFd_ = std::exchange(other.listenFd_, -1);
        port_ = other.port_;
    }
    return *this;
}

LoopbackReceiver::~LoopbackReceiver()
{
    if (listenFd_ >= 0) {
        ::close(listenFd_);
    }
}

std::string loginTimedOutMessage(std::chrono::milliseconds timeout)
{
    return "The login timed out: nothing came back from the browser in " + spokenDuration(timeout) + ". Try again.";
}

std::string LoopbackReceiver::redirectUri() const
{
    return loopbackRedirectUri(port_);
}

Result<std::string> LoopbackReceiver::waitForCallback(const std::string& expectedState,
                                                      std::chrono::milliseconds timeout, std::stop_token stop)
{
    const auto deadline = SteadyClock::now() + timeout;
    std::vector<Connection> connections;
    std::vector<pollfd> watched;
    for (;;) {
        if (stop.stop_requested()) {
            closeAll(connections);
            return makeError(ErrorCode::Cancelled, "The login was cancelled.");
        }
        auto now = SteadyClock::now();
        if (now >= deadline) {
            closeAll(connections);
            return makeError(ErrorCode::Cancelled, loginTimedOutMessage(timeout));
        }

        // Drop connections that sent nothing useful in time.
        std::erase_if(connections, [now](const Connection& connection) {
            if (now < connection.deadline) {
                return false;
            }
            ::close(connection.fd);
            return true;
        });

        watched.clear();
        const bool accepting = connections.size() < kMaxConnections;
        if (accepting) {
            watched.push_back(pollfd{listenFd_, POLLIN, 0});
        }
        for (const auto& connection : connections) {
            watched.push_back(pollfd{connection.fd, POLLIN, 0});
        }
        if (::poll(watched.data(), watched.size(), millisecondsUntil(deadline, now)) < 0) {
            if (errno == EINTR) {
                continue;
            }
            closeAll(connections);
            return makeError(ErrorCode::Network,
                             "The login stopped waiting for the browser: " + systemMessage(errno) + ".");
        }

        // Serve readable connections first; `watched` lines up with `connections` after the
        // listening socket's entry.
        const std::size_t offset = accepting ? 1 : 0;
        std::optional<Result<std::string>> outcome;
        std::vector<Connection> stillOpen;
        stillOpen.reserve(connections.size());
        for (std::size_t i = 0; i < connections.size(); ++i) {
            Connection& connection = connections[i];
            if (outcome || watched[offset + i].revents == 0) {
                stillOpen.push_back(std::move(connection));
                continue;
            }
            const ReadState state = readSome(connection);
            if (state == ReadState::Waiting) {
                stillOpen.push_back(std::move(connection));
            } else if (state == ReadState::Closed) {
                ::close(connection.fd);
            } else if (const auto length = headLength(connection.head); !length || *length > kMaxHead) {
                answerAndClose(connection.fd, requestTooLargePage());
            } else {
                auto verdict = judgeCallbackRequest(connection.head, expectedState);
                answerAndClose(connection.fd, verdict.page);
                outcome = std::move(verdict.outcome);
            }
        }
        connections = std::move(stillOpen);
        if (outcome) {
            closeAll(connections);
            return std::move(*outcome);
        }

        if (accepting && (watched[0].revents & POLLIN) != 0) {
            now = SteadyClock::now();
            while (connections.size() < kMaxConnections) {
                const int client = ::accept4(listenFd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
                if (client < 0) {
                    break; // EAGAIN: none left; other errors: the next tick tries again
                }
                connections.push_back(Connection{client, {}, now + kReadTimeout});
            }
        }
    }
}

} // namespace tunescope::auth
