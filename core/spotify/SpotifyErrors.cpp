#include "spotify/SpotifyErrors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace tunescope::spotify {
namespace {

using Json = nlohmann::json;

// Long enough for any message Spotify sends, short enough for a dialog.
constexpr std::size_t kMaxMessageBytes = 200;

std::string stringAt(const Json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A server that echoes the request must not put the access token into a dialog or a log.
std::string withoutBearerTokens(std::string text)
{
    static constexpr std::string_view kBearer = "Bearer ";
    for (auto at = text.find(kBearer); at != std::string::npos; at = text.find(kBearer, at + kBearer.size())) {
        const auto start = at + kBearer.size();
        const auto end = std::min(text.find(' ', start), text.size());
        text = text.substr(0, start) + "[hidden]" + text.substr(end);
    }
    return text;
}

// Control characters out, whitespace and a final full stop trimmed (our sentences add their own),
// cut at a UTF-8 character boundary.
std::string tidy(std::string text)
{
    for (char& c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            c = ' ';
        }
    }
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos) {
        return {};
    }
    text = withoutBearerTokens(text.substr(first, text.find_last_not_of(' ') - first + 1));
    while (!text.empty() && (text.back() == '.' || text.back() == ' ')) {
        text.pop_back();
    }
    if (text.size() > kMaxMessageBytes) {
        std::size_t cut = kMaxMessageBytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) {
            --cut;
        }
        text = text.substr(0, cut) + "...";
    }
    return text;
}

// Lower-cased: Spotify's capitalisation drifts (tidy() already dropped the final full stop).
std::string comparable(std::string_view message)
{
    std::string out;
    out.reserve(message.size());
    for (const char c : message) {
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

bool isQuotaExceeded(std::string_view body)
{
    const Json parsed = Json::parse(body, nullptr, false);
    if (!parsed.is_object()) {
        return false;
    }
    const auto error = parsed.find("error");
    return error != parsed.end() && error->is_object() && stringAt(*error, "reason") == "QUOTA_EXCEEDED";
}

Error forbidden(const std::string& message, const Endpoint& endpoint)
{
    const std::string key = comparable(message);
    if (key == "insufficient client scope") {
        return makeError(ErrorCode::Forbidden,
                         "Tunescope lacks a permission for this; log out and log in again to grant it.");
    }
    if (key == "user not registered in the developer dashboard" || key == "user not approved for app") {
        return makeError(ErrorCode::Forbidden, "This Spotify account is not on your app's user list. Add it under User "
                                               "Management in the Spotify Developer Dashboard (up to 5 users).");
    }
    if (key == "active premium subscription required for the owner of the app") {
        return makeError(ErrorCode::Forbidden, "Spotify requires the owner of this Client ID to have Premium.");
    }
    if (key.empty() || key == "forbidden") {
        return makeError(ErrorCode::Forbidden,
                         "Spotify does not let new apps use " + std::string(endpoint.what) + " any more.");
    }
    return makeError(ErrorCode::Forbidden,
                     "Spotify refused access to " + std::string(endpoint.what) + ": " + message + ".");
}

std::string withReason(const std::string& message)
{
    return message.empty() ? std::string() : ": " + message;
}

} // namespace

std::string spotifyErrorMessage(std::string_view body)
{
    try {
        const Json parsed = Json::parse(body, nullptr, false);
        if (!parsed.is_object()) {
            return {};
        }
        const auto error = parsed.find("error");
        if (error == parsed.end()) {
            return {};
        }
        if (error->is_object()) {
            std::string message = stringAt(*error, "message");
            if (message.empty()) {
                message = stringAt(*error, "description"); // legacy {"type","description"}
            }
            return tidy(std::move(message));
        }
        if (error->is_string()) { // accounts service: {"error":"invalid_client","error_description":...}
            std::string description = stringAt(parsed, "error_description");
            return tidy(description.empty() ? error->get<std::string>() : std::move(description));
        }
    } catch (const std::exception&) {
        // A body we cannot read carries no explanation; the status code still does.
    }
    return {};
}

Error unreadableResponse(std::string_view endpoint, std::string_view reason)
{
    return makeError(ErrorCode::Remote, "Spotify sent a response Tunescope could not read (" + std::string(endpoint) +
                                            "): " + std::string(reason));
}

Error errorFromResponse(const http::HttpResponse& response, const Endpoint& endpoint)
{
    const std::string message = spotifyErrorMessage(response.body);
    const std::string status = "HTTP " + std::to_string(response.status);
    const std::string what(endpoint.what);
    switch (response.status) {
    case 401: return makeError(ErrorCode::LoginRequired, std::string(kLoginRejectedMessage));
    case 403: return forbidden(message, endpoint);
    case 404:
        return makeError(ErrorCode::NotFound,
                         "Spotify could not find " + what + " (" + status + "); it may have been removed.");
    case 429:
        if (isQuotaExceeded(response.body)) {
            return makeError(ErrorCode::RateLimited, "The Spotify request quota of this Client ID's developer account "
                                                     "is used up; try again later.");
        }
        return makeError(ErrorCode::RateLimited, "Spotify asks Tunescope to slow down; try again later.");
    case 400:
        return makeError(ErrorCode::Remote,
                         "Spotify rejected the request for " + what + " (" + status + ")" + withReason(message) + ".");
    default: break;
    }
    if (response.status >= 500) {
        return makeError(ErrorCode::Remote, "Spotify could not answer the request for " + what + " (" + status + ")" +
                                                withReason(message) + "; try again later.");
    }
    return makeError(ErrorCode::Remote,
                     "Spotify refused the request for " + what + " (" + status + ")" + withReason(message) + ".");
}

} // namespace tunescope::spotify
