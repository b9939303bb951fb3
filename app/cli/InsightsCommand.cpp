#include "cli/InsightsCommand.h"

#include "cli/InsightsDiscovery.h"
#include "cli/InsightsPlaces.h"
#include "cli/TableOutput.h"

#include "analytics/Sessions.h"
#include "analytics/Skips.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>

namespace tunescope::cli {

const std::string_view kInsightsHelp =
    R"(Usage: tunescope insights KIND [--from DATE] [--to DATE] [--by plays|minutes] [--limit N] [--json]

  sessions   listening sessions in the range (a gap of more than 30 minutes between two music
             rows ends one): how many, the longest, the typical (median) length
  streaks    the longest run of days with music (a play of 30 s or more each day), and the
             longest run of days with one artist; days are local days in --tz
  skips      the skip rate (a music row under 30 s, or one the export marks as skipped or ended
             with the next button), the most skipped artists and tracks, favourites never
             skipped, by hour and platform, and how much was on shuffle or offline
  discovery  new artists and tracks per month (first played ever, a play of 30 s or more), the
             share of listening that was new music (a track first played that same month), the
             top new artists of the range, and artists that faded out (20 plays or more, none
             in the 6 months before the range's end or the last play)
  podcasts   top podcast shows and audiobooks, listening time, episodes played and finished
             (ended on their own; unknown when the export does not say how a row ended)
  countries  listening by the country it happened in (the export's conn_country)
  platforms  listening by kind of device (phone, tablet, desktop, web player, speaker, TV, car,
             games console, watch), read from the export's platform strings

  --from DATE  first local day, YYYY-MM-DD (default: the beginning)
  --to DATE    last local day, inclusive (default: the end)
  --by plays|minutes  discovery, podcasts: rank and share by plays (default) or listening time
  --limit N    discovery, podcasts: how many artists, shows and books to list (default 10)
  --json       print JSON
Hours and days are in --tz, or with --travel-aware in the country each play happened in.
)";

namespace {

using Json = nlohmann::ordered_json;

std::string localDateTime(UtcMs instant, const TimeZone& zone)
{
    const auto local = instant + zone.offsetMsAt(instant);
    const auto day = floorDiv(local, kMsPerDay);
    const auto minutes = (local - day * kMsPerDay) / 60'000;
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d:%02d", static_cast<int>(minutes / 60), static_cast<int>(minutes % 60));
    return formatCivilDate(civilFromDays(day)) + " " + clock;
}

Json streakJson(const analytics::Streak& streak)
{
    if (streak.days == 0) {
        return Json{{"days", 0}};
    }
    return Json{{"days", streak.days}, {"from", formatCivilDate(streak.first)}, {"to", formatCivilDate(streak.last)}};
}

std::string streakText(const analytics::Streak& streak)
{
    if (streak.days == 0) {
        return "none";
    }
    return std::to_string(streak.days) + (streak.days == 1 ? " day (" : " days (") + formatCivilDate(streak.first) +
           " to " + formatCivilDate(streak.last) + ")";
}

int printSessions(CommandContext& context, store::Database& db, const analytics::Period& period)
{
    auto stats = analytics::querySessions(db, period);
    if (!stats) {
        return context.fail(kExitFailure, stats.error().message);
    }
    if (context.args().has("--json")) {
        Json json{{"sessions", stats->count}, {"median_ms", stats->medianMs}};
        json["longest"] = stats->count == 0 ? Json()
                                            : Json{{"start", formatIsoUtc(stats->longest.start)},
                                                   {"end", formatIsoUtc(stats->longest.end)},
                                                   {"ms", stats->longest.lengthMs()},
                                                   {"rows", stats->longest.rows}};
        context.out() << json.dump(2) << '\n';
        return kExitOk;
    }
    auto& out = context.out();
    out << "sessions          " << groupThousands(static_cast<long long>(stats->count)) << '\n';
    if (stats->count > 0) {
        out << "typical length    " << formatDuration(stats->medianMs) << '\n'
            << "longest           " << formatDuration(stats->longest.lengthMs()) << ", from "
            << localDateTime(stats->longest.start, period.zone) << " (" << stats->longest.rows << " tracks)\n";
    }
    return kExitOk;
}

int printStreaks(CommandContext& context, store::Database& db, const analytics::Period& period)
{
    auto stats = analytics::queryStreaks(db, period);
    if (!stats) {
        return context.fail(kExitFailure, stats.error().message);
    }
    if (context.args().has("--json")) {
        Json artist = streakJson(stats->artist);
        if (stats->artist.days > 0) {
            artist["artist"] = stats->artistName;
        }
        context.out() << Json{{"listening", streakJson(stats->listening)}, {"artist", artist}}.dump(2) << '\n';
        return kExitOk;
    }
    context.out() << "listening every day   " << streakText(stats->listening) << '\n'
                  << "one artist every day  " << streakText(stats->artist)
                  << (stats->artist.days > 0 ? ": " + stats->artistName : std::string()) << '\n';
    return kExitOk;
}

Json skipEntriesJson(const std::vector<analytics::SkipEntry>& entries)
{
    Json list = Json::array();
    for (const auto& e : entries) {
        Json row{{"name", e.name}};
        if (!e.artist.empty()) {
            row["artist"] = e.artist;
        }
        row["rows"] = e.count.rows;
        row["skipped"] = e.count.skipped;
        row["skip_rate"] = e.count.rate();
        list.push_back(std::move(row));
    }
    return list;
}

void printSkipEntries(std::ostream& out, const char* title, const std::vector<analytics::SkipEntry>& entries)
{
    if (entries.empty()) {
        return;
    }
    out << '\n' << title << '\n';
    TextTable table;
    table.header = {"name", "rows", "skipped", "rate"};
    table.numeric = {false, true, true, true};
    for (const auto& e : entries) {
        table.rows.push_back({e.artist.empty() ? e.name : e.name + " - " + e.artist, std::to_string(e.count.rows),
                              std::to_string(e.count.skipped), formatPercent(e.count.rate())});
    }
    table.printAligned(out);
}

int printSkips(CommandContext& context, store::Database& db, const analytics::Period& period)
{
    auto stats = analytics::querySkips(db, period);
    if (!stats) {
        return context.fail(kExitFailure, stats.error().message);
    }
    if (context.args().has("--json")) {
        Json hours = Json::array();
        for (const auto& h : stats->byHour) {
            hours.push_back({{"rows", h.rows}, {"skipped", h.skipped}});
        }
        Json flags = stats->rowsWithFlags == 0 ? Json()
                                               : Json{{"rows", stats->rowsWithFlags},
                                                      {"shuffle_share", stats->shuffleShare},
                                                      {"offline_share", stats->offlineShare}};
        context.out() << Json{{"rows", stats->overall.rows},
                              {"skipped", stats->overall.skipped},
                              {"skip_rate", stats->overall.rate()},
                              {"by_hour", hours},
                              {"by_platform", skipEntriesJson(stats->byPlatform)},
                              {"most_skipped_artists", skipEntriesJson(stats->mostSkippedArtists)},
                              {"most_skipped_tracks", skipEntriesJson(stats->mostSkippedTracks)},
                              {"never_skipped_favourites", skipEntriesJson(stats->neverSkippedFavourites)},
                              {"flags", flags}}
                             .dump(2)
                      << '\n';
        return kExitOk;
    }
    auto& out = context.out();
    out << "skip rate         " << formatPercent(stats->overall.rate()) << " of " << groupThousands(stats->overall.rows)
        << " music rows\n";
    if (stats->rowsWithFlags > 0) {
        out << "on shuffle        " << formatPercent(stats->shuffleShare) << "\noffline           "
            << formatPercent(stats->offlineShare) << "   (of " << groupThousands(stats->rowsWithFlags)
            << " rows whose export says)\n";
    }
    printSkipEntries(out, "Most skipped artists", stats->mostSkippedArtists);
    printSkipEntries(out, "Most skipped tracks", stats->mostSkippedTracks);
    printSkipEntries(out, "Favourites never skipped", stats->neverSkippedFavourites);
    printSkipEntries(out, "By platform", stats->byPlatform);
    return kExitOk;
}

} // namespace

int runInsights(CommandContext& context)
{
    using Printer = int (*)(CommandContext&, store::Database&, const analytics::Period&);
    static const std::array<std::pair<std::string_view, Printer>, 7> kinds = {{
        {"sessions", printSessions},
        {"streaks", printStreaks},
        {"skips", printSkips},
        {"discovery", printDiscovery},
        {"podcasts", printPodcasts},
        {"countries", printCountries},
        {"platforms", printPlatforms},
    }};
    const auto& args = context.args();
    const std::string what = args.positional.size() == 1 ? args.positional.front() : "";
    const auto* kind = std::find_if(kinds.begin(), kinds.end(), [&what](const auto& k) { return k.first == what; });
    if (kind == kinds.end()) {
        std::string names;
        for (const auto& k : kinds) {
            names.append(names.empty() ? "" : ", ").append(k.first);
        }
        return context.fail(kExitUsage, "insights needs one of: " + names);
    }
    int exitCode = kExitOk;
    auto inputs = context.queryInputs(exitCode);
    if (!inputs) {
        return exitCode;
    }
    return kind->second(context, inputs->db, inputs->period);
}

} // namespace tunescope::cli
