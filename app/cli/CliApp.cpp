#include "cli/BrowseCommands.h"
#include "cli/ChartsCommands.h"
#include "cli/Commands.h"
#include "cli/CompareCommand.h"
#include "cli/EnrichCommand.h"
#include "cli/ExchangeCommands.h"
#include "cli/FeatureCommands.h"
#include "cli/InsightsCommand.h"
#include "cli/QueryCommand.h"
#include "util/ProjectInfo.h"

#include <array>
#include <string_view>

namespace tunescope::cli {
namespace {

constexpr std::string_view kGlobalHelp = R"(Usage: tunescope [GLOBAL OPTIONS] [COMMAND] [ARGS]

Tunescope: listening analytics for your Spotify streaming history, on your own computer.
Without a command it opens the window.

Commands:
  import PATH...    import streaming-history files, folders or the export ZIP
  stats             totals for a date range (plays, listening time, tracks, artists)
  top KIND          top artists, tracks, albums or genres by plays or minutes
  export-chart KIND render a chart (top lists, timeline, heatmap) as PNG or SVG, headless
  recap             a poster of a range (top artists, tracks, minutes, streak) as PNG, headless
  login             log in with Spotify (your own Client ID; the browser does the rest)
  logout            forget the Spotify login of this profile
  sync              fetch Spotify's top lists and your recent plays into the profile
  spotify-top KIND  Spotify's top artists or tracks beside your own plays
  search QUERY      find artists on Spotify and in your history
  artist ID         an artist's discography and your listening of the artist
  features ...      audio features of tracks (Spotify, ReccoBeats); import a features dataset
  charts ...        import Spotify Charts CSVs; list them, their KPIs, a song's trajectory
  insights KIND     sessions, streaks, skips, discovery, podcasts, countries, platforms
  compare           two periods side by side: totals and top lists with rank changes
  enrich genres     look up your artists' genres (Spotify's data, MusicBrainz)
  query SQL         read-only SQL over your data (views v_plays, v_daily, v_chart_entries)
  export plays|top  plays as CSV or re-importable JSON, top lists as CSV
  backup            copy the profile's database to one file (no login or secrets in it)
  restore FILE      replace the profile's database with a backup
  delete-profile    delete the profile, its data and its Spotify login (--yes)

Global options (before or after the command):
  --data-dir DIR    where profiles live (env TUNESCOPE_DATA_DIR; default ~/.local/share/tunescope)
  --profile NAME    which profile to use (default "default")
  --demo            use the built-in, fictional demo profile (read-only)
  --tz ZONE         IANA time zone for dates, weekdays and hours (default: the system's)
  --travel-aware    hours and days in the country each play happened in (the export's
                    conn_country), not in --tz: right for listening while travelling
  -h, --help        show help (also after a command: tunescope top --help)
  --version         print the version

Exit status: 0 success, 1 usage error, 2 some import files were rejected, 3 other failure.
Get your data at https://www.spotify.com/account/privacy/ ("Extended streaming history").
)";

constexpr std::string_view kImportHelp = R"(Usage: tunescope import PATH... [--json] [--dry-run]

Imports Spotify streaming history: single JSON files, folders (searched recursively) and the
export ZIP as Spotify sends it. Files are recognised by their content, whatever their names.
Importing the same files again adds nothing; plays present in both the account-data and the
extended export are stored once. Each file is imported whole or not at all: a damaged file is
reported with the byte and entry at fault and changes nothing. Ctrl+C stops after rolling back
the file in progress.

  --json      print the import report as JSON
  --dry-run   read and match everything, store nothing

Exit status: 0 when every file went in (or held only known plays), 2 when any was rejected.
)";

constexpr std::string_view kStatsHelp = R"(Usage: tunescope stats [--from DATE] [--to DATE] [--json]

Music totals for the range: plays (30 seconds or more), listening time (every music row),
distinct tracks and artists, first and last play.

  --from DATE  first local day, YYYY-MM-DD (default: the beginning)
  --to DATE    last local day, inclusive (default: the end)
  --json       print a JSON object (plays, ms_played, unique_tracks, unique_artists,
               first_play, last_play)
)";

constexpr std::string_view kTopHelp =
    R"(Usage: tunescope top artists|tracks|albums|genres [--by plays|minutes] [--from DATE]
                     [--to DATE] [--limit N] [--format table|csv|json]

The most played artists, tracks, albums or genres in the range. Genres come from MusicBrainz
('tunescope enrich genres'); each play is shared among its artist's genres by weight, after your
genre mapping (Edit genres in the window), and the list ends with how much of the listening has
genres (on stderr with --format csv).

  --by plays|minutes   rank by plays (default) or by listening time
  --from DATE          first local day, YYYY-MM-DD
  --to DATE            last local day, inclusive
  --limit N            how many (default 10)
  --format FORMAT      table (default), csv, or json (rank, name, artist, plays, ms_played;
                       genres: {"coverage": {...}, "genres": [rank, name, plays, ms_played,
                       minutes, share]})
)";

