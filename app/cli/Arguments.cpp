#include "cli/Arguments.h"

namespace tunescope::cli {

std::optional<std::string> Arguments::value(const std::string& option) const
{
    const auto it = options.find(option);
    if (it == options.end()) {
        return std::nullopt;
    }
    return it->second;
}

ParseResult parseArguments(const std::vector<std::string>& argv,
                           std::optional<CommandSpec> (*specFor)(const std::string& command))
{
    ParseResult result;
    Arguments& args = result.arguments;
    std::optional<CommandSpec> spec;
    bool onlyPositional = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        std::string token = argv[i];
        if (onlyPositional || token.empty() || token[0] != '-' || token == "-") {
            if (args.command.empty()) {
                args.command = token;
                spec = specFor(token);
                if (!spec) {
                    result.error = "unknown command \"" + token + "\"";
                    return result;
                }
            } else {
                args.positional.push_back(token);
            }
            continue;
        }
        if (token == "--") {
            onlyPositional = true;
            continue;
        }
        std::optional<std::string> inlineValue;
        if (const auto eq = token.find('='); eq != std::string::npos && token.rfind("--", 0) == 0) {
            inlineValue = token.substr(eq + 1);
            token = token.substr(0, eq);
        }
        auto takeValue = [&]() -> std::optional<std::string> {
            if (inlineValue) {
                return inlineValue;
            }
            if (i + 1 < argv.size()) {
                return argv[++i];
            }
            result.error = token + " needs a value";
            return std::nullopt;
        };
        auto setGlobal = [&](std::optional<std::string>& target) {
            if (auto v = takeValue()) {
                target = *v;
                return true;
            }
            return false;
        };
        if (token == "--data-dir") {
            if (!setGlobal(args.dataDir)) {
                return result;
            }
        } else if (token == "--profile") {
            if (!setGlobal(args.profile)) {
                return result;
            }
        } else if (token == "--tz") {
            if (!setGlobal(args.timeZone)) {
                return result;
            }
        } else if (token == "--demo") {
            args.demo = true;
        } else if (token == "--travel-aware") {
            args.travelAware = true;
        } else if (token == "--help" || token == "-h") {
            args.help = true;
        } else if (token == "--version") {
            args.version = true;
        } else if (spec && spec->valued.count(token) != 0) {
            auto v = takeValue();
            if (!v) {
                return result;
            }
            args.options[token] = *v;
        } else if (spec && spec->flags.count(token) != 0) {
            if (inlineValue) {
                result.error = token + " takes no value";
                return result;
            }
            args.options[token] = "";
        } else {
            result.error = "unknown option " + token + (args.command.empty() ? "" : " for \"" + args.command + "\"");
            return result;
        }
    }
    return result;
}

} // namespace tunescope::cli
