#include "cli/QueryCommand.h"

#include "cli/InterruptStop.h"
#include "cli/TableOutput.h"

#include "query/Examples.h"
#include "query/QueryConsole.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <iostream>

namespace tunescope::cli {

const std::string_view kQueryHelp =
    R"(Usage: tunescope query "SQL" [--format table|csv|json] [--limit N]
       tunescope query --example NAME [--format table|csv|json] [--limit N]
       tunescope query --examples

Runs one SQL statement over the profile's database through a read-only connection: SELECT,
WITH, EXPLAIN and reading PRAGMAs (table_info, index_list, ...) work; anything that would write
(INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, ATTACH, VACUUM, setting a PRAGMA, load_extension)
is refused and changes nothing. Views make the common questions easy: v_plays (one row per play
with artist, track, album, local and UTC times), v_daily (music per local day), v_chart_entries
(every imported chart entry); docs/query-console.md describes every column. Days and hours are
those of --tz ZONE (default: the system's zone), as in the other commands.

  --format FORMAT  table (default), csv, or json ({"columns": [...], "rows": [[...]],
                   "truncated": false}; blobs as "<blob N bytes>")
  --limit N        at most N rows (default 1000; 0: all of them); when there are more, a note
                   says so on stderr
  --examples       list the ready-made queries
  --example NAME   run one of them
  SQL "-"          read the statement from stdin; SQL starting with "-" goes after "--"

Ctrl+C stops a long query.
Exit status: 0 done, 1 usage error, 3 the query failed, was refused or was stopped.
)";

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kDefaultLimit = 1000;

Json jsonValue(const query::QueryValue& value)
{
    struct Visitor {
        Json operator()(std::monostate) const { return Json(); }
        Json operator()(std::int64_t v) const { return Json(v); }
        Json operator()(double v) const { return Json(v); }
        Json operator()(const std::string& v) const { return Json(v); }
        Json operator()(const query::BlobValue& v) const { return Json(query::displayText(v)); }
    };
    return std::visit(Visitor{}, value);
}

void printJson(std::ostream& out, const query::QueryResult& result)
{
    Json rows = Json::array();
    for (const auto& row : result.rows) {
        Json cells = Json::array();
        for (const auto& value : row) {
            cells.push_back(jsonValue(value));
        }
        rows.push_back(std::move(cells));
    }
    const Json json = {{"columns", result.columns},
                       {"rows", std::move(rows)},
                       {"row_count", result.rows.size()},
                       {"truncated", result.truncated}};
    // Text from the user's files may hold invalid UTF-8: replace it rather than fail.
    out << json.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

TextTable textTable(const query::QueryResult& result, bool csv)
{
    TextTable table;
    table.header = result.columns;
    table.numeric.assign(result.columns.size(), true);
    for (const auto& row : result.rows) {
        std::vector<std::string> cells;
        cells.reserve(row.size());
        for (std::size_t c = 0; c < row.size(); ++c) {
            cells.push_back(csv ? query::csvText(row[c]) : query::displayText(row[c]));
            if (!query::isNumber(row[c]) && !query::isNull(row[c])) {
                table.numeric[c] = false;
            }
        }
        table.rows.push_back(std::move(cells));
    }
    return table;
}

int listExamples(CommandContext& context)
{
    const auto& examples = query::queryExamples();
    std::size_t width = 0;
    for (const auto& example : examples) {
        width = std::max(width, example.name.size());
    }
    for (const auto& example : examples) {
        context.out() << example.name << std::string(width + 2 - example.name.size(), ' ') << example.title << '\n';
    }
    context.out() << "\nRun one with: tunescope query --example NAME\n";
    return kExitOk;
}

std::string readStdin()
{
    std::string text;
    std::array<char, 4096> buffer{};
    while (std::cin.read(buffer.data(), buffer.size()) || std::cin.gcount() > 0) {
        text.append(buffer.data(), static_cast<std::size_t>(std::cin.gcount()));
    }
    return text;
}

// The statement to run: an example's, the argument, or stdin for "-". Empty after a usage error
// (exitCode says which).
std::string statementToRun(CommandContext& context, int& exitCode)
{
    const auto& args = context.args();
    if (const auto name = args.value("--example")) {
        if (!args.positional.empty()) {
            exitCode = context.fail(kExitUsage, "give either SQL or --example NAME, not both");
            return {};
        }
        const auto* example = query::findExample(*name);
        if (example == nullptr) {
            exitCode = context.fail(kExitUsage,
                                    "no example is called \"" + *name + "\"; 'tunescope query --examples' lists them");
            return {};
        }
        return std::string(example->sql);
    }
    if (args.positional.size() != 1) {
        exitCode = context.fail(kExitUsage, args.positional.empty()
                                                ? "query needs one SQL statement (in quotes) or --example NAME"
                                                : "query takes one SQL statement: put it in quotes");
        return {};
    }
    if (args.positional.front() == "-") {
        return readStdin();
    }
    return args.positional.front();
}

std::optional<std::size_t> parseLimit(const std::string& text)
{
    std::size_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value == 0 ? query::QueryOptions::kAllRows : value;
}

} // namespace

int runQuery(CommandContext& context)
{
    const auto& args = context.args();
    if (args.has("--examples")) {
        return listExamples(context);
    }
    const std::string format = args.value("--format").value_or("table");
    if (format != "table" && format != "csv" && format != "json") {
        return context.fail(kExitUsage, "--format must be table, csv or json, not \"" + format + "\"");
    }
    query::QueryOptions options;
    options.maxRows = kDefaultLimit;
    if (const auto text = args.value("--limit")) {
        const auto limit = parseLimit(*text);
        if (!limit) {
            return context.fail(kExitUsage, "--limit must be a whole number (0: no limit), not \"" + *text + "\"");
        }
        options.maxRows = *limit;
    }
    int exitCode = kExitOk;
    const std::string sql = statementToRun(context, exitCode);
    if (exitCode != kExitOk) {
        return exitCode;
    }
    // The profile's own connection creates and migrates the file (views included) and stays open
    // while the read-only one reads it.
    auto profile = context.openDatabase();
    if (!profile) {
        return context.fail(kExitFailure, profile.error().message);
    }
    const auto zone = context.timeZone();
    if (!zone) {
        return context.fail(kExitUsage, zone.error().message);
    }
    auto console = query::QueryConsole::openBeside(*profile, *zone);
    if (!console) {
        return context.fail(kExitFailure, console.error().message);
    }
    const InterruptStop interrupt;
    auto result = console->run(sql, options, interrupt.token());
    if (!result) {
        return context.fail(kExitFailure, result.error().message);
    }
    if (format == "json") {
        printJson(context.out(), *result);
    } else if (format == "csv") {
        textTable(*result, true).printCsv(context.out());
    } else {
        textTable(*result, false).printAligned(context.out());
        context.err() << result->rows.size() << (result->rows.size() == 1 ? " row" : " rows") << " in "
                      << result->elapsedMs << " ms\n";
    }
    if (result->truncated) {
        context.err() << "Only the first " << result->rows.size()
                      << " rows are shown; --limit N shows more (0: all).\n";
    }
    return kExitOk;
}

} // namespace tunescope::cli