constexpr std::string_view kExportChartHelp =
    R"(Usage: tunescope export-chart top-artists|top-tracks|top-albums|timeline|heatmap
                              --out FILE [--format png|svg] [--size WxH]
                              [--from DATE] [--to DATE] [--by plays|minutes]

Renders a chart exactly as the window draws it, without a display.

  --out FILE           where to write (the format follows the extension unless --format says)
  --format png|svg     image format (default: from the file name, else png)
  --size WxH           size in pixels (default 1600x1000)
  --from/--to DATE     local days, YYYY-MM-DD, inclusive
  --by plays|minutes   what the chart measures (default plays)
)";

constexpr std::string_view kRecapHelp =
    R"(Usage: tunescope recap --out FILE.png [--size 1080x1920|1920x1080] [--from DATE] [--to DATE]

Draws the recap poster of the range, as the window's Recap shows it: minutes listened, plays,
artists, the longest streak of days, top artists and tracks by listening time, top genres (when
looked up) and the top new artist. Renders without a display.

  --out FILE.png       where to write the PNG
  --size WxH           1080x1920 (portrait, the default) or 1920x1080 (landscape)
  --from/--to DATE     local days, YYYY-MM-DD, inclusive (default: all time)
)";

int runRecapIfAvailable(CommandContext& context)
{
    if (recapHandler == nullptr) {
        return context.fail(kExitFailure, "recap needs the desktop build of Tunescope (TUNESCOPE_BUILD_UI=ON)");
    }
    return recapHandler(context);
}

int runExportChartIfAvailable(CommandContext& context)
{
    if (exportChartHandler == nullptr) {
        return context.fail(kExitFailure, "export-chart needs the desktop build of Tunescope (TUNESCOPE_BUILD_UI=ON)");
    }
    return exportChartHandler(context);
}

struct CommandEntry {
    std::string_view name;
    int (*run)(CommandContext&);
    std::string_view help;
    CommandSpec spec;
};

constexpr std::string_view kLoginHelp =
    R"(Usage: tunescope login [--client-id ID] [--store-login-in-file] [--port N]

Logs this profile in to Spotify with your own app's Client ID (Authorization Code with PKCE; no
client secret). Once:
  1. Open https://developer.spotify.com/dashboard and create an app (Web API).
  2. Add the redirect URI  http://127.0.0.1/callback  (exactly this; Tunescope picks a free port).
  3. Copy the app's Client ID and run: tunescope login --client-id <ID>
Tunescope prints an address to open in your browser and waits (5 minutes, Ctrl+C cancels) for
Spotify to send the browser back. The login (a refresh token) is kept in the system keychain;
Spotify ends logins six months after you log in, then log in again.

Options:
  --client-id ID           your Spotify app's Client ID (remembered for this profile)
  --store-login-in-file    no keychain here: keep the login in a file only you can read
  --port N                 listen for the browser on this port of 127.0.0.1 (default: any free one)
Env: TUNESCOPE_SPOTIFY_ACCOUNTS_URL, TUNESCOPE_SPOTIFY_API_URL point at other servers (proxies, tests).
)";

constexpr std::string_view kLogoutHelp = R"(Usage: tunescope logout

Forgets this profile's Spotify login (removes it from the keychain or the login file). Plays, top
lists and everything synced so far stay.
)";

constexpr std::string_view kSyncHelp = R"(Usage: tunescope sync [--json] [--recent-only] [--quiet]

Fetches from Spotify: your profile, Spotify's top artists and tracks for the last 4 weeks, 6 months
and year (kept as dated snapshots, at most one a day), your recently played tracks (Spotify keeps
only the last 50: sync often, they are merged into your plays and never counted twice), and
details of the artists they name (cached for a week). When Spotify asks Tunescope to slow down,
sync keeps what it fetched and tells you when to try again (exit status 3).

Options:
  --json          print the counts as JSON (requests, items, stopped_early)
  --recent-only   only recently played (one request)
  --quiet         no progress lines
Env: TUNESCOPE_SPOTIFY_TOKEN supplies an access token for this run instead of the stored login.
)";

constexpr std::string_view kSpotifyTopHelp =
    R"(Usage: tunescope spotify-top artists|tracks [--range short|medium|long] [--json] [--tz ZONE]

Spotify's newest top list (from the last sync) beside your own plays over the same window: about
4 weeks (short), 6 months (medium, the default) or a year (long). Works offline.
)";

constexpr std::string_view kExportHelp =
    R"(Usage: tunescope export plays [--from DATE] [--to DATE] [--format csv|json] --out FILE
       tunescope export top artists|tracks|albums [--from DATE] [--to DATE]
                            [--by plays|minutes] [--limit N] [--format csv] --out FILE

