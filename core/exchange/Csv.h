#pragma once

#include <string>
#include <string_view>

namespace tunescope::exchange {

// One RFC 4180 field: quoted (with inner quotes doubled) when it holds a comma, a quote or a
// line break, as it is otherwise.
std::string csvField(std::string_view value);
// The same, appended to `out` (for writers of many rows).
void appendCsvField(std::string& out, std::string_view value);

} // namespace tunescope::exchange
