#pragma once

#include "http/CooldownStore.h"
#include "http/CurlTransport.h"
#include "http/HttpClient.h"
#include "http/RequestGate.h"
#include "http/SharedPace.h"
#include "util/Clock.h"

#include <filesystem>
#include <optional>

namespace tunescope::http {

// What a client of one outside service owns: its own libcurl transport, a request gate with the
// service's pace, the cooldowns (the caller's store, e.g. the profile's, else one in memory) and
// the house retrying client over them. With `sharedPaceFile`, every try (retries too) is also
// spaced by `pacing.minInterval` across processes (see SharedPaceSender). Not movable: the parts
// refer to each other.
class PacedHttpClient {
public:
    PacedHttpClient(Clock& clock, HostPacing pacing, CooldownStore* cooldowns, RetryPolicy retry,
                    const std::optional<std::filesystem::path>& sharedPaceFile = std::nullopt);
    PacedHttpClient(const PacedHttpClient&) = delete;
    PacedHttpClient& operator=(const PacedHttpClient&) = delete;

    HttpClient& client() { return client_; }
    [[nodiscard]] const HttpClient& client() const { return client_; }
    [[nodiscard]] const RequestGate& gate() const { return gate_; }

private:
    CurlTransport transport_;
    std::optional<SharedPaceSender> sharedPace_; // between the client and the transport, when asked for
    RequestGate gate_;
    MemoryCooldownStore memoryCooldowns_;
    CooldownStore& cooldowns_;
    HttpClient client_;
};

} // namespace tunescope::http
