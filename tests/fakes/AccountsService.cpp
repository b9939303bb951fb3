#include "AccountsService.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace tunescope::fakes {

namespace {

constexpr std::array<std::string_view, 25> kKnownScopes{"ugc-image-upload",
                                                        "user-read-playback-state",
                                                        "user-modify-playback-state",
                                                        "user-read-currently-playing",
                                                        "app-remote-control",
                                                        "streaming",
                                                        "playlist-read-private",
                                                        "playlist-read-collaborative",
                                                        "playlist-modify-private",
                                                        "playlist-modify-public",
                                                        "user-follow-modify",
                                                        "user-follow-read",
                                                        "user-read-playback-position",
                                                        "user-top-read",
                                                        "user-read-recently-played",
                                                        "user-library-modify",
                                                        "user-library-read",
                                                        "user-read-email",
                                                        "user-read-private",
                                                        "user-personalized",
                                                        "user-soa-link",
                                                        "user-soa-unlink",
                                                        "soa-manage-entitlements",
                                                        "soa-manage-partner",
                                                        "soa-create-partner"};

Reply errorPage(std::string_view message)
{
    std::string html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Error</title></head><body><h1>";
    html += message;
    html += "</h1></body></html>";
    return Reply{400, std::move(html), "text/html; charset=utf-8", {}};
}

Reply redirectTo(const std::string& redirectUri, const Params& fields)
{
    Reply reply{302, "", "text/html; charset=utf-8", {}};
    reply.headers.emplace_back("Location", redirectUri + "?" + encodeForm(fields));
    return reply;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
}

} // namespace

AccountsService::AccountsService(TokenStore& tokens, std::string redirectPath)
    : tokens_(tokens), redirectPath_(std::move(redirectPath))
{
}

void AccountsService::registerClient(std::string clientId)
{
    const std::lock_guard lock(mutex_);
    clientIds_.insert(std::move(clientId));
}

bool AccountsService::isRegistered(const std::string& clientId) const
{
    const std::lock_guard lock(mutex_);
    return clientIds_.count(clientId) != 0;
}

void AccountsService::denyNextAuthorization()
{
    const std::lock_guard lock(mutex_);
    denyNext_ = true;
}

// Loopback IP literals only, any port, the registered path, no query: Spotify's 2025 rules.
bool AccountsService::isAllowedRedirect(std::string_view uri) const
{
    const auto parts = splitUrl(uri);
    return parts && parts->scheme == "http" && (parts->host == "127.0.0.1" || parts->host == "[::1]") &&
           parts->path == redirectPath_ && parts->query.empty() && uri.find('#') == std::string_view::npos;
}

Reply AccountsService::authorize(const Params& query)
{
    tokens_.countAuthorize();
    const auto clientId = paramValue(query, "client_id");
    if (!clientId || !isRegistered(*clientId)) {
        return errorPage("INVALID_CLIENT: Invalid client");
    }
    const auto redirectUri = paramValue(query, "redirect_uri");
    if (!redirectUri || !isAllowedRedirect(*redirectUri)) {
        return errorPage("INVALID_CLIENT: Invalid redirect URI");
    }
    // From here on errors travel back to the app through the redirect, as RFC 6749 4.1.2.1 says.
    const auto state = paramValue(query, "state");
    auto redirectError = [&](std::string error, std::string description) {
        Params fields{{"error", std::move(error)}};
        if (!description.empty()) {
            fields.emplace_back("error_description", std::move(description));
        }
        if (state) {
            fields.emplace_back("state", *state);
        }
        return redirectTo(*redirectUri, fields);
    };
    if (paramValue(query, "response_type").value_or("") != "code") {
        return redirectError("unsupported_response_type", "response_type must be code");
    }
    const auto challenge = paramValue(query, "code_challenge");
    if (!challenge || challenge->size() != 43) {
        return redirectError("invalid_request", "code_challenge must be a base64url SHA-256");
    }
    if (paramValue(query, "code_challenge_method").value_or("") != "S256") {
        return redirectError("invalid_request", "code_challenge_method must be S256");
    }
    const auto scopes = splitScopes(paramValue(query, "scope").value_or(""));
    for (const auto& scope : scopes) {
        if (std::find(kKnownScopes.begin(), kKnownScopes.end(), scope) == kKnownScopes.end()) {
            return redirectError("invalid_scope", "");
        }
    }
    bool deny = false;
    {
        const std::lock_guard lock(mutex_);
        deny = std::exchange(denyNext_, false);
    }
    if (deny) {
        return redirectError("access_denied", "");
    }
    const std::string code = tokens_.issueCode(CodeRequest{*clientId, *redirectUri, *challenge, scopes});
    Params fields{{"code", code}};
    if (state) {
        fields.emplace_back("state", *state);
    }
    return redirectTo(*redirectUri, fields);
}

Reply AccountsService::tokenFailure(std::string_view error, std::string_view description)
{
    tokens_.countRejected();
    return oauthError(error, description);
}

Reply AccountsService::token(std::string_view contentType, std::string_view body)
{
    if (!startsWithNoCase(contentType, "application/x-www-form-urlencoded")) {
        return tokenFailure("invalid_request", "Content-Type must be application/x-www-form-urlencoded");
    }
    const auto form = parseForm(body);
    if (!form) {
        return tokenFailure("invalid_request", "Malformed form body");
    }
    const auto grantType = paramValue(*form, "grant_type");
    if (!grantType) {
        return tokenFailure("invalid_request", "grant_type parameter is missing");
    }
    const std::string clientId = paramValue(*form, "client_id").value_or("");
    if (*grantType != "authorization_code" && *grantType != "refresh_token") {
        return tokenFailure("unsupported_grant_type", "grant_type parameter is invalid");
    }
    if (!isRegistered(clientId)) {
        return tokenFailure("invalid_client", "Invalid client");
    }

    TokenOutcome outcome;
    if (*grantType == "authorization_code") {
        const auto code = paramValue(*form, "code");
        const auto redirectUri = paramValue(*form, "redirect_uri");
        if (!code || !redirectUri) {
            return tokenFailure("invalid_request", !code ? "code parameter is missing" : "redirect_uri is missing");
        }
        outcome = tokens_.exchangeCode(*code, *redirectUri, clientId, paramValue(*form, "code_verifier").value_or(""));
    } else {
        const auto refreshToken = paramValue(*form, "refresh_token");
        if (!refreshToken) {
            return tokenFailure("invalid_request", "refresh_token must be supplied");
        }
        outcome = tokens_.refresh(*refreshToken, clientId);
    }
    if (!outcome.grant) {
        return oauthError(outcome.error.error, outcome.error.description);
    }
    const TokenGrant& grant = *outcome.grant;
    Reply reply = jsonReply(nlohmann::json{{"access_token", grant.accessToken},
                                           {"token_type", "Bearer"},
                                           {"expires_in", grant.expiresIn},
                                           {"refresh_token", grant.refreshToken},
                                           {"scope", grant.scope}});
    reply.contentType = "application/json";
    reply.headers.emplace_back("Cache-Control", "no-store");
    return reply;
}

} // namespace tunescope::fakes
