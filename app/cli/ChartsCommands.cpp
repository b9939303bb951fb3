#include "cli/ChartsCommands.h"

#include "cli/FileProgress.h"
#include "cli/InterruptStop.h"
#include "cli/TableOutput.h"

#include "analytics/ChartStats.h"
#include "ingest/ChartImport.h"
#include "ingest/ChartRegions.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>

namespace tunescope::cli {

const std::string_view kChartsHelp =
    R"(Usage: tunescope charts import FILE_OR_DIR... [--region R] [--period daily|weekly] [--date D]
                        [--kind top200|viral50] [--json]
       tunescope charts list [--json]
       tunescope charts kpis --region R --period daily|weekly --date D [--kind K] [--json]
       tunescope charts track ID_OR_TITLE --region R [--period P] [--kind K] [--json]

Spotify's public chart files, kept in the profile next to your listening.

  import   reads chart CSVs: spotifycharts.com files (regional-global-daily-2017-01-01.csv),
           charts.spotify.com downloads (regional-us-weekly-2023-01-05.csv) and aggregated
           datasets with region and date columns (the Kaggle "Spotify Charts" files). Folders are
           searched for .csv files. Region, period and date come from the file name; when the
           name does not say, give them (--region us|"United States", --period, --date
           YYYY-MM-DD; aggregated datasets need --period). Each file goes in whole or not at all;
           importing it again adds nothing.
  list     every imported chart: region, period, kind, date, entries
  kpis     total streams, entries, unique artists, average streams per song and the top song
  track    a song's rank and streams on every imported chart of the region (a Spotify track id,
           URI or link, or the start of its title)

Exit status: 0 done, 1 usage error, 2 some files were rejected, 3 other failure.
)";