plays: every play started in the range, oldest first. csv (the default) has one header row
(ended_at, started_at, ms_played, kind, creator, title, album, spotify_uri, platform, country,
reason_start, reason_end, shuffle, skipped, offline, incognito); json is Spotify's extended
streaming-history shape, so `tunescope import` reads it back into another profile unchanged.
No IP address or user agent is ever written (Tunescope stores none).
top: the list `tunescope top KIND --format csv` prints (rank, name, artist, plays, minutes,
ms_played), written to the file.

  --out FILE           where to write (replaced whole or not at all)
  --from/--to DATE     local days, YYYY-MM-DD, inclusive (default: all time)
)";

constexpr std::string_view kBackupHelp = R"(Usage: tunescope backup --out FILE

Writes the profile's database to FILE as one consistent snapshot, safe while the window or an
import is writing. The Spotify login (keychain or login file) is not in it, nor are the window's
settings: after restoring, log in again if you want to sync.
)";

constexpr std::string_view kRestoreHelp = R"(Usage: tunescope restore FILE

Replaces the profile's database with a backup made by `tunescope backup`. A backup from an older
Tunescope is upgraded; a file that is not a Tunescope backup, or is from a newer version, is
refused and the profile stays as it was; so is a restore while the window (or another command)
has the profile open.
)";

const std::array<CommandEntry, 21>& commands()
{
    static const std::array<CommandEntry, 21> list = {{
        {"import", runImport, kImportHelp, {{"--json", "--dry-run"}, {}}},
        {"stats", runStats, kStatsHelp, {{"--json"}, {"--from", "--to"}}},
        {"top", runTop, kTopHelp, {{}, {"--by", "--from", "--to", "--limit", "--format"}}},
        {"export-chart",
         runExportChartIfAvailable,
         kExportChartHelp,
         {{}, {"--out", "--format", "--size", "--from", "--to", "--by"}}},
        {"recap", runRecapIfAvailable, kRecapHelp, {{}, {"--out", "--size", "--from", "--to"}}},
        {"login", runLogin, kLoginHelp, {{"--store-login-in-file"}, {"--client-id", "--port"}}},
        {"logout", runLogout, kLogoutHelp, {{}, {}}},
        {"sync", runSync, kSyncHelp, {{"--json", "--recent-only", "--quiet"}, {}}},
        {"spotify-top", runSpotifyTop, kSpotifyTopHelp, {{"--json"}, {"--range"}}},
        {"features", runFeatures, kFeaturesHelp, {{"--json", "--cached"}, {}}},
        {"search", runSearch, kSearchHelp, {{"--json", "--offline"}, {"--offset"}}},
        {"artist", runArtist, kArtistHelp, {{"--json", "--offline", "--refresh", "--quiet"}, {}}},
        {"charts", runCharts, kChartsHelp, {{"--json"}, {"--region", "--period", "--date", "--kind"}}},
        {"insights", runInsights, kInsightsHelp, {{"--json"}, {"--from", "--to", "--by", "--limit"}}},
        {"compare", runCompare, kCompareHelp, {{"--json"}, {"--a", "--b", "--by", "--limit"}}},
        {"enrich", runEnrich, kEnrichHelp, {{"--json", "--quiet"}, {"--limit"}}},
        {"query", runQuery, kQueryHelp, {{"--examples"}, {"--format", "--limit", "--example"}}},
        {"export", runExport, kExportHelp, {{}, {"--out", "--format", "--from", "--to", "--by", "--limit"}}},
        {"backup", runBackup, kBackupHelp, {{}, {"--out"}}},
        {"restore", runRestore, kRestoreHelp, {{}, {}}},
        {"delete-profile", runDeleteProfile, kDeleteProfileHelp, {{"--yes"}, {}}},
    }};
    return list;
}

const CommandEntry* findCommand(const std::string& name)
{
    for (const auto& entry : commands()) {
        if (entry.name == name) {
            return &entry;
        }
    }
    return nullptr;
}

std::optional<CommandSpec> specFor(const std::string& name)
{
    const auto* entry = findCommand(name);
    return entry ? std::optional<CommandSpec>(entry->spec) : std::nullopt;
}

} // namespace

int (*exportChartHandler)(CommandContext& context) = nullptr;
int (*recapHandler)(CommandContext& context) = nullptr;

ParseResult parseCommandLine(const std::vector<std::string>& argv)
{
    return parseArguments(argv, specFor);
}

bool wantsCli(const std::vector<std::string>& argv)
{
    const auto parsed = parseCommandLine(argv);
    const auto& a = parsed.arguments;
    return !parsed.error.empty() || !a.command.empty() || a.help || a.version;
}

int runCli(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err)
{
    const auto parsed = parseArguments(argv, specFor);
    CommandContext context(parsed.arguments, out, err);
    if (!parsed.error.empty()) {
        return context.fail(kExitUsage, parsed.error);
    }
    const auto& args = parsed.arguments;
    if (args.version) {
        out << "tunescope " << projectVersion() << '\n';
        return kExitOk;
    }
    const auto* command = findCommand(args.command);
    if (args.help || !command) {
        out << (command ? command->help : kGlobalHelp);
        return kExitOk;
    }
    return command->run(context);
}

} // namespace tunescope::cli
