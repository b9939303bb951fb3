#include "auth/EnvTokenProvider.h"

#include <cstdlib>

namespace tunescope::auth {

std::unique_ptr<EnvTokenProvider> EnvTokenProvider::fromEnvironment()
{
    const std::string name(kTokenEnvironmentVariable);
    const char* value = std::getenv(name.c_str()); // NOLINT(concurrency-mt-unsafe): read once at start-up
    if (value == nullptr || *value == '\0') {
        return nullptr;
    }
    return std::make_unique<EnvTokenProvider>(value);
}

Result<std::string> EnvTokenProvider::accessToken(std::stop_token /*stop*/)
{
    return token_;
}

Result<std::string> EnvTokenProvider::renewAfterUnauthorized(const std::string& /*rejected*/, std::stop_token /*stop*/)
{
    return makeError(ErrorCode::LoginRequired,
                     "The access token in TUNESCOPE_SPOTIFY_TOKEN was refused (expired?). Put a fresh token "
                     "there, or unset it and log in.");
}

} // namespace tunescope::auth
