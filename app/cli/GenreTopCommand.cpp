#include "cli/TableOutput.h"
#include "cli/TopOptions.h"

#include "analytics/GenreStats.h"

#include <cmath>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

namespace tunescope::cli {
namespace {

std::string percent(double share)
{
    std::ostringstream out;
    out << std::fixed << std::setprecision(1) << share * 100.0 << '%';
    return out.str();
}

std::string fraction(double share)
{
    std::ostringstream out;
    out << std::fixed << std::setprecision(4) << share;
    return out.str();
}

std::string coverageLine(const analytics::GenreCoverage& coverage)
{
    return "Genres known for " + percent(coverage.fraction(analytics::Metric::Minutes)) + " of listening time (" +
           percent(coverage.fraction(analytics::Metric::Plays)) + " of plays).";
}

constexpr const char* kNoGenres = "No genres known yet: 'tunescope enrich genres' looks them up on MusicBrainz "
                                  "(about one artist a second, most listened first).";

void printJson(std::ostream& out, const analytics::GenreOverview& genres)
{
    const auto& c = genres.coverage;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& e : genres.top) {
        list.push_back({{"rank", e.rank},
                        {"name", e.name},
                        {"plays", std::round(e.plays * 100) / 100},
                        {"ms_played", std::llround(e.msPlayed)},
                        {"minutes", std::llround(e.msPlayed / 60'000)},
                        {"share", e.share}});
    }
    const nlohmann::ordered_json document = {{"coverage",
                                              {{"known_plays", c.knownPlays},
                                               {"total_plays", c.totalPlays},
                                               {"known_ms", c.knownMs},
                                               {"total_ms", c.totalMs}}},
                                             {"genres", std::move(list)}};
    out << document.dump(2) << '\n';
}

} // namespace

int runTopGenres(CommandContext& context, const TopOptions& options)
{
    int exitCode = kExitOk;
    auto inputs = context.queryInputs(exitCode);
    if (!inputs) {
        return exitCode;
    }
    analytics::GenreRequest request;
    request.period = inputs->period;
    request.metric = options.metric;
    request.topLimit = options.limit;
    request.overTimeSeries = 0; // not shown here
    auto genres = analytics::queryGenreOverview(inputs->db, request);
    if (!genres) {
        return context.fail(kExitFailure, genres.error().message);
    }
    if (options.format == "json") {
        printJson(context.out(), *genres);
        return kExitOk;
    }
    const bool csv = options.format == "csv";
    TextTable table;
    table.header = {"rank", "genre", "plays", "minutes", "share"};
    table.numeric = {true, false, true, true, true};
    for (const auto& e : genres->top) {
        const auto plays = std::llround(e.plays);
        const auto minutes = std::llround(e.msPlayed / 60'000);
        table.rows.push_back({std::to_string(e.rank), e.name, csv ? std::to_string(plays) : groupThousands(plays),
                              csv ? std::to_string(minutes) : groupThousands(minutes),
                              csv ? fraction(e.share) : percent(e.share)});
    }
    if (csv) {
        table.printCsv(context.out());
        // CSV stays a table; the note goes where people read, not where programs parse.
        context.err() << (genres->anyGenresStored ? coverageLine(genres->coverage) : kNoGenres) << '\n';
        return kExitOk;
    }
    if (!genres->anyGenresStored) {
        context.out() << kNoGenres << '\n';
    } else if (table.rows.empty()) {
        context.out() << "No music with known genres in this range.\n" << coverageLine(genres->coverage) << '\n';
    } else {
        table.printAligned(context.out());
        context.out() << '\n' << coverageLine(genres->coverage) << '\n';
    }
    return kExitOk;
}

} // namespace tunescope::cli
