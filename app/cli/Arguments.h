#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tunescope::cli {

// The command line split into global options, the command, its positional arguments and its
// options. Global options are accepted before or after the command.
struct Arguments {
    std::optional<std::string> dataDir;
    std::optional<std::string> profile;
    std::optional<std::string> timeZone;
    bool demo = false;
    bool travelAware = false; // hours in the country of each play (analytics::Period::travelAware)
    bool help = false;
    bool version = false;

    std::string command;                        // empty: none given
    std::vector<std::string> positional;        // after the command
    std::map<std::string, std::string> options; // "--limit" -> "5"; flags -> ""

    [[nodiscard]] bool has(const std::string& option) const { return options.count(option) != 0; }
    [[nodiscard]] std::optional<std::string> value(const std::string& option) const;
};

// Which options a command knows, and which of them take a value.
struct CommandSpec {
    std::set<std::string> flags;
    std::set<std::string> valued;
};

struct ParseResult {
    Arguments arguments;
    std::string error; // non-empty on a usage error
};

// `specFor` returns the spec of a command name, or nullopt for an unknown command.
ParseResult parseArguments(const std::vector<std::string>& argv,
                           std::optional<CommandSpec> (*specFor)(const std::string& command));

} // namespace tunescope::cli
