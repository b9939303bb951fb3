#pragma once

#include "http/CooldownStore.h"
#include "http/CurlTransport.h"
#include "http/HttpClient.h"
#include "http/RequestGate.h"
#include "util/Clock.h"

namespace tunescope::http {

// What a client of one outside service owns: its own libcurl transport, a request gate with the
// service's pace, the cooldowns (the caller's store, e.g. the profile's, else one in memory) and
// the house retrying client over them. Not movable: the parts refer to each other.
class PacedHttpClient {
public:
    PacedHttpClient(Clock& clock, HostPacing pacing, CooldownStore* cooldowns, RetryPolicy retry);
    PacedHttpClient(const PacedHttpClient&) = delete;
    PacedHttpClient& operator=(const PacedHttpClient&) = delete;

    HttpClient& client() { return client_; }
    [[nodiscard]] const HttpClient& client() const { return client_; }
    [[nodiscard]] const RequestGate& gate() const { return gate_; }

private:
    CurlTransport transport_;
    RequestGate gate_;
    MemoryCooldownStore memoryCooldowns_;
    CooldownStore& cooldowns_;
    HttpClient client_;
};

} // namespace tunescope::http
