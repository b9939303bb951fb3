#include "analytics/Places.h"

#include "analytics/PlatformFamily.h"
#include "analytics/PlayScan.h"
#include "util/Countries.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace tunescope::analytics {
namespace {

struct Tally {
    std::int64_t plays = 0;
    std::int64_t msPlayed = 0;
    void add(std::int32_t ms)
    {
        plays += ms >= kPlayThresholdMs ? 1 : 0;
        msPlayed += ms;
    }
};

void sortByListening(std::vector<PlaceTotal>& places)
{
    std::sort(places.begin(), places.end(), [](const PlaceTotal& a, const PlaceTotal& b) {
        if (a.msPlayed != b.msPlayed) {
            return a.msPlayed > b.msPlayed;
        }
        return a.code < b.code;
    });
}

// Platform ids to families: the platforms table holds every raw string once.
Result<std::unordered_map<std::int32_t, PlatformFamily>> loadFamilies(store::Database& db)
{
    auto stmt = db.prepare("SELECT id, raw FROM platforms");
    if (!stmt) {
        return stmt.error();
    }
    std::unordered_map<std::int32_t, PlatformFamily> families;
    while (stmt->step()) {
        families.emplace(static_cast<std::int32_t>(stmt->int64(0)), platformFamily(stmt->textView(1)));
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return families;
}

} // namespace

Result<ListeningPlaces> queryPlaces(store::Database& db, const Period& period)
{
    auto plays = scanMusicPlays(db, period);
    if (!plays) {
        return plays.error();
    }
    auto families = loadFamilies(db);
    if (!families) {
        return families.error();
    }
    std::unordered_map<std::uint16_t, Tally> byCountry;
    std::unordered_map<std::int32_t, Tally> byPlatform;
    for (std::size_t i = 0; i < plays->size(); ++i) {
        byCountry[plays->country[i]].add(plays->msPlayed[i]);
        byPlatform[plays->platform[i]].add(plays->msPlayed[i]);
    }
    ListeningPlaces places;
    places.countries.reserve(byCountry.size());
    for (const auto& [packed, tally] : byCountry) {
        const std::string code = unpackCountry(packed);
        places.countries.push_back(
            PlaceTotal{code, code.empty() ? std::string("Unknown") : countryName(code), tally.plays, tally.msPlayed});
    }
    std::map<std::string_view, PlaceTotal> byFamily; // by code
    for (const auto& [platform, tally] : byPlatform) {
        const auto known = families->find(platform);
        PlaceTotal& sum = byFamily[known == families->end() ? std::string_view() : familyCode(known->second)];
        if (known != families->end()) {
            sum.code = familyCode(known->second);
            sum.name = familyName(known->second);
        } else {
            sum.name = "Unknown"; // the export does not say (account data)
        }
        sum.plays += tally.plays;
        sum.msPlayed += tally.msPlayed;
    }
    for (auto& [code, total] : byFamily) {
        places.platformFamilies.push_back(std::move(total));
    }
    sortByListening(places.countries);
    sortByListening(places.platformFamilies);
    return places;
}

} // namespace tunescope::analytics
