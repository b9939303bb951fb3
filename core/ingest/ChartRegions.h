#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tunescope::ingest {

// The code a chart region is stored by: "global", or the lower-case ISO 3166 code ("us", "ar").
// Accepts codes in any case and the English country names aggregated datasets use
// ("Argentina", "United States", "Czech Republic"); nullopt for anything else.
std::optional<std::string> regionCode(std::string_view text);

// "Global", "Argentina", ... for a stored code; the upper-case code when the name is not known.
std::string regionDisplayName(std::string_view code);

} // namespace tunescope::ingest
