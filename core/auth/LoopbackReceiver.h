#pragma once

#include "util/Result.h"

#include <chrono>
#include <cstdint>
#include <stop_token>
#include <string>

namespace tunescope::auth {

// The end of the login that runs in the user's browser: a tiny HTTP server on 127.0.0.1 (never
// any other interface, so nothing on the network can reach it) that waits for Spotify's redirect
// to http://127.0.0.1:<port>/callback?code=…&state=… and answers the browser with a page.
// It waits on real sockets, so its timeout is real time, not the injectable Clock.
class LoopbackReceiver {
public:
    // Listens on 127.0.0.1:`port`; 0 picks any free port. Network error when the port is taken.
    static Result<LoopbackReceiver> open(std::uint16_t port = 0);

    LoopbackReceiver(LoopbackReceiver&& other) noexcept;
    LoopbackReceiver& operator=(LoopbackReceiver&& other) noexcept;
    LoopbackReceiver(const LoopbackReceiver&) = delete;
    LoopbackReceiver& operator=(const LoopbackReceiver&) = delete;
    ~LoopbackReceiver();

    [[nodiscard]] std::uint16_t port() const { return port_; }
    // "http://127.0.0.1:<port>/callback"
    [[nodiscard]] std::string redirectUri() const;

    // Serves browser requests until one ends the login: the authorization code from a callback
    // whose `state` is `expectedState`; LoginRequired when the user declined; Remote for another
    // error from Spotify; Cancelled on `stop` or after `timeout`. Other requests (other paths and
    // methods, malformed or forged ones, a wrong `state`) get an error page and do not end it.
    Result<std::string> waitForCallback(const std::string& expectedState, std::chrono::milliseconds timeout,
                                        std::stop_token stop);

private:
    LoopbackReceiver(int listenFd, std::uint16_t port) : listenFd_(listenFd), port_(port) {}

    int listenFd_ = -1;
    std::uint16_t port_ = 0;
};

// "The login timed out: nothing came back from the browser in 5 minutes. Try again."
std::string loginTimedOutMessage(std::chrono::milliseconds timeout);

} // namespace tunescope::auth
