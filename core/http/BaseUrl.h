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

// The address of a service to use: the environment variable `environmentName` when set (tests,
// proxies, a mirror), else `configured` (the app's settings) when not blank, else `fallback` (the
// public service); normalised as above. A refusal's message starts "The <service> address ...".
Result<std::string> chooseBaseUrl(std::string_view service, const char* environmentName, std::string_view configured,
                                  std::string_view fallback);

} // namespace tunescope::http
