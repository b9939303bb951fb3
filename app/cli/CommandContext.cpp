#include "cli/CommandContext.h"

#include "demo/DemoProfile.h"
#include "store/Profile.h"

namespace tunescope::cli {

store::ProfileLocation CommandContext::profileLocation() const
{
    return store::ProfileLocation{args_.dataDir ? std::filesystem::path(*args_.dataDir) : store::defaultDataDir(),
                                  args_.profile.value_or("default")};
}

Result<store::Database> CommandContext::openDatabase() const
{
    const auto location = profileLocation();
    if (args_.demo) {
        return demo::openDemoProfile(location.dataDir);
    }
    return store::openProfile(location);
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
    auto resolved = analytics::resolvePeriod(range, *zone);
    resolved.travelAware = args_.travelAware;
    return resolved;
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
