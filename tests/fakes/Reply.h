#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

// One answer of a fake server, independent of the HTTP library that sends it.
namespace tunescope::fakes {

struct Reply {
    int status = 200;
    std::string body;
    std::string contentType = "application/json; charset=utf-8";
    std::vector<std::pair<std::string, std::string>> headers;
};

inline Reply jsonReply(const nlohmann::json& body, int status = 200)
{
    return Reply{status, body.dump(), "application/json; charset=utf-8", {}};
}

// The Web API error object: {"error":{"status":..,"message":..}}.
inline Reply apiError(int status, std::string_view message)
{
    return jsonReply(nlohmann::json{{"error", {{"status", status}, {"message", message}}}}, status);
}

// The accounts service's RFC 6749 error: {"error":..,"error_description":..}.
inline Reply oauthError(std::string_view error, std::string_view description, int status = 400)
{
    return Reply{
        status, nlohmann::json{{"error", error}, {"error_description", description}}.dump(), "application/json", {}};
}

} // namespace tunescope::fakes
