#include "cli/InsightsDiscovery.h"

#include "cli/TableOutput.h"
#include "cli/TopOptions.h"

#include "analytics/Discovery.h"
#include "analytics/Spoken.h"

#include <nlohmann/json.hpp>

namespace tunescope::cli {
namespace {

using Json = nlohmann::ordered_json;

const char* metricName(analytics::Metric metric)
{
    return metric == analytics::Metric::Plays ? "plays" : "minutes";
}

std::string monthText(CivilDate month)
{
    return formatCivilDate(month).substr(0, 7); // "2024-03"
}

Json discoveryJson(const analytics::DiscoveryStats& stats, analytics::Metric metric)
{
    std::int64_t newArtists = 0;
    std::int64_t newTracks = 0;
    Json months = Json::array();
    for (const auto& m : stats.months) {
        newArtists += m.newArtists;
        newTracks += m.newTracks;
        months.push_back({{"month", monthText(m.month)},
                          {"new_artists", m.newArtists},
                          {"new_tracks", m.newTracks},
                          {"plays", m.plays},
                          {"new_plays", m.newPlays},
                          {"ms_played", m.msPlayed},
                          {"new_ms_played", m.newMsPlayed}});
    }
    Json top = Json::array();
    for (const auto& a : stats.topNewArtists) {
        top.push_back({{"rank", top.size() + 1},
                       {"name", a.name},
                       {"plays", a.plays},
                       {"ms_played", a.msPlayed},
                       {"first_played", formatCivilDate(a.firstPlayed)}});
    }
    Json faded = Json::array();
    for (const auto& a : stats.fadedArtists) {
        faded.push_back({{"rank", faded.size() + 1},
                         {"name", a.name},
                         {"plays", a.plays},
                         {"ms_played", a.msPlayed},
                         {"last_played", formatCivilDate(a.lastPlayed)}});
    }
    return Json{{"by", metricName(metric)},
                {"plays", stats.plays},
                {"new_plays", stats.newPlays},
                {"ms_played", stats.msPlayed},
                {"new_ms_played", stats.newMsPlayed},
                {"new_share", stats.newShare(metric)},
                {"new_artists", newArtists},
                {"new_tracks", newTracks},
                {"months", months},
                {"top_new_artists", top},
                {"faded_artists", faded}};
}

void printDiscoveryText(std::ostream& out, const analytics::DiscoveryStats& stats, analytics::Metric metric)
{
    const bool byPlays = metric == analytics::Metric::Plays;
    std::int64_t newArtists = 0;
    std::int64_t newTracks = 0;
    TextTable months;
    months.header = {"month", "new artists", "new tracks", "plays", "new plays", "listening", "new listening"};
    months.numeric = {false, true, true, true, true, true, true};
    for (const auto& m : stats.months) {
        newArtists += m.newArtists;
        newTracks += m.newTracks;
        months.rows.push_back({monthText(m.month), groupThousands(m.newArtists), groupThousands(m.newTracks),
                               groupThousands(m.plays), groupThousands(m.newPlays), formatDuration(m.msPlayed),
                               formatDuration(m.newMsPlayed)});
    }
    const std::string part = byPlays ? groupThousands(stats.newPlays) + " of " + groupThousands(stats.plays) + " plays"
                                     : formatDuration(stats.newMsPlayed) + " of " + formatDuration(stats.msPlayed);
    out << "new music      " << formatPercent(stats.newShare(metric)) << " (" << part << ")\n"
        << "new artists    " << groupThousands(newArtists) << '\n'
        << "new tracks     " << groupThousands(newTracks) << '\n';
    if (!months.rows.empty()) {
        out << '\n';
        months.printAligned(out);
    }
    if (!stats.topNewArtists.empty()) {
        out << "\nTop new artists (first played in the range)\n";
        TextTable table;
        table.header = {"#", "artist", "plays", "listening", "first played"};
        table.numeric = {true, false, true, true, false};
        for (const auto& a : stats.topNewArtists) {
            table.rows.push_back({std::to_string(table.rows.size() + 1), a.name, groupThousands(a.plays),
                                  formatDuration(a.msPlayed), formatCivilDate(a.firstPlayed)});
        }
        table.printAligned(out);
    }
    if (!stats.fadedArtists.empty()) {
        out << "\nFaded out (" << analytics::kFadedMinPlays << " plays or more, none in the last "
            << analytics::kFadedAfterMonths << " months)\n";
        TextTable table;
        table.header = {"#", "artist", "plays", "listening", "last played"};
        table.numeric = {true, false, true, true, false};
        for (const auto& a : stats.fadedArtists) {
            table.rows.push_back({std::to_string(table.rows.size() + 1), a.name, groupThousands(a.plays),
                                  formatDuration(a.msPlayed), formatCivilDate(a.lastPlayed)});
        }
        table.printAligned(out);
    }
}

// Finished counts are null (unknown) when the export does not say how rows ended.
Json finishedJson(bool known, std::int64_t finished)
{
    return known ? Json(finished) : Json();
}

std::string finishedText(bool known, std::int64_t finished)
{
    return known ? groupThousands(finished) : "?";
}

Json spokenEntriesJson(const std::vector<analytics::SpokenEntry>& entries)
{
    Json list = Json::array();
    for (const auto& e : entries) {
        list.push_back({{"rank", list.size() + 1},
                        {"name", e.name},
                        {"plays", e.plays},
                        {"ms_played", e.msPlayed},
                        {"episodes", e.episodes},
                        {"episodes_finished", finishedJson(e.finishedKnown, e.episodesFinished)}});
    }
    return list;
}

void printSpokenEntries(std::ostream& out, const char* title, const char* what, const char* parts,
                        const std::vector<analytics::SpokenEntry>& entries)
{
    if (entries.empty()) {
        return;
    }
    out << '\n' << title << '\n';
    TextTable table;
    table.header = {"#", what, "plays", "listening", parts, "finished"};
    table.numeric = {true, false, true, true, true, true};
    for (const auto& e : entries) {
        table.rows.push_back({std::to_string(table.rows.size() + 1), e.name, groupThousands(e.plays),
                              formatDuration(e.msPlayed), groupThousands(e.episodes),
                              finishedText(e.finishedKnown, e.episodesFinished)});
    }
    table.printAligned(out);
}

} // namespace

int printDiscovery(CommandContext& context, store::Database& db, const analytics::Period& period)
{
    int exitCode = kExitOk;
    const auto options = parseTopOptions(context, exitCode);
    if (!options) {
        return exitCode;
    }
    auto stats = analytics::queryDiscovery(db, period, options->metric, options->limit);
    if (!stats) {
        return context.fail(kExitFailure, stats.error().message);
    }
    if (context.args().has("--json")) {
        context.out() << discoveryJson(*stats, options->metric).dump(2) << '\n';
    } else {
        printDiscoveryText(context.out(), *stats, options->metric);
    }
    return kExitOk;
}

int printPodcasts(CommandContext& context, store::Database& db, const analytics::Period& period)
{
    int exitCode = kExitOk;
    const auto options = parseTopOptions(context, exitCode);
    if (!options) {
        return exitCode;
    }
    auto stats = analytics::querySpoken(db, period, options->metric, options->limit);
    if (!stats) {
        return context.fail(kExitFailure, stats.error().message);
    }
    if (context.args().has("--json")) {
        context.out() << Json{{"by", metricName(options->metric)},
                              {"podcast_ms", stats->podcastMs},
                              {"audiobook_ms", stats->audiobookMs},
                              {"episodes_finished", finishedJson(stats->finishedKnown, stats->episodesFinished)},
                              {"shows", spokenEntriesJson(stats->shows)},
                              {"books", spokenEntriesJson(stats->books)}}
                             .dump(2)
                      << '\n';
        return kExitOk;
    }
    auto& out = context.out();
    out << "podcasts            " << formatDuration(stats->podcastMs) << '\n'
        << "audiobooks          " << formatDuration(stats->audiobookMs) << '\n'
        << "episodes finished   "
        << (stats->finishedKnown ? groupThousands(stats->episodesFinished)
                                 : std::string("unknown (the export does not say how episodes ended)"))
        << '\n';
    printSpokenEntries(out, "Top shows", "show", "episodes", stats->shows);
    printSpokenEntries(out, "Top audiobooks", "book", "chapters", stats->books);
    return kExitOk;
}

} // namespace tunescope::cli
