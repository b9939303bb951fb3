#include "auth/RefreshingTokenProvider.h"

#include <utility>

namespace tunescope::auth {
namespace {

Error notLoggedIn()
{
    return makeError(ErrorCode::LoginRequired, "Tunescope is not logged in to Spotify. Log in first.");
}

} // namespace

RefreshingTokenProvider::RefreshingTokenProvider(TokenClient& client, SecretStore& store, Clock& clock,
                                                 std::string secretKey, TokenSet current)
    : client_(client), store_(store), clock_(clock), secretKey_(std::move(secretKey)), current_(std::move(current))
{
    if (current_.accessToken.empty() && current_.refreshToken.empty()) {
        loginRequired_ = notLoggedIn();
    }
}

Result<std::unique_ptr<RefreshingTokenProvider>>
RefreshingTokenProvider::fromStore(TokenClient& client, SecretStore& store, Clock& clock, const std::string& secretKey)
{
    auto stored = store.read(secretKey);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value() || stored->value().empty()) {
        return notLoggedIn();
    }
    TokenSet tokens;
    tokens.refreshToken = std::move(**stored);
    return std::make_unique<RefreshingTokenProvider>(client, store, clock, secretKey, std::move(tokens));
}

bool RefreshingTokenProvider::isFresh(const TokenSet& tokens) const
{
    return !tokens.accessToken.empty() && clock_.now() + kRefreshMargin.count() < tokens.expiresAtMs;
}

bool RefreshingTokenProvider::loginRequired() const
{
    const std::lock_guard lock(mutex_);
    return loginRequired_.has_value();
}

Status RefreshingTokenProvider::adoptLogin(TokenSet tokens)
{
    std::string refreshToken = tokens.refreshToken;
    {
        std::unique_lock lock(mutex_);
        // A refresh of the previous login still under way would overwrite the new one.
        refreshFinished_.wait(lock, [this] { return !refreshing_; });
        current_ = std::move(tokens);
        loginRequired_.reset();
        lastFailure_.reset();
        ++generation_;
    }
    // Stored again (LoginFlow already did) in case that refresh stored its token after LoginFlow.
    return store_.write(secretKey_, refreshToken);
}

Result<std::string> RefreshingTokenProvider::accessToken(std::stop_token stop)
{
    std::uint64_t seen = 0;
    {
        const std::lock_guard lock(mutex_);
        if (loginRequired_) {
            return *loginRequired_;
        }
        if (isFresh(current_)) {
            return current_.accessToken;
        }
        seen = generation_;
    }
    return refreshUnlessDone(seen, std::move(stop));
}

Result<std::string> RefreshingTokenProvider::renewAfterUnauthorized(const std::string& rejected, std::stop_token stop)
{
    std::uint64_t seen = 0;
    {
        const std::lock_guard lock(mutex_);
        if (loginRequired_) {
            return *loginRequired_;
        }
        if (current_.accessToken != rejected && isFresh(current_)) {
            return current_.accessToken; // someone refreshed since `rejected` was handed out
        }
        seen = generation_;
    }
    return refreshUnlessDone(seen, std::move(stop));
}

Result<std::string> RefreshingTokenProvider::refreshUnlessDone(std::uint64_t seen, std::stop_token stop)
{
    std::string refreshToken;
    {
        std::unique_lock lock(mutex_);
        // Wait for a refresh under way; a stopped caller leaves at once instead of hanging behind
        // a slow request.
        if (!refreshFinished_.wait(lock, stop, [this] { return !refreshing_; })) {
            return makeError(ErrorCode::Cancelled, "Cancelled while renewing the Spotify login.");
        }
        if (loginRequired_) {
            return *loginRequired_;
        }
        if (generation_ != seen) {
            // A refresh finished while we waited: its result is ours too. Only a cancellation is
            // not shared, since this caller was not cancelled.
            if (!lastFailure_) {
                return current_.accessToken;
            }
            if (lastFailure_->code != ErrorCode::Cancelled) {
                return *lastFailure_;
            }
        }
        if (current_.refreshToken.empty()) {
            return notLoggedIn();
        }
        refreshToken = current_.refreshToken;
        refreshing_ = true;
    }
    // Whatever way this function leaves, the waiting callers are woken; if it left without a
    // result (an exception from a store), they see the same generation and try themselves.
    const RefreshEnd end(*this);

    auto renewed = client_.refresh(refreshToken, std::move(stop));
    if (!renewed) {
        const Error& error = renewed.error();
        if (error.code == ErrorCode::LoginRequired) {
            // invalid_grant: the refresh token is dead. Forget it everywhere, so neither this run
            // nor the next one tries it again. A failed removal changes nothing for the user.
            (void)store_.remove(secretKey_);
        }
        const std::lock_guard lock(mutex_);
        ++generation_;
        lastFailure_ = error;
        if (error.code == ErrorCode::LoginRequired) {
            loginRequired_ = error;
            current_ = TokenSet{};
        }
        return error;
    }

    // The old refresh token may be dead now: the new one must be stored before anyone uses the
    // new access token, or a crash would leave only a dead token behind.
    const Status saved = store_.write(secretKey_, renewed->refreshToken);
    std::string token = renewed->accessToken;
    {
        const std::lock_guard lock(mutex_);
        current_ = std::move(renewed).value();
        ++generation_;
        lastFailure_.reset();
    }
    if (!saved) {
        // This run keeps working with the tokens in memory; the user must know the next one won't.
        return makeError(saved.error().code, "Spotify renewed the login, but Tunescope could not save it in " +
                                                 store_.describe() + " (" + saved.error().message +
                                                 "). Tunescope stays logged in until it closes; then you will "
                                                 "need to log in again.");
    }
    return token;
}

RefreshingTokenProvider::RefreshEnd::~RefreshEnd()
{
    {
        const std::lock_guard lock(manager.mutex_);
        manager.refreshing_ = false;
    }
    manager.refreshFinished_.notify_all();
}

} // namespace tunescope::auth
