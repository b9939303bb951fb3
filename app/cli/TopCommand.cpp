#include "cli/Commands.h"
#include "cli/TableOutput.h"
#include "cli/TopOptions.h"

#include "analytics/Overview.h"

#include <charconv>
#include <nlohmann/json.hpp>

namespace tunescope::cli {

std::optional<TopOptions> parseTopOptions(CommandContext& context, int& exitCode)
{
    const auto& args = context.args();
    TopOptions options;
    const std::string by = args.value("--by").value_or("plays");
    if (by != "plays" && by != "minutes") {
        exitCode = context.fail(kExitUsage, "--by must be plays or minutes, not \"" + by + "\"");
        return std::nullopt;
    }
    options.metric = by == "plays" ? analytics::Metric::Plays : analytics::Metric::Minutes;
    options.format = args.value("--format").value_or("table");
    if (options.format != "table" && options.format != "csv" && options.format != "json") {
        exitCode = context.fail(kExitUsage, "--format must be table, csv or json, not \"" + options.format + "\"");
        return std::nullopt;
    }
    if (const auto text = args.value("--limit")) {
        const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), options.limit);
        if (ec != std::errc() || end != text->data() + text->size() || options.limit == 0 || options.limit > 100'000) {
            exitCode =
                context.fail(kExitUsage, "--limit must be a whole number from 1 to 100000, not \"" + *text + "\"");
            return std::nullopt;
        }
    }
    return options;
}

int runTop(CommandContext& context)
{
    const auto& args = context.args();
    if (args.positional.size() != 1) {
        return context.fail(kExitUsage, "top needs one of: artists, tracks, albums, genres");
    }
    int exitCode = kExitOk;
    const auto options = parseTopOptions(context, exitCode);
    if (!options) {
        return exitCode;
    }
    const std::string& what = args.positional.front();
    analytics::TopKind kind{};
    if (what == "artists") {
        kind = analytics::TopKind::Artists;
    } else if (what == "tracks") {
        kind = analytics::TopKind::Tracks;
    } else if (what == "albums") {
        kind = analytics::TopKind::Albums;
    } else if (what == "genres") {
        return runTopGenres(context, *options);
    } else {
        return context.fail(kExitUsage, "top: \"" + what + "\" is not one of artists, tracks, albums, genres");
    }
    const std::string& format = options->format;
    const std::size_t limit = options->limit;
    auto inputs = context.queryInputs(exitCode);
    if (!inputs) {
        return exitCode;
    }
    const auto metric = options->metric;
    auto top = analytics::queryTop(inputs->db, kind, metric, inputs->period, limit);
    if (!top) {
        return context.fail(kExitFailure, top.error().message);
    }
    const bool withArtist = kind != analytics::TopKind::Artists;
    if (format == "json") {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& e : *top) {
            nlohmann::ordered_json row = {{"rank", e.rank}, {"name", e.name}};
            if (withArtist) {
                row["artist"] = e.artist;
            }
            row["plays"] = e.plays;
            row["ms_played"] = e.msPlayed;
            row["minutes"] = e.msPlayed / 60'000;
            list.push_back(std::move(row));
        }
        context.out() << list.dump(2) << '\n';
        return kExitOk;
    }
    TextTable table;
    table.header = {"rank", kind == analytics::TopKind::Artists  ? "artist"
                            : kind == analytics::TopKind::Tracks ? "track"
                                                                 : "album"};
    table.numeric = {true, false};
    if (withArtist) {
        table.header.emplace_back("artist");
        table.numeric.push_back(false);
    }
    for (const char* column : {"plays", "minutes"}) {
        table.header.emplace_back(column);
        table.numeric.push_back(true);
    }
    const bool csv = format == "csv";
    for (const auto& e : *top) {
        std::vector<std::string> row = {std::to_string(e.rank), e.name};
        if (withArtist) {
            row.push_back(e.artist);
        }
        row.push_back(csv ? std::to_string(e.plays) : groupThousands(e.plays));
        row.push_back(csv ? std::to_string(e.msPlayed / 60'000) : groupThousands(e.msPlayed / 60'000));
        table.rows.push_back(std::move(row));
    }
    if (csv) {
        table.header.back() = "minutes";
        table.header.emplace_back("ms_played");
        for (std::size_t i = 0; i < table.rows.size(); ++i) {
            table.rows[i].push_back(std::to_string((*top)[i].msPlayed));
        }
        table.printCsv(context.out());
    } else if (table.rows.empty()) {
        context.out() << "No music plays in this range.\n";
    } else {
        table.printAligned(context.out());
    }
    return kExitOk;
}

} // namespace tunescope::cli
