#include "cli/InsightsPlaces.h"

#include "cli/TableOutput.h"

#include "analytics/Places.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <functional>

namespace tunescope::cli {
namespace {

using PlaceList = std::vector<analytics::PlaceTotal>;

int printPlaces(CommandContext& context, store::Database& db, const analytics::Period& period,
                const std::function<const PlaceList&(const analytics::ListeningPlaces&)>& pick, const char* column)
{
    auto places = analytics::queryPlaces(db, period);
    if (!places) {
        return context.fail(kExitFailure, places.error().message);
    }
    const PlaceList& list = pick(*places);
    std::int64_t totalMs = 0;
    for (const auto& place : list) {
        totalMs += place.msPlayed;
    }
    if (context.args().has("--json")) {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const auto& place : list) {
            rows.push_back(
                {{"code", place.code},
                 {"name", place.name},
                 {"plays", place.plays},
                 {"ms_played", place.msPlayed},
                 {"share", totalMs == 0 ? 0.0 : static_cast<double>(place.msPlayed) / static_cast<double>(totalMs)}});
        }
        context.out() << rows.dump(2) << '\n';
        return kExitOk;
    }
    if (list.empty()) {
        context.out() << "No music in this range.\n";
        return kExitOk;
    }
    TextTable table;
    table.header = {column, "plays", "listening time", "share"};
    table.numeric = {false, true, true, true};
    for (const auto& place : list) {
        table.rows.push_back(
            {place.name, groupThousands(place.plays), formatDuration(place.msPlayed),
             formatPercent(totalMs == 0 ? 0.0 : static_cast<double>(place.msPlayed) / static_cast<double>(totalMs))});
    }
    table.printAligned(context.out());
    return kExitOk;
}

} // namespace

int printCountries(CommandContext& context, store::Database& db, const analytics::Period& period)
{
    return printPlaces(
        context, db, period, [](const analytics::ListeningPlaces& p) -> const PlaceList& { return p.countries; },
        "country");
}

int printPlatforms(CommandContext& context, store::Database& db, const analytics::Period& period)
{
    return printPlaces(
        context, db, period, [](const analytics::ListeningPlaces& p) -> const PlaceList& { return p.platformFamilies; },
        "device");
}

} // namespace tunescope::cli
