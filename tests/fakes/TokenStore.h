#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// The accounts service's memory: authorization codes, access tokens and rotating refresh tokens,
// with the switches tests use to make them expire or be revoked. Thread-safe.
namespace tunescope::fakes {

struct TokenGrant {
    std::string accessToken;
    std::string refreshToken;
    std::string scope; // space-separated
    int expiresIn = 3600;
};

// An RFC 6749 error for the token endpoint: "invalid_grant", "invalid_client", "invalid_request".
struct TokenError {
    std::string error;
    std::string description;
};

struct TokenOutcome {
    std::optional<TokenGrant> grant;
    TokenError error; // when !grant
};

struct TokenCounters {
    int authorizeRequests = 0;     // GET /authorize, any outcome
    int codeExchanges = 0;         // successful grant_type=authorization_code
    int refreshes = 0;             // successful grant_type=refresh_token
    int rejectedTokenRequests = 0; // POST /api/token answered with an error
    [[nodiscard]] int tokenRequests() const { return codeExchanges + refreshes + rejectedTokenRequests; }
};

enum class AccessCheck { Granted, Unauthorized, InsufficientScope };

struct CodeRequest {
    std::string clientId;
    std::string redirectUri;
    std::string codeChallenge;
    std::set<std::string> scopes;
};

class TokenStore {
public:
    std::string issueCode(CodeRequest request);
    TokenOutcome exchangeCode(const std::string& code, const std::string& redirectUri, const std::string& clientId,
                              const std::string& codeVerifier);
    TokenOutcome refresh(const std::string& refreshToken, const std::string& clientId);
    // A login without the browser dance, for tests of code that only needs a valid token.
    TokenGrant grant(const std::string& clientId, const std::set<std::string>& scopes);

    // Whether `accessToken` may call an endpoint needing `scope` (empty: any valid token).
    AccessCheck check(std::string_view accessToken, std::string_view scope) const;
    // Scopes granted with the most recent authorization code (what the user agreed to).
    [[nodiscard]] std::set<std::string> lastGrantedScopes() const;

    void setExpiresIn(int seconds);
    void expireAuthorizationCodes();
    void expireAccessTokens();
    void revokeAccessTokens();
    void expireAllRefreshTokens();

    // Every secret that crossed the service: codes, access and refresh tokens handed out, and the
    // PKCE verifiers received. For tests that look for leaks.
    [[nodiscard]] std::vector<std::string> secretsSeen() const;

    void countAuthorize();
    void countRejected();
    [[nodiscard]] TokenCounters counters() const;

private:
    struct Code {
        CodeRequest request;
        std::chrono::steady_clock::time_point expiresAt;
        bool used = false;
    };
    struct Access {
        std::set<std::string> scopes;
        std::chrono::steady_clock::time_point expiresAt;
        bool revoked = false;
    };
    enum class RefreshState { Valid, Rotated, Expired };
    struct Refresh {
        std::string clientId;
        std::set<std::string> scopes;
        RefreshState state = RefreshState::Valid;
    };

    TokenGrant issueLocked(const std::string& clientId, const std::set<std::string>& scopes);

    mutable std::mutex mutex_;
    std::map<std::string, Code> codes_;
    std::map<std::string, Access, std::less<>> access_;
    std::map<std::string, Refresh> refresh_;
    std::set<std::string> lastScopes_;
    std::vector<std::string> verifiers_;
    int expiresIn_ = 3600;
    TokenCounters counters_;
};

std::string joinScopes(const std::set<std::string>& scopes);
std::set<std::string> splitScopes(std::string_view text);

} // namespace tunescope::fakes
