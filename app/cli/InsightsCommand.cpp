#include "cli/InsightsCommand.h"

#include "cli/TableOutput.h"

#include "analytics/Sessions.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace tunescope::cli {

const std::string_view kInsightsHelp =
    R"(Usage: tunescope insights sessions|streaks [--from DATE] [--to DATE] [--json]

  sessions   listening sessions in the range (a gap of more than 30 minutes between two music
             rows ends one): how many, the longest, the typical (median) length
  streaks    the longest run of days with music (a play of 30 s or more each day), and the
             longest run of days with one artist; days are local days in --tz

  --from DATE  first local day, YYYY-MM-DD (default: the beginning)
  --to DATE    last local day, inclusive (default: the end)
  --json       print a JSON object
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

} // namespace

int runInsights(CommandContext& context)
{
    const auto& args = context.args();
    const std::string what = args.positional.size() == 1 ? args.positional.front() : "";
    if (what != "sessions" && what != "streaks") {
        return context.fail(kExitUsage, "insights needs one of: sessions, streaks");
    }
    int exitCode = kExitOk;
    auto inputs = context.queryInputs(exitCode);
    if (!inputs) {
        return exitCode;
    }
    return what == "sessions" ? printSessions(context, inputs->db, inputs->period)
                              : printStreaks(context, inputs->db, inputs->period);
}

} // namespace tunescope::cli
