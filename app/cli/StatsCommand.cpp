#include "cli/Commands.h"
#include "cli/TableOutput.h"

#include "analytics/Overview.h"

#include <nlohmann/json.hpp>

namespace tunescope::cli {
namespace {

nlohmann::ordered_json instantOrNull(const std::optional<UtcMs>& instant)
{
    return instant ? nlohmann::ordered_json(formatIsoUtc(*instant)) : nlohmann::ordered_json(nullptr);
}

} // namespace

int runStats(CommandContext& context)
{
    if (!context.args().positional.empty()) {
        return context.fail(kExitUsage, "stats takes no arguments besides --from, --to and --json");
    }
    int exitCode = kExitOk;
    auto inputs = context.queryInputs(exitCode);
    if (!inputs) {
        return exitCode;
    }
    auto totals = analytics::queryTotals(inputs->db, inputs->period);
    if (!totals) {
        return context.fail(kExitFailure, totals.error().message);
    }
    const auto& t = *totals;
    if (context.args().has("--json")) {
        const nlohmann::ordered_json json = {{"plays", t.plays},
                                             {"ms_played", t.msPlayed},
                                             {"minutes_played", t.msPlayed / 60'000},
                                             {"unique_tracks", t.uniqueTracks},
                                             {"unique_artists", t.uniqueArtists},
                                             {"first_play", instantOrNull(t.firstPlay)},
                                             {"last_play", instantOrNull(t.lastPlay)},
                                             {"time_zone", inputs->period.zone.name()}};
        context.out() << json.dump(2) << '\n';
        return kExitOk;
    }
    TextTable table;
    table.header = {"", ""};
    table.numeric = {false, true};
    table.rows = {{"Plays (30 s or more)", groupThousands(t.plays)},
                  {"Listening time", formatDuration(t.msPlayed)},
                  {"Tracks", groupThousands(t.uniqueTracks)},
                  {"Artists", groupThousands(t.uniqueArtists)},
                  {"First play (UTC)", t.firstPlay ? formatIsoUtc(*t.firstPlay) : "-"},
                  {"Last play (UTC)", t.lastPlay ? formatIsoUtc(*t.lastPlay) : "-"}};
    for (const auto& row : table.rows) {
        context.out() << row[0] << std::string(22 - displayWidth(row[0]), ' ') << row[1] << '\n';
    }
    if (t.plays == 0) {
        context.out() << "\nNo music plays in this range. Import your Spotify export with 'tunescope import PATH',\n"
                         "or try the demo: 'tunescope --demo stats'.\n";
    }
    return kExitOk;
}

} // namespace tunescope::cli
