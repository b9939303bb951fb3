#pragma once

#include <optional>

namespace tunescope::fakes {

// Shuts down the accepted sockets of the server listening on 127.0.0.1:`localPort` (only the one
// coming from `remotePort` when given). cpp-httplib 0.11 neither exposes a request's socket nor
// wakes idle keep-alive connections on stop(), so a scripted connection drop and a prompt shutdown
// both go through the process's open sockets. Returns how many were shut down (0 where
// unsupported: the callers then fall back to slower or weaker behaviour).
int shutdownServerConnections(int localPort, std::optional<int> remotePort);

} // namespace tunescope::fakes
