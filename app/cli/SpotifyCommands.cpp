// tunescope login / logout / sync: the Spotify side of the command line.
#include "cli/Commands.h"
#include "cli/InterruptStop.h"
#include "cli/SpotifySession.h"

#include "sync/SpotifyErrorText.h"
#include "sync/SpotifySync.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <iostream>
#include <stop_token>

namespace tunescope::cli {
namespace {

int failWith(CommandContext& context, const Error& error)
{
    const auto zone = context.timeZone();
    return context.fail(kExitFailure, sync::describeSpotifyError(error, zone ? *zone : TimeZone::utc()));
}

} // namespace

int runLogin(CommandContext& context)
{
    const auto& args = context.args();
    int exitCode = kExitOk;
    auto session = openSpotifySession(context, args.value("--client-id").value_or(""), exitCode);
    if (!session) {
        return exitCode;
    }
    if (session->secrets == nullptr) {
        return context.fail(kExitFailure,
                            "No system keychain is available to keep your Spotify login. Run 'tunescope login "
                            "--store-login-in-file' to keep it in a file only you can read, in the profile folder.");
    }
    auth::LoginSettings settings;
    if (args.has("--port")) {
        const std::string port = args.value("--port").value_or("");
        unsigned value = 0;
        const char* last = port.data() + port.size();
        const auto [end, ec] = std::from_chars(port.data(), last, value);
        if (port.empty() || ec != std::errc() || end != last || value > 65535) {
            return context.fail(kExitUsage, "--port needs a port number (0-65535), not '" + port + "'");
        }
        settings.port = static_cast<std::uint16_t>(value);
    }
    const InterruptStop interrupt;
    auto& out = context.out();
    const auto loggedIn = session->connection->login(
        session->db,
        [&out](const std::string& url) {
            out << "Open this address in your browser and allow Tunescope (waiting up to 5 minutes, Ctrl+C "
                   "cancels):\n\n  "
                << url << "\n\n"
                << std::flush;
        },
        settings, interrupt.token());
    if (!loggedIn) {
        return failWith(context, loggedIn.error());
    }
    out << "Logged in. Your login is kept in " << session->secrets->describe() << ".\n"
        << "Run 'tunescope sync' to fetch your top lists and recent plays.\n";
    return kExitOk;
}

int runLogout(CommandContext& context)
{
    int exitCode = kExitOk;
    auto session = openSpotifySession(context, "", exitCode);
    if (!session) {
        return exitCode;
    }
    if (auto s = session->connection->logout(session->db); !s) {
        return failWith(context, s.error());
    }
    context.out() << "Logged out. Your plays and everything synced so far stay in the profile.\n";
    return kExitOk;
}

int runSync(CommandContext& context)
{
    int exitCode = kExitOk;
    auto session = openSpotifySession(context, "", exitCode);
    if (!session) {
        return exitCode;
    }
    auto api = session->connection->api();
    if (!api) {
        return failWith(context, api.error());
    }
    sync::SyncOptions options;
    options.recentOnly = context.args().has("--recent-only");
    const bool json = context.args().has("--json");
    const bool quiet = context.args().has("--quiet") || json;
    const InterruptStop interrupt;
    auto& err = context.err();
    const sync::SyncProgressFn progress = [&err, quiet](const sync::SyncProgress& p) {
        if (!quiet) {
            err << '[' << p.done + 1 << '/' << p.total << "] " << p.step << '\n';
        }
    };
    auto report = sync::syncSpotify(session->db, **api, systemClock(), options, progress, interrupt.token());
    if (!report) {
        return failWith(context, report.error());
    }
    const auto zone = context.timeZone();
    const std::string stopped =
        report->stoppedEarly ? sync::describeSpotifyError(*report->stoppedEarly, zone ? *zone : TimeZone::utc()) : "";
    if (json) {
        const nlohmann::ordered_json out = {
            {"requests", report->requests},
            {"top_lists_taken", report->topListsTaken},
            {"top_artists", report->topArtists},
            {"top_tracks", report->topTracks},
            {"recently_played", report->recentFetched},
            {"plays_added", report->recentAdded},
            {"artists_fetched", report->artistsFetched},
            {"stopped_early", report->stoppedEarly ? nlohmann::ordered_json(stopped) : nlohmann::ordered_json()}};
        context.out() << out.dump(2) << '\n';
    } else {
        auto& out = context.out();
        out << "Synced with Spotify: " << report->requests << " requests.\n";
        if (report->topListsTaken) {
            out << "  Top lists: " << report->topArtists << " artists, " << report->topTracks
                << " tracks (short, medium and long term)\n";
        }
        out << "  Recently played: " << report->recentFetched << " fetched, " << report->recentAdded << " new plays\n"
            << "  Artist details fetched: " << report->artistsFetched << '\n';
        if (report->stoppedEarly) {
            out << "Stopped early: " << stopped << "\nWhat was fetched is kept; run sync again later.\n";
        }
    }
    return report->stoppedEarly ? kExitFailure : kExitOk;
}

} // namespace tunescope::cli
