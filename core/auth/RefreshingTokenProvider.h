#pragma once

#include "auth/SecretStore.h"
#include "auth/TokenClient.h"
#include "auth/TokenProvider.h"
#include "auth/TokenSet.h"
#include "util/Clock.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace tunescope::auth {

// The access token of one logged-in account, kept valid: refreshed shortly before it expires or
// when the API answered 401, one refresh at a time (threads that wait for a refresh use its
// result instead of sending their own), and every rotated refresh token saved to the SecretStore
// before the new access token is handed out. When Spotify ends the login (invalid_grant), the
// stored secret is removed and every later call answers LoginRequired at once, so callers never
// loop on a dead login.
class RefreshingTokenProvider final : public TokenProvider {
public:
    // Refreshing this long before expiry keeps a token from running out during a request.
    static constexpr std::chrono::milliseconds kRefreshMargin{60'000};

    // `current` may hold only a refresh token (as read from the SecretStore): the first call then
    // refreshes. `secretKey` names this profile's account in `store`.
    RefreshingTokenProvider(TokenClient& client, SecretStore& store, Clock& clock, std::string secretKey,
                            TokenSet current);

    // The login stored under `secretKey`; LoginRequired when there is none, or the store's error.
    static Result<std::unique_ptr<RefreshingTokenProvider>> fromStore(TokenClient& client, SecretStore& store,
                                                                      Clock& clock, const std::string& secretKey);

    Result<std::string> accessToken(std::stop_token stop) override;
    Result<std::string> renewAfterUnauthorized(const std::string& rejected, std::stop_token stop) override;

    // A fresh login (LoginFlow's result) replaces the current one, ends "login required" and is
    // (again) stored; waits for a refresh under way so that it cannot overwrite the new login.
    Status adoptLogin(TokenSet tokens);
    [[nodiscard]] bool loginRequired() const;

private:
    [[nodiscard]] bool isFresh(const TokenSet& tokens) const;
    // Refreshes unless a refresh finished since the caller looked at generation `seen`.
    Result<std::string> refreshUnlessDone(std::uint64_t seen, std::stop_token stop);

    // Ends a refresh on every way out: clears `refreshing_` and wakes the waiting callers.
    struct RefreshEnd {
        explicit RefreshEnd(RefreshingTokenProvider& owner) : manager(owner) {}
        RefreshEnd(const RefreshEnd&) = delete;
        RefreshEnd& operator=(const RefreshEnd&) = delete;
        ~RefreshEnd();
        RefreshingTokenProvider& manager;
    };

    TokenClient& client_;
    SecretStore& store_;
    Clock& clock_;
    std::string secretKey_;

    mutable std::mutex mutex_; // guards the fields below, never held during a request
    std::condition_variable_any refreshFinished_;
    bool refreshing_ = false; // a refresh request is under way; others wait for its result
    TokenSet current_;
    std::uint64_t generation_ = 0;     // counts finished refreshes and adopted logins
    std::optional<Error> lastFailure_; // of the latest attempt, for callers that waited for it
    std::optional<Error> loginRequired_;
};

} // namespace tunescope::auth
