#pragma once

#include "auth/TokenProvider.h"

#include <memory>
#include <string>
#include <string_view>

namespace tunescope::auth {

inline constexpr std::string_view kTokenEnvironmentVariable = "TUNESCOPE_SPOTIFY_TOKEN";

// An access token the user supplied in TUNESCOPE_SPOTIFY_TOKEN (scripts, quick tests): handed out
// as is, never stored and never refreshed, since there is no refresh token to do it with.
class EnvTokenProvider final : public TokenProvider {
public:
    explicit EnvTokenProvider(std::string token) : token_(std::move(token)) {}

    // The provider for TUNESCOPE_SPOTIFY_TOKEN, or nullptr when it is unset or empty.
    static std::unique_ptr<EnvTokenProvider> fromEnvironment();

    Result<std::string> accessToken(std::stop_token stop) override;
    Result<std::string> renewAfterUnauthorized(const std::string& rejected, std::stop_token stop) override;

private:
    std::string token_;
};

} // namespace tunescope::auth
