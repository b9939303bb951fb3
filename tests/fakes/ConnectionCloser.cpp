#include "ConnectionCloser.h"

#ifdef __linux__
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <charconv>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#endif

namespace tunescope::fakes {

#ifdef __linux__
namespace {

std::optional<int> portOf(const sockaddr_storage& address)
{
    if (address.ss_family != AF_INET) {
        return std::nullopt;
    }
    sockaddr_in ipv4{};
    static_assert(sizeof ipv4 <= sizeof address);
    std::memcpy(&ipv4, &address, sizeof ipv4);
    return ntohs(ipv4.sin_port);
}

} // namespace

int shutdownServerConnections(int localPort, std::optional<int> remotePort)
{
    int closed = 0;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", error)) {
        const std::string name = entry.path().filename().string();
        int fd = -1;
        if (std::from_chars(name.data(), name.data() + name.size(), fd).ec != std::errc{}) {
            continue;
        }
        sockaddr_storage local{};
        sockaddr_storage peer{};
        socklen_t localSize = sizeof local;
        socklen_t peerSize = sizeof peer;
        // Accepted sockets only: bound to the server's port and connected to someone. A client
        // socket of this process talking to the server has an ephemeral local port instead.
        if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &localSize) != 0 || portOf(local) != localPort ||
            getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peerSize) != 0) {
            continue;
        }
        if (remotePort && portOf(peer) != *remotePort) {
            continue;
        }
        if (shutdown(fd, SHUT_RDWR) == 0) {
            ++closed;
        }
    }
    return closed;
}
#else
int shutdownServerConnections(int, std::optional<int>)
{
    return 0;
}
#endif

} // namespace tunescope::fakes
