#include "auth/TokenClient.h"

#include "auth/OAuthErrorCode.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <utility>

namespace tunescope::auth {
namespace {

// Spotify documents 3600 s; an answer without expires_in is treated like that.
constexpr std::int64_t kDefaultLifetimeSeconds = 3600;
// Without a usable Retry-After, wait about one of Spotify's rolling rate-limit windows.
constexpr std::int64_t kDefaultRetryAfterSeconds = 30;
// Guards the arithmetic against absurd values; a week is beyond anything Spotify was seen to send.
constexpr std::int64_t kMaxSeconds = 604'800;

enum class Grant { Exchange, Refresh };

Error unreadableAnswer()
{
    return makeError(ErrorCode::Remote, "Spotify's login service sent an answer Tunescope cannot read. Try again "
                                        "in a few minutes.");
}

std::optional<std::int64_t> retryAfterSeconds(const http::HttpResponse& response)
{
    const auto value = response.header("retry-after");
    if (!value) {
        return std::nullopt;
    }
    std::int64_t seconds = 0;
    const char* end = value->data() + value->size();
    const auto [ptr, ec] = std::from_chars(value->data(), end, seconds);
    if (ec != std::errc() || ptr != end || seconds < 0) {
        return std::nullopt;
    }
    return std::min(seconds, kMaxSeconds);
}

Error rateLimited(const http::HttpResponse& response, UtcMs now)
{
    const std::int64_t seconds =
        std::max<std::int64_t>(1, retryAfterSeconds(response).value_or(kDefaultRetryAfterSeconds));
    Error error = makeError(ErrorCode::RateLimited, "Spotify's login service asks Tunescope to wait " +
                                                        std::to_string(seconds) + " seconds before trying again.");
    error.retryAtMs = now + seconds * 1000;
    return error;
}

// RFC 6749 §5.2: {"error": "...", "error_description": "..."}. The description is not repeated:
// it is free text from the server and the code says enough.
Error refusal(const http::HttpResponse& response, Grant grant)
{
    std::string code;
    try {
        const auto body = nlohmann::json::parse(response.body);
        if (body.is_object() && body.contains("error") && body["error"].is_string()) {
            code = body["error"].get<std::string>();
        }
    } catch (const nlohmann::json::exception&) {
        // Not JSON (an HTML error page from a proxy, an empty body): reported by status below.
    }
    if (code == "invalid_grant") {
        if (grant == Grant::Refresh) {
            return makeError(ErrorCode::LoginRequired,
                             "Your Spotify login has expired or was revoked (Spotify ends logins six months after "
                             "you log in). Please log in again.");
        }
        return makeError(ErrorCode::LoginRequired, "Spotify did not accept the answer from the browser (it may "
                                                   "have expired or been used already). Please log in again.");
    }
    if (code == "invalid_client") {
        return makeError(ErrorCode::InvalidInput,
                         "Spotify does not recognise this Client ID, or its app does not allow the redirect "
                         "address http://127.0.0.1/callback. Check the Client ID in Settings against your app in "
                         "Spotify's Developer Dashboard.");
    }
    if (!code.empty()) {
        return makeError(ErrorCode::Remote, "Spotify's login service refused the request (" + printableErrorCode(code) +
                                                "). Try logging in again.");
    }
    return makeError(ErrorCode::Remote, "Spotify's login service answered HTTP " + std::to_string(response.status) +
                                            ". Try again in a few minutes.");
}

bool isBearer(const std::string& type)
{
    return type.size() == 6 && std::equal(type.begin(), type.end(), "bearer", [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == b;
           });
}

Result<TokenSet> parseTokens(const std::string& text, UtcMs now)
{
    try {
        const auto body = nlohmann::json::parse(text);
        if (!body.is_object()) {
            return unreadableAnswer();
        }
        TokenSet tokens;
        const auto access = body.find("access_token");
        if (access == body.end() || !access->is_string() || access->get_ref<const std::string&>().empty()) {
            return unreadableAnswer();
        }
        tokens.accessToken = access->get<std::string>();
        if (const auto type = body.find("token_type"); type != body.end()) {
            if (!type->is_string() || !isBearer(type->get<std::string>())) {
                return unreadableAnswer();
            }
        }
        std::int64_t lifetime = kDefaultLifetimeSeconds;
        if (const auto expires = body.find("expires_in"); expires != body.end()) {
            if (!expires->is_number() || expires->get<double>() <= 0) {
                return unreadableAnswer();
            }
            lifetime = std::min(static_cast<std::int64_t>(expires->get<double>()), kMaxSeconds);
        }
        tokens.expiresAtMs = now + lifetime * 1000;
        if (const auto refresh = body.find("refresh_token"); refresh != body.end() && refresh->is_string()) {
            tokens.refreshToken = refresh->get<std::string>();
        }
        if (const auto scope = body.find("scope"); scope != body.end() && scope->is_string()) {
            tokens.scope = scope->get<std::string>();
        }
        return tokens;
    } catch (const nlohmann::json::exception&) {
        // The exception text can quote the body, which holds tokens: it is never passed on.
        return unreadableAnswer();
    }
}

Result<TokenSet> postForm(http::HttpSender& sender, Clock& clock, const std::string& accountsBaseUrl,
                          std::string formBody, Grant grant, std::stop_token stop)
{
    http::HttpRequest request;
    request.method = "POST";
    request.url = tokenEndpointUrl(accountsBaseUrl);
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    request.body = std::move(formBody);
    auto response = sender.send(request, std::move(stop));
    if (!response) {
        return response.error(); // network, cancellation, or the retrying sender's own verdict
    }
    const UtcMs now = clock.now();
    if (response->status == 200) {
        return parseTokens(response->body, now);
    }
    if (response->status == 429) {
        return rateLimited(*response, now);
    }
    if (response->status >= 500) {
        return makeError(ErrorCode::Remote, "Spotify's login service is having trouble (HTTP " +
                                                std::to_string(response->status) + "). Try again in a few minutes.");
    }
    return refusal(*response, grant);
}

} // namespace

TokenClient::TokenClient(http::HttpSender& sender, Clock& clock, std::string clientId, std::string accountsBaseUrl)
    : sender_(sender), clock_(clock), clientId_(std::move(clientId)), accountsBaseUrl_(std::move(accountsBaseUrl))
{
}

Result<TokenSet> TokenClient::exchangeCode(const std::string& code, const std::string& verifier,
                                           const std::string& redirectUri, std::stop_token stop)
{
    auto tokens = postForm(sender_, clock_, accountsBaseUrl_,
                           http::formEncode({{"grant_type", "authorization_code"},
                                             {"code", code},
                                             {"redirect_uri", redirectUri},
                                             {"client_id", clientId_},
                                             {"code_verifier", verifier}}),
                           Grant::Exchange, std::move(stop));
    if (tokens && tokens->refreshToken.empty()) {
        // Without a refresh token the login would end within the hour and could not be stored.
        return unreadableAnswer();
    }
    return tokens;
}

Result<TokenSet> TokenClient::refresh(const std::string& refreshToken, std::stop_token stop)
{
    auto tokens = postForm(
        sender_, clock_, accountsBaseUrl_,
        http::formEncode({{"grant_type", "refresh_token"}, {"refresh_token", refreshToken}, {"client_id", clientId_}}),
        Grant::Refresh, std::move(stop));
    if (tokens && tokens->refreshToken.empty()) {
        tokens->refreshToken = refreshToken;
    }
    return tokens;
}

} // namespace tunescope::auth
