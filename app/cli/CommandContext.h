#pragma once

#include "analytics/Period.h"
#include "cli/Arguments.h"
#include "store/Database.h"
#include "store/Profile.h"

#include <ostream>

namespace tunescope::cli {

// Exit codes of every command.
enum ExitCode : int {
    kExitOk = 0,
    kExitUsage = 1,         // bad command line: the message says what to change
    kExitRejectedFiles = 2, // import: some files were rejected (the others went in)
    kExitFailure = 3,       // could not do the work (database, disk, ...)
};

// What a command needs from the command line: the profile's database, the zone, the dates.
class CommandContext {
public:
    CommandContext(const Arguments& args, std::ostream& out, std::ostream& err) : args_(args), out_(out), err_(err) {}

    [[nodiscard]] const Arguments& args() const { return args_; }
    std::ostream& out() { return out_; }
    std::ostream& err() { return err_; }

    [[nodiscard]] store::ProfileLocation profileLocation() const;
    Result<store::Database> openDatabase() const;
    Result<TimeZone> timeZone() const;
    // --from/--to resolved in the zone; an error names the option at fault.
    Result<analytics::Period> period() const;

    // What a query command needs: the period (a usage error when the dates are bad) and the
    // database (a failure when it cannot be opened). Returns the exit code on failure.
    struct QueryInputs {
        analytics::Period period;
        store::Database db;
    };
    Result<QueryInputs> queryInputs(int& exitCode);

    // Prints "tunescope: <message>" (and a hint to --help for usage errors) and returns the code.
    int fail(int code, const std::string& message);

private:
    const Arguments& args_;
    std::ostream& out_;
    std::ostream& err_;
};

} // namespace tunescope::cli
