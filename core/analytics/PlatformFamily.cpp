#include "analytics/PlatformFamily.h"

#include "util/Text.h"

#include <array>
#include <string>

namespace tunescope::analytics {
namespace {

struct Rule {
    std::string_view needle; // lower case
    PlatformFamily family;
};

// First match wins: the specific (cars, TVs, speakers and consoles reached through partner
// integrations, web players, tablets) before the general (phones and desktops by OS name).
constexpr std::array kRules{
    Rule{"android_auto", PlatformFamily::Car},
    Rule{"carplay", PlatformFamily::Car},
    Rule{"automotive", PlatformFamily::Car},
    Rule{"tesla", PlatformFamily::Car},
    Rule{"_car", PlatformFamily::Car},
    Rule{"car_", PlatformFamily::Car},
    Rule{"playstation", PlatformFamily::Console},
    Rule{"ps4", PlatformFamily::Console},
    Rule{"ps5", PlatformFamily::Console},
    Rule{"xbox", PlatformFamily::Console},
    Rule{"watch", PlatformFamily::Watch},
    Rule{"wear_os", PlatformFamily::Watch},
    Rule{"wearos", PlatformFamily::Watch},
    Rule{"cast_tv", PlatformFamily::TV},
    Rule{"chromecast", PlatformFamily::TV},
    Rule{"android_tv", PlatformFamily::TV},
    Rule{"androidtv", PlatformFamily::TV},
    Rule{"tvos", PlatformFamily::TV},
    Rule{"apple tv", PlatformFamily::TV},
    Rule{"appletv", PlatformFamily::TV},
    Rule{"roku", PlatformFamily::TV},
    Rule{"webos", PlatformFamily::TV},
    Rule{"tizen", PlatformFamily::TV},
    Rule{"fire tv", PlatformFamily::TV},
    Rule{"firetv", PlatformFamily::TV},
    Rule{"_tv", PlatformFamily::TV},
    Rule{" tv", PlatformFamily::TV},
    Rule{"sonos", PlatformFamily::Speaker},
    Rule{"echo", PlatformFamily::Speaker},
    Rule{"amazon", PlatformFamily::Speaker},
    Rule{"alexa", PlatformFamily::Speaker},
    Rule{"google home", PlatformFamily::Speaker},
    Rule{"google_home", PlatformFamily::Speaker},
    Rule{"nest", PlatformFamily::Speaker},
    Rule{"bose", PlatformFamily::Speaker},
    Rule{"speaker", PlatformFamily::Speaker},
    Rule{"cast_audio", PlatformFamily::Speaker},
    Rule{"cast", PlatformFamily::Speaker},
    Rule{"web_player", PlatformFamily::Web},
    Rule{"webplayer", PlatformFamily::Web},
    Rule{"web player", PlatformFamily::Web},
    Rule{"ipad", PlatformFamily::Tablet},
    Rule{"tablet", PlatformFamily::Tablet},
    Rule{"ios", PlatformFamily::Phone},
    Rule{"iphone", PlatformFamily::Phone},
    Rule{"android", PlatformFamily::Phone},
    Rule{"windows", PlatformFamily::Desktop},
    Rule{"os x", PlatformFamily::Desktop},
    Rule{"osx", PlatformFamily::Desktop},
    Rule{"macos", PlatformFamily::Desktop},
    Rule{"mac os", PlatformFamily::Desktop},
    Rule{"linux", PlatformFamily::Desktop},
    Rule{"desktop", PlatformFamily::Desktop},
};

} // namespace

PlatformFamily platformFamily(std::string_view raw)
{
    const std::string lower = text::asciiLower(raw);
    for (const Rule& rule : kRules) {
        if (lower.find(rule.needle) != std::string::npos) {
            return rule.family;
        }
    }
    return PlatformFamily::Other;
}

std::string_view familyCode(PlatformFamily family)
{
    switch (family) {
    case PlatformFamily::Phone: return "phone";
    case PlatformFamily::Tablet: return "tablet";
    case PlatformFamily::Desktop: return "desktop";
    case PlatformFamily::Web: return "web";
    case PlatformFamily::Speaker: return "speaker";
    case PlatformFamily::TV: return "tv";
    case PlatformFamily::Car: return "car";
    case PlatformFamily::Console: return "console";
    case PlatformFamily::Watch: return "watch";
    case PlatformFamily::Other: break;
    }
    return "other";
}

std::string_view familyName(PlatformFamily family)
{
    switch (family) {
    case PlatformFamily::Phone: return "Phone";
    case PlatformFamily::Tablet: return "Tablet";
    case PlatformFamily::Desktop: return "Desktop";
    case PlatformFamily::Web: return "Web player";
    case PlatformFamily::Speaker: return "Speaker";
    case PlatformFamily::TV: return "TV";
    case PlatformFamily::Car: return "Car";
    case PlatformFamily::Console: return "Games console";
    case PlatformFamily::Watch: return "Watch";
    case PlatformFamily::Other: break;
    }
    return "Other";
}

} // namespace tunescope::analytics
