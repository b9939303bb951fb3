#include "cli/CompareCommand.h"

#include "cli/TableOutput.h"
#include "cli/TopOptions.h"

#include "analytics/Compare.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

namespace tunescope::cli {

const std::string_view kCompareHelp =
    R"(Usage: tunescope compare --a FROM..TO --b FROM..TO [--by plays|minutes] [--limit N] [--json]

Two periods side by side: music totals (listening time, plays, artists, tracks) with the change
from A to B, and B's top artists, tracks and albums with how each moved since A:
  ▲3     three places higher than in A (also from below A's top list)
  ▼2     two places lower
  =      the same place
  new    not played at all in A
  gone   in A's top list, not in B's (listed after B's top)

  --a FROM..TO         the first period: local days YYYY-MM-DD, inclusive; either side may be
                       empty for open (..2023-12-31 is everything up to the end of 2023)
  --b FROM..TO         the second period
  --by plays|minutes   rank by plays (default) or by listening time
  --limit N            how many of each top list (default 10)
  --json               print a JSON object: a and b (from, to, plays, ms_played, unique_tracks,
                       unique_artists), change (B relative to A, null when A is 0), and
                       artists, tracks, albums: {"top": [...], "gone": [...]} with rank_b, rank_a,
                       name, artist, status (new, up, down, same, gone), places_moved, plays_a,
                       plays_b, ms_played_a, ms_played_b
)";

namespace {

using Json = nlohmann::ordered_json;
using analytics::RankChange;
using analytics::RankStatus;

struct Side {
    analytics::DateRange range;
    analytics::Period period;
};

Json dateJson(const std::optional<CivilDate>& date)
{
    return date ? Json(formatCivilDate(*date)) : Json();
}

std::string spanText(const analytics::DateRange& range)
{
    if (!range.from && !range.to) {
        return "all time";
    }
    return (range.from ? formatCivilDate(*range.from) : "") + ".." + (range.to ? formatCivilDate(*range.to) : "");
}

Json totalsJson(const analytics::Totals& totals, const analytics::DateRange& range)
{
    return Json{{"from", dateJson(range.from)},
                {"to", dateJson(range.to)},
                {"plays", totals.plays},
                {"ms_played", totals.msPlayed},
                {"unique_tracks", totals.uniqueTracks},
                {"unique_artists", totals.uniqueArtists}};
}

Json changeJson(std::int64_t a, std::int64_t b)
{
    const auto change = analytics::relativeChange(a, b);
    return change ? Json(*change) : Json();
}

Json optionalRank(const std::optional<int>& rank)
{
    return rank ? Json(*rank) : Json();
}

Json rowsJson(const std::vector<RankChange>& rows, bool withArtist)
{
    Json list = Json::array();
    for (const auto& row : rows) {
        Json entry{{"rank_b", optionalRank(row.rankB)}, {"rank_a", optionalRank(row.rankA)}, {"name", row.name}};
        if (withArtist) {
            entry["artist"] = row.artist;
        }
        entry["status"] = analytics::rankStatusName(row.status);
        entry["places_moved"] = row.placesMoved();
        entry["plays_a"] = row.playsA;
        entry["plays_b"] = row.playsB;
        entry["ms_played_a"] = row.msPlayedA;
        entry["ms_played_b"] = row.msPlayedB;
        list.push_back(std::move(entry));
    }
    return list;
}

Json listJson(const analytics::RankedComparison& list, bool withArtist)
{
    return Json{{"top", rowsJson(list.top, withArtist)}, {"gone", rowsJson(list.gone, withArtist)}};
}

std::string changeText(std::int64_t a, std::int64_t b)
{
    const auto change = analytics::relativeChange(a, b);
    if (!change) {
        return "–";
    }
    char text[32];
    std::snprintf(text, sizeof text, "%+.0f%%", *change * 100.0);
    return std::string(text) == "-0%" || std::string(text) == "+0%" ? "0%" : text;
}

// ▲3, ▼2, =, new, gone: what the window's tables show too.
std::string marker(const RankChange& row)
{
    switch (row.status) {
    case RankStatus::New: return "new";
    case RankStatus::Gone: return "gone";
    case RankStatus::Same: return "=";
    case RankStatus::Up: return std::string("▲").append(std::to_string(row.placesMoved()));
    case RankStatus::Down: return std::string("▼").append(std::to_string(-row.placesMoved()));
    }
    return "";
}

void printTotals(std::ostream& out, const analytics::PeriodComparison& compared, const Side& a, const Side& b)
{
    TextTable table;
    table.header = {"", "A " + spanText(a.range), "B " + spanText(b.range), "change"};
    table.numeric = {false, true, true, true};
    const auto& ta = compared.a;
    const auto& tb = compared.b;
    table.rows.push_back({"listening time", formatDuration(ta.msPlayed), formatDuration(tb.msPlayed),
                          changeText(ta.msPlayed, tb.msPlayed)});
    table.rows.push_back({"plays", groupThousands(ta.plays), groupThousands(tb.plays), changeText(ta.plays, tb.plays)});
    table.rows.push_back({"artists", groupThousands(ta.uniqueArtists), groupThousands(tb.uniqueArtists),
                          changeText(ta.uniqueArtists, tb.uniqueArtists)});
    table.rows.push_back({"tracks", groupThousands(ta.uniqueTracks), groupThousands(tb.uniqueTracks),
                          changeText(ta.uniqueTracks, tb.uniqueTracks)});
    table.printAligned(out);
}

void printList(std::ostream& out, const char* title, const char* what, const analytics::RankedComparison& list,
               analytics::Metric metric, bool withArtist)
{
    out << '\n' << title << (metric == analytics::Metric::Plays ? " by plays" : " by listening time") << '\n';
    if (list.top.empty() && list.gone.empty()) {
        out << "No music plays in either period.\n";
        return;
    }
    const bool plays = metric == analytics::Metric::Plays;
    TextTable table;
    table.header = {"B", "A", "", what};
    table.numeric = {true, true, false, false};
    if (withArtist) {
        table.header.emplace_back("artist");
        table.numeric.push_back(false);
    }
    table.header.emplace_back(plays ? "plays A" : "min A");
    table.header.emplace_back(plays ? "plays B" : "min B");
    table.numeric.insert(table.numeric.end(), {true, true});
    auto rank = [](const std::optional<int>& r) { return r ? std::to_string(*r) : std::string("–"); };
    for (const auto* rows : {&list.top, &list.gone}) {
        for (const auto& row : *rows) {
            std::vector<std::string> cells = {rank(row.rankB), rank(row.rankA), marker(row), row.name};
            if (withArtist) {
                cells.push_back(row.artist);
            }
            cells.push_back(groupThousands(plays ? row.playsA : row.msPlayedA / 60'000));
            cells.push_back(groupThousands(plays ? row.playsB : row.msPlayedB / 60'000));
            table.rows.push_back(std::move(cells));
        }
    }
    table.printAligned(out);
}

} // namespace

Result<analytics::DateRange> parseDateSpan(const std::string& option, const std::string& text)
{
    const auto dots = text.find("..");
    if (dots == std::string::npos) {
        return makeError(ErrorCode::InvalidInput, option + " \"" + text +
                                                      "\" is not a period; use FROM..TO with dates YYYY-MM-DD "
                                                      "(either side may be empty)");
    }
    analytics::DateRange range;
    const std::string sides[] = {text.substr(0, dots), text.substr(dots + 2)};
    std::optional<CivilDate>* targets[] = {&range.from, &range.to};
    for (int i = 0; i < 2; ++i) {
        if (sides[i].empty()) {
            continue;
        }
        *targets[i] = parseCivilDate(sides[i]);
        if (!*targets[i]) {
            std::string message = option;
            message.append(" \"").append(text).append("\": \"").append(sides[i]).append(
                "\" is not a date; use YYYY-MM-DD");
            return makeError(ErrorCode::InvalidInput, message);
        }
    }
    if (range.from && range.to && *range.from > *range.to) {
        return makeError(ErrorCode::InvalidInput, option + " \"" + text + "\" ends before it begins");
    }
    return range;
}

int runCompare(CommandContext& context)
{
    const auto& args = context.args();
    if (!args.positional.empty()) {
        return context.fail(kExitUsage, "compare takes no words, only options: --a FROM..TO --b FROM..TO");
    }
    int exitCode = kExitOk;
    const auto options = parseTopOptions(context, exitCode);
    if (!options) {
        return exitCode;
    }
    auto zone = context.timeZone();
    if (!zone) {
        return context.fail(kExitUsage, zone.error().message);
    }
    Side sides[2];
    for (int i = 0; i < 2; ++i) {
        const std::string option = i == 0 ? "--a" : "--b";
        const auto text = args.value(option);
        if (!text) {
            return context.fail(
                kExitUsage, std::string("compare needs ").append(option).append(" FROM..TO (and the other period)"));
        }
        auto range = parseDateSpan(option, *text);
        if (!range) {
            return context.fail(kExitUsage, range.error().message);
        }
        sides[i] = Side{*range, analytics::resolvePeriod(*range, *zone)};
    }
    auto db = context.openDatabase();
    if (!db) {
        return context.fail(kExitFailure, db.error().message);
    }
    const auto metric = options->metric;
    auto compared = analytics::queryComparison(*db, sides[0].period, sides[1].period, metric, options->limit);
    if (!compared) {
        return context.fail(kExitFailure, compared.error().message);
    }
    if (args.has("--json")) {
        const auto& a = compared->a;
        const auto& b = compared->b;
        Json json{{"metric", metric == analytics::Metric::Plays ? "plays" : "minutes"},
                  {"a", totalsJson(a, sides[0].range)},
                  {"b", totalsJson(b, sides[1].range)},
                  {"change",
                   {{"plays", changeJson(a.plays, b.plays)},
                    {"ms_played", changeJson(a.msPlayed, b.msPlayed)},
                    {"unique_tracks", changeJson(a.uniqueTracks, b.uniqueTracks)},
                    {"unique_artists", changeJson(a.uniqueArtists, b.uniqueArtists)}}},
                  {"artists", listJson(compared->artists, false)},
                  {"tracks", listJson(compared->tracks, true)},
                  {"albums", listJson(compared->albums, true)}};
        context.out() << json.dump(2) << '\n';
        return kExitOk;
    }
    auto& out = context.out();
    printTotals(out, *compared, sides[0], sides[1]);
    printList(out, "Top artists", "artist", compared->artists, metric, false);
    printList(out, "Top tracks", "track", compared->tracks, metric, true);
    printList(out, "Top albums", "album", compared->albums, metric, true);
    return kExitOk;
}

} // namespace tunescope::cli
