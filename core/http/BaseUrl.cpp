#include "http/BaseUrl.h"
#include "util/Text.h"

#include "http/HttpTypes.h"

#include <cstdlib>

namespace tunescope::http {
namespace {

bool isLoopback(const std::string& hostAndPort)
{
    std::string host = hostAndPort;
    if (host.starts_with('[')) {
        host = host.substr(0, host.find(']') + 1);
    } else {
        host = host.substr(0, host.find(':'));
    }
    return host == "127.0.0.1" || host == "localhost" || host == "[::1]";
}

} // namespace

Result<std::string> normalizeBaseUrl(std::string_view url)
{
    std::string text(text::trimmed(url));
    while (text.ends_with('/')) {
        text.pop_back();
    }
    const std::string quoted = "\"" + text + "\"";
    const bool https = text.starts_with("https://");
    if (!https && !text.starts_with("http://")) {
        return makeError(ErrorCode::InvalidInput, quoted + " is not a web address: start it with https://.");
    }
    const std::string host = hostOf(text);
    if (host.empty()) {
        return makeError(ErrorCode::InvalidInput, quoted + " names no server.");
    }
    if (text.find_first_of("?#") != std::string::npos) {
        return makeError(ErrorCode::InvalidInput, quoted + ": leave out the part from '?' or '#' on.");
    }
    const std::string_view authority = std::string_view(text).substr(text.find("://") + 3);
    if (authority.substr(0, authority.find('/')).find('@') != std::string_view::npos) {
        return makeError(ErrorCode::InvalidInput, quoted + ": leave the user name and password out of the address.");
    }
    if (!https && !isLoopback(host)) {
        return makeError(ErrorCode::InvalidInput,
                         quoted + ": use https:// (plain http:// only for a server on this computer, 127.0.0.1).");
    }
    return text;
}

Result<std::string> chooseBaseUrl(std::string_view service, const char* environmentName, std::string_view configured,
                                  std::string_view fallback)
{
    const char* fromEnvironment = std::getenv(environmentName); // NOLINT(concurrency-mt-unsafe)
    std::string_view chosen = fallback;
    if (fromEnvironment != nullptr && *fromEnvironment != '\0') {
        chosen = fromEnvironment;
    } else if (configured.find_first_not_of(" \t") != std::string_view::npos) {
        chosen = configured;
    }
    auto url = normalizeBaseUrl(chosen);
    if (!url) {
        std::string message = "The ";
        message.append(service).append(" address ").append(url.error().message);
        return makeError(ErrorCode::InvalidInput, message);
    }
    return url;
}

} // namespace tunescope::http
