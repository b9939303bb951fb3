#pragma once

#include "util/TimeZone.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace tunescope {

// Two-letter ISO 3166 codes as exports write them (conn_country), packed into 16 bits for the
// analytics columns: 0 unless the text is two ASCII letters; "ZZ" (Spotify's "unknown") is 0 too.
std::uint16_t packCountry(std::string_view code);
std::string unpackCountry(std::uint16_t packed);

// "Sweden" for "SE"; the code itself when the tz database does not know it.
std::string countryName(std::string_view code);

// The time zone most of the country's people live in, for travel-aware hours; null when the
// country is unknown or its zone is missing from this system's tz database.
const TimeZone* countryZone(std::uint16_t packed);

} // namespace tunescope
