#pragma once

#include <string_view>

namespace tunescope::analytics {

// What kind of device a play came from, read off the export's raw platform string ("iOS 14.4
// (iPhone10,3)", "Windows 10 (10.0.18362; x64; AppX)", "Partner google cast_tv;Chromecast;;").
enum class PlatformFamily { Phone, Tablet, Desktop, Web, Speaker, TV, Car, Console, Watch, Other };

PlatformFamily platformFamily(std::string_view raw);
// "phone", "tv": stable keys for JSON and CSV.
std::string_view familyCode(PlatformFamily family);
// "Phone", "TV": what the user reads.
std::string_view familyName(PlatformFamily family);

} // namespace tunescope::analytics
