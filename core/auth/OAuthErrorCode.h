#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace tunescope::auth {

// OAuth error codes ("access_denied", "invalid_grant") are short lower-case words. Anything else
// arriving in that field is not repeated to the user verbatim, so a confused or hostile server or
// link cannot put arbitrary text into our messages and pages.
inline std::string printableErrorCode(std::string_view code)
{
    const bool plain = !code.empty() && code.size() <= 64 &&
                       std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
    return plain ? std::string(code) : std::string("unknown");
}

} // namespace tunescope::auth
