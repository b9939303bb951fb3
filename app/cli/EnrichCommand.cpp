// tunescope enrich genres: genres of the history's artists from Spotify's data and MusicBrainz.
#include "cli/EnrichCommand.h"

#include "cli/InterruptStop.h"

#include "enrich/GenreEnrichment.h"
#include "enrich/MusicBrainzAccess.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <unistd.h>

namespace tunescope::cli {
namespace {

void printSummary(std::ostream& out, const enrich::GenreEnrichmentSummary& summary)
{
    out << "Genres looked up for " << summary.lookedUp << " of " << summary.due
        << " artists (MusicBrainz: " << summary.requests << " requests).\n"
        << "  Found: " << summary.found;
    if (summary.fromSpotify > 0) {
        out << " (" << summary.fromSpotify << " from Spotify's own data)";
    }
    out << "\n  None found: " << summary.none
        << "\n  Name shared by several artists, not guessed: " << summary.ambiguous << '\n';
}

nlohmann::ordered_json summaryJson(const enrich::GenreEnrichmentSummary& summary)
{
    return {{"due", summary.due},
            {"looked_up", summary.lookedUp},
            {"found", summary.found},
            {"from_spotify", summary.fromSpotify},
            {"none", summary.none},
            {"ambiguous", summary.ambiguous},
            {"requests", summary.requests},
            {"remaining", summary.due - summary.lookedUp},
            {"stopped_early", summary.stoppedEarly},
            {"error", summary.error ? nlohmann::ordered_json(summary.error->message) : nlohmann::ordered_json()}};
}

} // namespace

int runEnrich(CommandContext& context)
{
    const auto& args = context.args();
    if (args.positional.size() != 1 || args.positional[0] != "genres") {
        return context.fail(kExitUsage, "enrich needs what to look up: tunescope enrich genres");
    }
    enrich::GenreEnrichmentOptions options;
    if (const auto text = args.value("--limit")) {
        std::size_t limit = 0;
        const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), limit);
        if (ec != std::errc() || end != text->data() + text->size() || limit == 0) {
            return context.fail(kExitUsage, "--limit is a whole number of artists, 1 or more, not \"" + *text + "\"");
        }
        options.limit = limit;
    }
    if (args.demo) {
        return context.fail(kExitUsage, "the demo profile's artists are made up: there are no genres to look up. "
                                        "Run it on your own profile (without --demo).");
    }
    auto db = context.openDatabase();
    if (!db) {
        return context.fail(kExitFailure, db.error().message);
    }
    auto musicBrainz = enrich::openMusicBrainz(context.profileLocation());
    if (!musicBrainz) {
        return context.fail(kExitUsage, musicBrainz.error().message);
    }
    const bool json = args.has("--json");
    const bool showProgress = !args.has("--quiet") && isatty(STDERR_FILENO) != 0;
    auto& err = context.err();
    const enrich::GenreProgressFn progress = [&err, showProgress](std::size_t done, std::size_t total,
                                                                  const std::string& name) {
        if (!showProgress) {
            return;
        }
        err << "\r\033[K";
        if (!name.empty()) {
            err << "Genres " << done + 1 << '/' << total << ": " << name;
        }
        err << std::flush;
    };
    const InterruptStop interrupt;
    const auto summary =
        enrich::enrichGenres(*db, *musicBrainz->client, options, progress, interrupt.token(), systemClock());
    if (json) {
        context.out() << summaryJson(summary).dump(2) << '\n';
    } else {
        printSummary(context.out(), summary);
    }
    if (summary.error) {
        context.fail(kExitFailure, summary.error->message);
        err << "The genres found so far are kept; run 'tunescope enrich genres' again later to go on.\n";
        return kExitFailure;
    }
    if (summary.stoppedEarly) {
        err << "Stopped. The genres found so far are kept; run 'tunescope enrich genres' again to go on.\n";
        return kExitFailure;
    }
    if (!json && summary.lookedUp < summary.due) {
        context.out() << summary.due - summary.lookedUp << " more to do: run 'tunescope enrich genres' again.\n";
    }
    return kExitOk;
}

} // namespace tunescope::cli
