#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tunescope::fakes {

struct RawAnswer {
    int status = 0;                                           // 0: no answer (see error)
    std::vector<std::pair<std::string, std::string>> headers; // names and values exactly as sent
    std::string body;
    std::string error;

    // The first header of that name, compared case-insensitively.
    [[nodiscard]] std::optional<std::string> header(std::string_view name) const;
};

// GET `url` (plain http) sending its path and query byte for byte, and report the answer as it
// arrived. A browser never rewrites a Location header; cpp-httplib 0.11's client percent-decodes
// it, which would corrupt the state and code of an OAuth redirect, hence this small client.
RawAnswer rawHttpGet(const std::string& url);

} // namespace tunescope::fakes
