#pragma once

#include "util/Result.h"

#include <string>
#include <string_view>

namespace tunescope::http {

// A service address the user typed (a proxy, a local mirror, a test server), made ready for use:
// surrounding spaces and trailing slashes dropped. Refused with a message that says what to fix:
// anything but http(s), a query or fragment, credentials in the address, and plain http to any
// host but this computer (tokens and listening data must not cross a network unencrypted).
Result<std::string> normalizeBaseUrl(std::string_view url);

} // namespace tunescope::http
