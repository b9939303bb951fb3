#pragma once

#include <string>
#include <string_view>

namespace tunescope::exchange {

// Appends `text` as a JSON string, quotes included, escaped byte for byte as nlohmann::json's
// dump() does it: \" \\ \b \f \n \r \t, other control characters as \u00xx, every other character
// (UTF-8 included) as it is. A byte that is not part of valid UTF-8 becomes U+FFFD, so the output
// is always valid JSON (dump() would throw instead).
void appendJsonString(std::string& out, std::string_view text);

} // namespace tunescope::exchange
