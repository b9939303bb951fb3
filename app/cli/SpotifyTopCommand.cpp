// tunescope spotify-top: Spotify's newest top list beside the user's own plays (offline).
#include "cli/Commands.h"
#include "cli/TableOutput.h"

#include "analytics/SpotifyTop.h"

#include <nlohmann/json.hpp>

namespace tunescope::cli {
namespace {

std::optional<store::TopListRange> parseRange(const std::string& text)
{
    if (text == "short") {
        return store::TopListRange::ShortTerm;
    }
    if (text == "medium") {
        return store::TopListRange::MediumTerm;
    }
    if (text == "long") {
        return store::TopListRange::LongTerm;
    }
    return std::nullopt;
}

} // namespace

int runSpotifyTop(CommandContext& context)
{
    const auto& args = context.args();
    if (args.positional.size() != 1 || (args.positional[0] != "artists" && args.positional[0] != "tracks")) {
        return context.fail(kExitUsage, "spotify-top needs 'artists' or 'tracks'");
    }
    const auto kind = args.positional[0] == "artists" ? store::TopListKind::Artists : store::TopListKind::Tracks;
    const auto range = parseRange(args.value("--range").value_or("medium"));
    if (!range) {
        return context.fail(kExitUsage, "--range is short, medium or long");
    }
    auto zone = context.timeZone();
    if (!zone) {
        return context.fail(kExitUsage, zone.error().message);
    }
    auto db = context.openDatabase();
    if (!db) {
        return context.fail(kExitFailure, db.error().message);
    }
    auto comparison = analytics::compareWithSpotifyTop(*db, kind, *range, *zone);
    if (!comparison) {
        return context.fail(kExitFailure, comparison.error().message);
    }
    if (!comparison->has_value()) {
        return context.fail(kExitFailure, "No top lists from Spotify yet. Log in ('tunescope login') and run "
                                          "'tunescope sync' first.");
    }
    const auto& c = **comparison;
    if (args.has("--json")) {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const auto& row : c.rows) {
            rows.push_back(
                {{"spotify_rank", row.spotifyRank},
                 {"spotify_id", row.spotifyId},
                 {"name", row.name},
                 {"artist", row.artist.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(row.artist)},
                 {"your_plays", row.plays},
                 {"your_ms_played", row.msPlayed},
                 {"your_rank", row.playsRank ? nlohmann::ordered_json(*row.playsRank) : nlohmann::ordered_json()}});
        }
        const nlohmann::ordered_json out = {{"kind", args.positional[0]},
                                            {"range", args.value("--range").value_or("medium")},
                                            {"taken_at", formatIsoUtc(c.takenAt)},
                                            {"window_from", formatIsoUtc(c.window.begin)},
                                            {"rows", rows}};
        context.out() << out.dump(2) << '\n';
        return kExitOk;
    }
    context.out() << "Spotify's top " << args.positional[0] << " (snapshot of " << formatIsoUtc(c.takenAt).substr(0, 10)
                  << ") beside your plays since " << formatIsoUtc(c.window.begin).substr(0, 10) << ":\n\n";
    TextTable table;
    table.header = {"Spotify", kind == store::TopListKind::Artists ? "Artist" : "Track", "Your plays", "Your time",
                    "Your rank"};
    table.numeric = {true, false, true, true, true};
    for (const auto& row : c.rows) {
        const std::string name = row.name.empty()     ? "(" + row.spotifyId + ")"
                                 : row.artist.empty() ? row.name
                                                      : row.name + " - " + row.artist;
        table.rows.push_back({std::to_string(row.spotifyRank), name, groupThousands(row.plays),
                              formatDuration(row.msPlayed), row.playsRank ? std::to_string(*row.playsRank) : "-"});
    }
    table.printAligned(context.out());
    return kExitOk;
}

} // namespace tunescope::cli