namespace {

using Json = nlohmann::ordered_json;
using ingest::ChartIdentity;

struct ChartChoice {
    std::optional<std::string> region;
    std::optional<ingest::ChartPeriod> period;
    std::optional<CivilDate> date;
    ingest::ChartKind kind = ingest::ChartKind::Top200;
    bool kindGiven = false;
};

// --region/--period/--date/--kind as given; the message names the option at fault.
Result<ChartChoice> readChoice(const Arguments& args)
{
    ChartChoice choice;
    if (const auto text = args.value("--region")) {
        choice.region = ingest::regionCode(*text);
        if (!choice.region) {
            return makeError(ErrorCode::InvalidInput, "--region \"" + *text +
                                                          "\" is not a chart region (a code like us or global, or a "
                                                          "country name)");
        }
    }
    if (const auto text = args.value("--period")) {
        choice.period = ingest::parseChartPeriod(*text);
        if (!choice.period) {
            return makeError(ErrorCode::InvalidInput, "--period must be daily or weekly, not \"" + *text + "\"");
        }
    }
    if (const auto text = args.value("--date")) {
        choice.date = parseCivilDate(*text);
        if (!choice.date) {
            return makeError(ErrorCode::InvalidInput, "--date \"" + *text + "\" is not a date; use YYYY-MM-DD");
        }
    }
    if (const auto text = args.value("--kind")) {
        const auto kind = ingest::parseChartKind(*text);
        if (!kind) {
            return makeError(ErrorCode::InvalidInput, "--kind must be top200 or viral50, not \"" + *text + "\"");
        }
        choice.kind = *kind;
        choice.kindGiven = true;
    }
    return choice;
}

std::string chartName(const ChartIdentity& chart)
{
    return ingest::regionDisplayName(chart.region) + " " + std::string(ingest::chartPeriodName(chart.period)) + " " +
           std::string(ingest::chartKindName(chart.kind)) + " " + formatCivilDate(chart.date);
}

Json optionalJson(const std::optional<std::int64_t>& value)
{
    return value ? Json(*value) : Json();
}

std::string optionalCell(const std::optional<std::int64_t>& value)
{
    return value ? groupThousands(*value) : std::string("-");
}

int runImportCharts(CommandContext& context, const ChartChoice& choice)
{
    const auto& args = context.args();
    if (args.positional.size() < 2) {
        return context.fail(kExitUsage, "charts import needs at least one file or folder");
    }
    if (args.demo) {
        return context.fail(kExitUsage, "the demo profile is read-only; drop --demo to import into your own profile");
    }
    auto db = context.openDatabase();
    if (!db) {
        return context.fail(kExitFailure, db.error().message);
    }
    ingest::ChartImportOptions options;
    options.region = args.value("--region");
    options.period = choice.period;
    options.date = choice.date;
    if (choice.kindGiven) {
        options.kind = choice.kind;
    }
    options.onProgress = fileProgressLine<ingest::ChartImportProgress>(context.err());
    const std::vector<std::filesystem::path> paths(args.positional.begin() + 1, args.positional.end());
    const InterruptStop interrupt; // Ctrl+C: the file in progress is rolled back, finished ones stay
    const auto report = ingest::importCharts(*db, paths, options, interrupt.token());
    if (args.has("--json")) {
        Json files = Json::array();
        for (const auto& f : report.files) {
            Json file = {
                {"name", f.name},           {"outcome", ingest::outcomeName(f.outcome)}, {"format", f.format},
                {"rows_read", f.rowsRead},  {"entries_added", f.entriesAdded},           {"duplicates", f.duplicates},
                {"charts", f.chartsTouched}};
            if (!f.error.empty()) {
                file["error"] = f.error;
            }
            files.push_back(std::move(file));
        }
        context.out() << jsonText(Json{
                             {"files", files},
                             {"totals", {{"rows_read", report.totalRows()}, {"entries_added", report.totalAdded()}}}})
                      << '\n';
    } else {
        for (const auto& f : report.files) {
            context.out() << ingest::outcomeName(f.outcome) << "  " << f.name;
            if (f.outcome != ingest::FileReport::Outcome::Imported) {
                context.out() << "\n    " << f.error << '\n';
                continue;
            }
            context.out() << "  [" << f.format << "]\n    " << groupThousands(static_cast<long long>(f.rowsRead))
                          << " rows, " << groupThousands(static_cast<long long>(f.entriesAdded)) << " entries added, "
                          << groupThousands(static_cast<long long>(f.duplicates)) << " already known, "
                          << f.chartsTouched << (f.chartsTouched == 1 ? " chart\n" : " charts\n");
        }
        context.out() << groupThousands(static_cast<long long>(report.totalAdded())) << " chart entries added.\n";
        if (report.cancelled) {
            context.out() << "Import cancelled: the file in progress was left out; run the same command again to "
                             "finish.\n";
        }
    }
    return report.anyRejected() ? kExitRejectedFiles : report.cancelled ? kExitFailure : kExitOk;
}

int runListCharts(CommandContext& context, store::Database& db)
{
    auto charts = analytics::listCharts(db);
    if (!charts) {
        return context.fail(kExitFailure, charts.error().message);
    }
    if (context.args().has("--json")) {
        Json list = Json::array();
        for (const auto& c : *charts) {
            list.push_back({{"region", c.identity.region},
                            {"period", ingest::chartPeriodName(c.identity.period)},
                            {"kind", ingest::chartKindName(c.identity.kind)},
                            {"date", formatCivilDate(c.identity.date)},
                            {"entries", c.entries}});
        }
        context.out() << list.dump(2) << '\n';
        return kExitOk;
    }
    if (charts->empty()) {
        context.out() << "No charts imported yet: tunescope charts import FILE_OR_DIR...\n";
        return kExitOk;
    }
    TextTable table;
    table.header = {"region", "period", "kind", "date", "entries"};
    table.numeric = {false, false, false, false, true};
    for (const auto& c : *charts) {
        table.rows.push_back({c.identity.region, std::string(ingest::chartPeriodName(c.identity.period)),
                              std::string(ingest::chartKindName(c.identity.kind)), formatCivilDate(c.identity.date),
                              std::to_string(c.entries)});
    }
    table.printAligned(context.out());
    return kExitOk;
}

int runChartKpis(CommandContext& context, store::Database& db, const ChartChoice& choice)
{
    if (!choice.region || !choice.period || !choice.date) {
        return context.fail(kExitUsage, "charts kpis needs --region, --period and --date");
    }
    const ChartIdentity chart{*choice.region, *choice.period, choice.kind, *choice.date};
    auto kpis = analytics::chartKpis(db, chart);
    if (!kpis) {
        return context.fail(kpis.error().code == ErrorCode::NotFound ? kExitUsage : kExitFailure, kpis.error().message);
    }
    const auto& top = *kpis->topSong;
    if (context.args().has("--json")) {
        context.out() << Json{{"region", chart.region},
                              {"period", ingest::chartPeriodName(chart.period)},
                              {"kind", ingest::chartKindName(chart.kind)},
                              {"date", formatCivilDate(chart.date)},
                              {"total_streams", kpis->totalStreams},
                              {"entries", kpis->entries},
                              {"unique_artists", kpis->uniqueArtists},
                              {"avg_streams_per_song", kpis->averageStreamsPerSong},
                              {"top_song",
                               {{"track", top.song.title},
                                {"artists", top.song.artists},
                                {"streams", optionalJson(top.streams)}}}}
                             .dump(2)
                      << '\n';
        return kExitOk;
    }
    auto& out = context.out();
    out << chartName(chart) << '\n'
        << "  total streams          " << groupThousands(kpis->totalStreams) << '\n'
        << "  entries                " << kpis->entries << '\n'
        << "  unique artists         " << kpis->uniqueArtists << '\n'
        << "  avg streams per song   " << groupThousands(std::llround(kpis->averageStreamsPerSong)) << '\n'
        << "  top song               " << top.song.title << " - " << top.song.artists << " ("
        << optionalCell(top.streams) << " streams)\n";
    return kExitOk;
}

int runChartTrack(CommandContext& context, store::Database& db, const ChartChoice& choice)
{
    const auto& args = context.args();
    if (args.positional.size() != 2 || !choice.region) {
        return context.fail(kExitUsage, "charts track needs one track id or title and --region");
    }
    auto songs = analytics::findChartSongs(db, args.positional[1], *choice.region);
    if (!songs) {
        return context.fail(kExitFailure, songs.error().message);
    }
    if (songs->empty()) {
        return context.fail(kExitUsage, "no imported chart of " + ingest::regionDisplayName(*choice.region) +
                                            " names \"" + args.positional[1] + "\"");
    }
    const auto& song = songs->front();
    Json periods = Json::array();
    std::ostringstream text;
    for (const auto period : {ingest::ChartPeriod::Daily, ingest::ChartPeriod::Weekly}) {
        if (choice.period && *choice.period != period) {
            continue;
        }
        auto points =
            analytics::songTrajectory(db, song.trackId, analytics::ChartScope{*choice.region, period, choice.kind});
        if (!points) {
            return context.fail(kExitFailure, points.error().message);
        }
        if (points->empty()) {
            continue;
        }
        Json list = Json::array();
        TextTable table;
        table.header = {"date", "rank", "streams"};
        table.numeric = {false, true, true};
        for (const auto& p : *points) {
            list.push_back({{"date", formatCivilDate(p.date)},
                            {"rank", optionalJson(p.rank)},
                            {"streams", optionalJson(p.streams)}});
            table.rows.push_back(
                {formatCivilDate(p.date), p.rank ? std::to_string(*p.rank) : "-", optionalCell(p.streams)});
        }
        periods.push_back({{"period", ingest::chartPeriodName(period)}, {"points", list}});
        text << ingest::chartPeriodName(period) << ":\n";
        table.printAligned(text);
    }
    if (args.has("--json")) {
        context.out() << Json{{"track", song.title},
                              {"artists", song.artists},
                              {"spotify_id", song.spotifyId ? Json(*song.spotifyId) : Json()},
                              {"region", *choice.region},
                              {"kind", ingest::chartKindName(choice.kind)},
                              {"periods", periods}}
                             .dump(2)
                      << '\n';
        return kExitOk;
    }
    context.out() << song.title << " - " << song.artists << " in " << ingest::regionDisplayName(*choice.region) << '\n';
    if (periods.empty()) {
        context.out() << "Not on any imported " << ingest::chartKindName(choice.kind) << " chart of this region.\n";
    }
    context.out() << text.str();
    if (songs->size() > 1) {
        context.out() << songs->size() - 1 << " other song(s) match \"" << args.positional[1]
                      << "\"; give a Spotify track id to choose.\n";
    }
    return kExitOk;
}

} // namespace

int runCharts(CommandContext& context)
{
    const auto& args = context.args();
    const std::string what = args.positional.empty() ? "" : args.positional.front();
    auto choice = readChoice(args);
    if (!choice) {
        return context.fail(kExitUsage, choice.error().message);
    }
    if (what == "import") {
        return runImportCharts(context, *choice);
    }
    if (what != "list" && what != "kpis" && what != "track") {
        return context.fail(kExitUsage, "charts needs one of: import, list, kpis, track");
    }
    auto db = context.openDatabase();
    if (!db) {
        return context.fail(kExitFailure, db.error().message);
    }
    if (what == "list") {
        return runListCharts(context, *db);
    }
    if (what == "kpis") {
        return runChartKpis(context, *db, *choice);
    }
    return runChartTrack(context, *db, *choice);
}

} // namespace tunescope::cli
