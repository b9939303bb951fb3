#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tunescope::fakes {

// `data` as a gzip stream (RFC 1952); nullopt if zlib fails.
std::optional<std::string> gzipCompress(std::string_view data);

} // namespace tunescope::fakes
