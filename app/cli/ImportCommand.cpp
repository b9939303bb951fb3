#include "cli/Commands.h"
#include "cli/FileProgress.h"
#include "cli/InterruptStop.h"
#include "cli/TableOutput.h"

#include "ingest/HistoryImporter.h"

#include <nlohmann/json.hpp>

namespace tunescope::cli {
namespace {

nlohmann::ordered_json toJson(const ingest::ImportReport& report)
{
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    std::size_t rejected = 0;
    std::size_t ignored = 0;
    for (const auto& f : report.files) {
        nlohmann::ordered_json kinds = nlohmann::ordered_json::object();
        for (const auto& [kind, count] : f.addedByKind) {
            kinds[std::string(ingest::kindName(kind))] = count;
        }
        nlohmann::ordered_json file = {{"name", f.name},
                                       {"outcome", ingest::outcomeName(f.outcome)},
                                       {"shape", f.shape},
                                       {"rows_read", f.rowsRead},
                                       {"plays_added", f.playsAdded},
                                       {"duplicates", f.duplicates},
                                       {"skipped", f.skipped},
                                       {"added_by_kind", kinds}};
        if (!f.error.empty()) {
            file["error"] = f.error;
        }
        rejected += f.outcome == ingest::FileReport::Outcome::Rejected ? 1 : 0;
        ignored += f.outcome == ingest::FileReport::Outcome::Ignored ? 1 : 0;
        files.push_back(std::move(file));
    }
    return {{"dry_run", report.dryRun},
            {"cancelled", report.cancelled},
            {"files", files},
            {"totals",
             {{"rows_read", report.totalRows()},
              {"plays_added", report.totalAdded()},
              {"duplicates", report.totalDuplicates()},
              {"rejected_files", rejected},
              {"ignored_files", ignored}}}};
}

void printText(const ingest::ImportReport& report, std::ostream& out)
{
    for (const auto& f : report.files) {
        if (f.outcome == ingest::FileReport::Outcome::Ignored) {
            continue; // listed in the summary count; --json has them
        }
        out << outcomeName(f.outcome) << "  " << f.name;
        if (f.outcome != ingest::FileReport::Outcome::Imported) {
            out << "\n    " << f.error << '\n';
            continue;
        }
        out << "  [" << f.shape << "]\n    " << groupThousands(static_cast<long long>(f.rowsRead)) << " rows, "
            << groupThousands(static_cast<long long>(f.playsAdded)) << (report.dryRun ? " would be added" : " added")
            << ", " << groupThousands(static_cast<long long>(f.duplicates)) << " already known";
        for (const auto& [kind, count] : f.addedByKind) {
            out << (kind == f.addedByKind.begin()->first ? " (" : ", ") << groupThousands(static_cast<long long>(count))
                << ' ' << ingest::kindName(kind);
        }
        out << (f.addedByKind.empty() ? "" : ")") << '\n';
        for (const auto& [reason, count] : f.skipped) {
            out << "    skipped " << groupThousands(static_cast<long long>(count)) << ": " << reason << '\n';
        }
    }
    const auto ignored = std::count_if(report.files.begin(), report.files.end(),
                                       [](const auto& f) { return f.outcome == ingest::FileReport::Outcome::Ignored; });
    out << (report.dryRun ? "Dry run: nothing was stored. " : "")
        << groupThousands(static_cast<long long>(report.totalAdded())) << " plays added, "
        << groupThousands(static_cast<long long>(report.totalDuplicates())) << " already known";
    if (ignored > 0) {
        out << ", " << ignored << " other file(s) ignored (not streaming history)";
    }
    out << ".\n";
    if (report.cancelled) {
        out << "Import cancelled: the file in progress was left out; run the same command again to finish.\n";
    }
}

} // namespace

int runImport(CommandContext& context)
{
    const auto& args = context.args();
    if (args.positional.empty()) {
        return context.fail(kExitUsage, "import needs at least one file, folder or ZIP");
    }
    if (args.demo) {
        return context.fail(kExitUsage, "the demo profile is read-only; drop --demo to import into your own profile");
    }
    auto db = context.openDatabase();
    if (!db) {
        return context.fail(kExitFailure, db.error().message);
    }
    std::vector<std::filesystem::path> paths(args.positional.begin(), args.positional.end());
    ingest::ImportOptions options;
    options.dryRun = args.has("--dry-run");
    options.onProgress = fileProgressLine<ingest::ImportProgress>(context.err());
    const InterruptStop interrupt;
    const auto report = ingest::importHistory(*db, paths, options, interrupt.token());
    if (args.has("--json")) {
        context.out() << jsonText(toJson(report)) << '\n';
    } else {
        printText(report, context.out());
    }
    if (report.anyRejected()) {
        return kExitRejectedFiles;
    }
    return report.cancelled ? kExitFailure : kExitOk;
}

} // namespace tunescope::cli
