#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Percent-encoding and URL splitting for the fake servers. The fakes keep their own copy so they
// never depend on the core code they are meant to test.
namespace tunescope::fakes {

using Params = std::vector<std::pair<std::string, std::string>>;

// RFC 3986 unreserved characters kept, everything else %XX (a space becomes %20).
std::string percentEncode(std::string_view text);

// "a%20b+c" -> "a b c" ('+' is a space, as in forms and query strings); nullopt on a bad escape.
std::optional<std::string> percentDecode(std::string_view text);

// "a=1&b=x%20y" -> {{"a","1"},{"b","x y"}}; nullopt on a bad escape.
std::optional<Params> parseForm(std::string_view text);

// {{"a","1"},{"b","x y"}} -> "a=1&b=x%20y"
std::string encodeForm(const Params& fields);

// The first value of `name`, if present.
std::optional<std::string> paramValue(const Params& params, std::string_view name);

// "http://127.0.0.1:8080/path?q=1#f" split into its parts; nullopt when it is not an absolute
// http(s) URL. `host` keeps IPv6 brackets ("[::1]"); `port` is 0 when absent.
struct UrlParts {
    std::string scheme;
    std::string host;
    int port = 0;
    std::string path;  // "/" when empty
    std::string query; // without '?'
};
std::optional<UrlParts> splitUrl(std::string_view url);

} // namespace tunescope::fakes
