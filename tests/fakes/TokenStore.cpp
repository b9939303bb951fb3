#include "TokenStore.h"

#include "OAuthCrypto.h"

namespace tunescope::fakes {

namespace {

// Spotify's codes are valid for minutes; tests use expireAuthorizationCodes() instead of waiting.
constexpr auto kCodeLifetime = std::chrono::minutes(10);

TokenOutcome failure(std::string error, std::string description)
{
    return TokenOutcome{std::nullopt, TokenError{std::move(error), std::move(description)}};
}

} // namespace

std::string joinScopes(const std::set<std::string>& scopes)
{
    std::string text;
    for (const auto& scope : scopes) {
        if (!text.empty()) {
            text += ' ';
        }
        text += scope;
    }
    return text;
}

std::set<std::string> splitScopes(std::string_view text)
{
    std::set<std::string> scopes;
    while (!text.empty()) {
        const auto space = text.find(' ');
        if (const auto scope = text.substr(0, space); !scope.empty()) {
            scopes.emplace(scope);
        }
        text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
    }
    return scopes;
}

std::vector<std::string> TokenStore::secretsSeen() const
{
    const std::lock_guard lock(mutex_);
    std::vector<std::string> secrets = verifiers_;
    for (const auto& [code, entry] : codes_) {
        secrets.push_back(code);
    }
    for (const auto& [token, entry] : access_) {
        secrets.push_back(token);
    }
    for (const auto& [token, entry] : refresh_) {
        secrets.push_back(token);
    }
    return secrets;
}

std::string TokenStore::issueCode(CodeRequest request)
{
    std::string code = randomToken("AQ", 96);
    const std::lock_guard lock(mutex_);
    lastScopes_ = request.scopes;
    codes_[code] = Code{std::move(request), std::chrono::steady_clock::now() + kCodeLifetime, false};
    return code;
}

TokenGrant TokenStore::issueLocked(const std::string& clientId, const std::set<std::string>& scopes)
{
    TokenGrant grant;
    grant.accessToken = randomToken("BQ", 96);
    grant.refreshToken = randomToken("AQ", 96);
    grant.scope = joinScopes(scopes);
    grant.expiresIn = expiresIn_;
    access_[grant.accessToken] =
        Access{scopes, std::chrono::steady_clock::now() + std::chrono::seconds(expiresIn_), false};
    refresh_[grant.refreshToken] = Refresh{clientId, scopes, RefreshState::Valid};
    return grant;
}

TokenOutcome TokenStore::exchangeCode(const std::string& code, const std::string& redirectUri,
                                      const std::string& clientId, const std::string& codeVerifier)
{
    const std::lock_guard lock(mutex_);
    if (!codeVerifier.empty()) {
        verifiers_.push_back(codeVerifier);
    }
    const auto found = codes_.find(code);
    if (found == codes_.end()) {
        ++counters_.rejectedTokenRequests;
        return failure("invalid_grant", "Invalid authorization code");
    }
    Code& entry = found->second;
    if (entry.request.clientId != clientId) {
        ++counters_.rejectedTokenRequests;
        return failure("invalid_client", "Invalid client");
    }
    // A code is spent by its first exchange attempt, right or wrong: replaying it never works.
    const bool alreadyUsed = entry.used;
    entry.used = true;
    if (alreadyUsed) {
        ++counters_.rejectedTokenRequests;
        return failure("invalid_grant", "Invalid authorization code");
    }
    if (std::chrono::steady_clock::now() >= entry.expiresAt) {
        ++counters_.rejectedTokenRequests;
        return failure("invalid_grant", "Authorization code expired");
    }
    if (entry.request.redirectUri != redirectUri) {
        ++counters_.rejectedTokenRequests;
        return failure("invalid_grant", "Invalid redirect URI");
    }
    if (codeVerifier.empty()) {
        ++counters_.rejectedTokenRequests;
        return failure("invalid_request", "code_verifier required");
    }
    if (s256Challenge(codeVerifier) != entry.request.codeChallenge) {
        ++counters_.rejectedTokenRequests;
        return failure("invalid_grant", "code_verifier was incorrect");
    }
    ++counters_.codeExchanges;
    return TokenOutcome{issueLocked(clientId, entry.request.scopes), {}};
}

TokenOutcome TokenStore::refresh(const std::string& refreshToken, const std::string& clientId)
{
    const std::lock_guard lock(mutex_);
    const auto found = refresh_.find(refreshToken);
    if (found == refresh_.end()) {
        ++counters_.rejectedTokenRequests;
        return failure("invalid_grant", "Invalid refresh token");
    }
    Refresh& entry = found->second;
    if (entry.clientId != clientId) {
        ++counters_.rejectedTokenRequests;
        return failure("invalid_client", "Invalid client");
    }
    if (entry.state == RefreshState::Rotated) {
        ++counters_.rejectedTokenRequests;
        return failure("invalid_grant", "Refresh token revoked");
    }
    if (entry.state == RefreshState::Expired) {
        ++counters_.rejectedTokenRequests;
        return failure("invalid_grant", "Refresh token expired");
    }
    // PKCE refresh tokens rotate: this one is spent, the answer carries its successor.
    entry.state = RefreshState::Rotated;
    const std::set<std::string> scopes = entry.scopes;
    ++counters_.refreshes;
    return TokenOutcome{issueLocked(clientId, scopes), {}};
}

TokenGrant TokenStore::grant(const std::string& clientId, const std::set<std::string>& scopes)
{
    const std::lock_guard lock(mutex_);
    return issueLocked(clientId, scopes);
}

AccessCheck TokenStore::check(std::string_view accessToken, std::string_view scope) const
{
    const std::lock_guard lock(mutex_);
    const auto found = access_.find(accessToken);
    if (found == access_.end() || found->second.revoked ||
        std::chrono::steady_clock::now() >= found->second.expiresAt) {
        return AccessCheck::Unauthorized;
    }
    if (!scope.empty() && found->second.scopes.count(std::string(scope)) == 0) {
        return AccessCheck::InsufficientScope;
    }
    return AccessCheck::Granted;
}

std::set<std::string> TokenStore::lastGrantedScopes() const
{
    const std::lock_guard lock(mutex_);
    return lastScopes_;
}

void TokenStore::setExpiresIn(int seconds)
{
    const std::lock_guard lock(mutex_);
    expiresIn_ = seconds;
}

void TokenStore::expireAuthorizationCodes()
{
    const std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    for (auto& [code, entry] : codes_) {
        entry.expiresAt = now;
    }
}

void TokenStore::expireAccessTokens()
{
    const std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    for (auto& [token, entry] : access_) {
        entry.expiresAt = now;
    }
}

void TokenStore::revokeAccessTokens()
{
    const std::lock_guard lock(mutex_);
    for (auto& [token, entry] : access_) {
        entry.revoked = true;
    }
}

void TokenStore::expireAllRefreshTokens()
{
    const std::lock_guard lock(mutex_);
    for (auto& [token, entry] : refresh_) {
        if (entry.state == RefreshState::Valid) {
            entry.state = RefreshState::Expired;
        }
    }
}

void TokenStore::countAuthorize()
{
    const std::lock_guard lock(mutex_);
    ++counters_.authorizeRequests;
}

void TokenStore::countRejected()
{
    const std::lock_guard lock(mutex_);
    ++counters_.rejectedTokenRequests;
}

TokenCounters TokenStore::counters() const
{
    const std::lock_guard lock(mutex_);
    return counters_;
}

} // namespace tunescope::fakes
