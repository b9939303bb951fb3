#include "util/Countries.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>

namespace tunescope {
namespace {

struct Country {
    std::string_view code;
    std::string_view name;
    std::string_view zone;
};

constexpr Country kCountries[] = {
#include "util/CountryTable.inc"
};

const Country* findCountry(std::string_view code)
{
    const auto* found = std::lower_bound(std::begin(kCountries), std::end(kCountries), code,
                                         [](const Country& c, std::string_view key) { return c.code < key; });
    return found != std::end(kCountries) && found->code == code ? found : nullptr;
}

bool isAsciiUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

// Every country's zone, located once (thread-safe static) and kept for the process.
class CountryZones {
public:
    CountryZones()
    {
        for (const auto& country : kCountries) {
            if (auto zone = TimeZone::locate(std::string(country.zone)); zone) {
                zones_.emplace(packCountry(country.code), *zone);
            }
        }
    }
    [[nodiscard]] const TimeZone* find(std::uint16_t packed) const
    {
        const auto it = zones_.find(packed);
        return it == zones_.end() ? nullptr : &it->second;
    }

private:
    std::unordered_map<std::uint16_t, TimeZone> zones_; // nodes never move: pointers stay valid
};

} // namespace

std::uint16_t packCountry(std::string_view code)
{
    if (code.size() != 2 || code == "ZZ") {
        return 0;
    }
    // Exports write upper case; anything else is not a country code.
    const char first = code[0];
    const char second = code[1];
    if (!isAsciiUpper(first) || !isAsciiUpper(second)) {
        return 0;
    }
    return static_cast<std::uint16_t>((static_cast<unsigned>(first) << 8U) | static_cast<unsigned>(second));
}

std::string unpackCountry(std::uint16_t packed)
{
    if (packed == 0) {
        return {};
    }
    return std::string{static_cast<char>(packed >> 8U), static_cast<char>(packed & 0xFFU)};
}

std::string countryName(std::string_view code)
{
    const Country* country = findCountry(code);
    return std::string(country != nullptr ? country->name : code);
}

const TimeZone* countryZone(std::uint16_t packed)
{
    static const CountryZones zones;
    return zones.find(packed);
}

} // namespace tunescope
