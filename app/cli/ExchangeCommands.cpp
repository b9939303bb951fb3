#include "cli/ExchangeCommands.h"

#include "cli/Commands.h"
#include "cli/InterruptStop.h"
#include "cli/SpotifySession.h"
#include "exchange/PlaysExport.h"
#include "exchange/ProfileBackup.h"
#include "exchange/ProfileDeletion.h"
#include "exchange/ReplaceFile.h"

#include <sstream>

namespace tunescope::cli {

namespace {

int exportPlays(CommandContext& context, const std::filesystem::path& out)
{
    const std::string format = context.args().value("--format").value_or("csv");
    if (format != "csv" && format != "json") {
        return context.fail(kExitUsage, "--format must be csv or json, not \"" + format + "\"");
    }
    int exitCode = kExitOk;
    auto inputs = context.queryInputs(exitCode);
    if (!inputs) {
        return exitCode;
    }
    const exchange::PlaysSelection selection{inputs->period, std::nullopt};
    const InterruptStop interrupt; // Ctrl+C: the half-written file is removed, `out` stays as it was
    const auto count = exchange::exportPlays(
        inputs->db, selection, format == "json" ? exchange::PlaysFormat::Json : exchange::PlaysFormat::Csv, out,
        exchange::ExportControl{{}, interrupt.token()});
    if (!count) {
        return context.fail(kExitFailure, count.error().message);
    }
    context.out() << "Exported " << *count << " plays to " << out.string() << ".\n";
    return kExitOk;
}

// The same list as `tunescope top KIND --format csv`, written to the file.
int exportTop(CommandContext& context, const std::filesystem::path& out)
{
    const auto& args = context.args();
    if (args.positional.size() != 2) {
        return context.fail(kExitUsage, "export top needs one of: artists, tracks, albums");
    }
    const std::string& what = args.positional[1];
    if (what != "artists" && what != "tracks" && what != "albums") {
        return context.fail(kExitUsage, "export top: \"" + what + "\" is not one of artists, tracks, albums");
    }
    if (const auto format = args.value("--format"); format && *format != "csv") {
        return context.fail(kExitUsage, "export top writes csv only, not \"" + *format + "\"");
    }
    Arguments topArgs = args;
    topArgs.command = "top";
    topArgs.positional = {what};
    topArgs.options.erase("--out");
    topArgs.options["--format"] = "csv";
    std::ostringstream csv;
    CommandContext topContext(topArgs, csv, context.err());
    if (const int code = runTop(topContext); code != kExitOk) {
        return code;
    }
    auto written = exchange::writeFileReplacing(out, [&csv](std::ostream& file) -> Status {
        file << csv.str();
        return {};
    });
    if (!written) {
        return context.fail(kExitFailure, written.error().message);
    }
    context.out() << "Exported the top " << what << " to " << out.string() << ".\n";
    return kExitOk;
}

} // namespace

int runExport(CommandContext& context)
{
    const auto& args = context.args();
    const auto out = args.value("--out");
    if (args.positional.empty() || (args.positional[0] != "plays" && args.positional[0] != "top")) {
        return context.fail(kExitUsage, "export needs plays or top");
    }
    if (!out || out->empty()) {
        return context.fail(kExitUsage, "export needs --out FILE");
    }
    if (args.positional[0] == "plays") {
        if (args.positional.size() != 1) {
            return context.fail(kExitUsage, "export plays takes no further argument");
        }
        return exportPlays(context, *out);
    }
    return exportTop(context, *out);
}

int runBackup(CommandContext& context)
{
    const auto out = context.args().value("--out");
    if (!out || out->empty()) {
        return context.fail(kExitUsage, "backup needs --out FILE");
    }
    if (!context.args().positional.empty()) {
        return context.fail(kExitUsage, "backup takes no argument besides --out FILE");
    }
    auto db = context.openDatabase();
    if (!db) {
        return context.fail(kExitFailure, db.error().message);
    }
    const InterruptStop interrupt;
    if (auto s = exchange::backupDatabase(*db, *out, interrupt.token()); !s) {
        return context.fail(kExitFailure, s.error().message);
    }
    const std::string which =
        context.args().demo ? "the demo profile" : "profile \"" + context.profileLocation().name + "\"";
    context.out() << "Backed up " << which << " to " << *out
                  << ". The Spotify login is not in it: log in again after restoring elsewhere.\n";
    return kExitOk;
}

int runRestore(CommandContext& context)
{
    const auto& args = context.args();
    if (args.positional.size() != 1) {
        return context.fail(kExitUsage, "restore needs one backup FILE");
    }
    if (args.demo) {
        return context.fail(kExitUsage, "the demo profile is read-only: restore into --profile NAME instead");
    }
    const auto location = context.profileLocation();
    if (!store::isValidProfileName(location.name)) {
        return context.fail(kExitUsage, "\"" + location.name + "\" is not a valid profile name");
    }
    const InterruptStop interrupt; // heeded until the restored database moves in place
    if (auto s = exchange::restoreDatabase(args.positional[0], location.databaseFile(), interrupt.token()); !s) {
        return context.fail(kExitFailure, s.error().message);
    }
    context.out() << "Restored profile \"" << location.name << "\" from " << args.positional[0] << ".\n";
    return kExitOk;
}

int runDeleteProfile(CommandContext& context)
{
    const auto& args = context.args();
    if (!args.positional.empty()) {
        return context.fail(kExitUsage, "delete-profile takes no argument; name the profile with --profile NAME");
    }
    if (args.demo) {
        return context.fail(kExitUsage, "the demo profile is built in and cannot be deleted");
    }
    const auto location = context.profileLocation();
    if (!store::isValidProfileName(location.name)) {
        return context.fail(kExitUsage, "\"" + location.name + "\" is not a valid profile name");
    }
    const auto contents = exchange::describeProfile(location);
    if (!contents) {
        return context.fail(kExitFailure, contents.error().message);
    }
    const std::string what = "profile \"" + location.name + "\": " + std::to_string(contents->plays) +
                             " plays and everything else in " + contents->directory.string() +
                             (contents->spotifyAccount || contents->loginFile ? ", and its Spotify login" : "");
    if (!args.has("--yes")) {
        return context.fail(kExitUsage, "this would delete " + what +
                                            ". Nothing was deleted: add --yes to delete it (a `tunescope backup "
                                            "--out FILE` first keeps a copy).");
    }
    const auto keychain =
        openSystemKeychain != nullptr ? sync::KeychainOpener(openSystemKeychain) : sync::KeychainOpener();
    if (auto s = exchange::deleteProfile(location, keychain); !s) {
        return context.fail(kExitFailure, s.error().message);
    }
    context.out() << "Deleted " << what << ".\n";
    return kExitOk;
}

} // namespace tunescope::cli
