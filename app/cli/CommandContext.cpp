#include "cli/CommandContext.h"

#include "demo/DemoProfile.h"
#include "store/Profile.h"

namespace tunescope::cli {

Result<store::Database> CommandContext::openDatabase() const
{
    const std::filesystem::path dataDir =
        args_.dataDir ? std::filesystem::path(*args_.dataDir) : store::defaultDataDir();
    if (args_.demo) {
        return demo::openDemoProfile(dataDir);
    }
    return store::openProfile(store::ProfileLocation{dataDir, args_.profile.value_or("default")});
}

Result<TimeZone> CommandContext::timeZone() const
{
    if (args_.timeZone) {
        return TimeZone::locate(*args_.timeZone);
    }
    return TimeZone::system();
}

Result<analytics::Period> CommandContext::period() const
{
    auto zone = timeZone();
    if (!zone) {
        return zone.error();
    }
    analytics::DateRange range;
    for (const auto& [option, target] : {std::pair{"--from", &range.from}, std::pair{"--to", &range.to}}) {
        if (const auto text = args_.value(option)) {
            *target = parseCivilDate(*text);
            if (!*target) {
                return makeError(ErrorCode::InvalidInput,
                                 std::string(option) + " \"" + *text + "\" is not a date; use YYYY-MM-DD");
            }
        }
    }
    if (range.from && range.to && *range.from > *range.to) {
        return makeError(ErrorCode::InvalidInput,
                         "--from " + formatCivilDate(*range.from) + " is after --to " + formatCivilDate(*range.to));
    }
    return analytics::resolvePeriod(range, *zone);
}

Result<CommandContext::QueryInputs> CommandContext::queryInputs(int& exitCode)
{
    auto resolved = period();
    if (!resolved) {
        exitCode = fail(kExitUsage, resolved.error().message);
        return resolved.error();
    }
    auto db = openDatabase();
    if (!db) {
        exitCode = fail(kExitFailure, db.error().message);
        return db.error();
    }
    return QueryInputs{*resolved, std::move(db).value()};
}

int CommandContext::fail(int code, const std::string& message)
{
    err_ << "tunescope: " << message << '\n';
    if (code == kExitUsage) {
        err_ << "Run 'tunescope " << (args_.command.empty() ? "" : args_.command + " ") << "--help' for usage.\n";
    }
    return code;
}

} // namespace tunescope::cli
