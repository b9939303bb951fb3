#include "auth/AuthorizationRequest.h"

#include "http/HttpTypes.h"

namespace tunescope::auth {
namespace {

// A configured base URL may end in '/'; the paths below start with one.
std::string_view withoutTrailingSlashes(std::string_view base)
{
    while (!base.empty() && base.back() == '/') {
        base.remove_suffix(1);
    }
    return base;
}

} // namespace

std::string loopbackRedirectUri(std::uint16_t port)
{
    std::string uri = "http://127.0.0.1:";
    uri += std::to_string(port);
    uri += "/callback";
    return uri;
}

std::string authorizeUrl(const AuthorizationRequest& request)
{
    std::string url(withoutTrailingSlashes(request.accountsBaseUrl));
    url += "/authorize?";
    url += http::formEncode({{"client_id", request.clientId},
                             {"response_type", "code"},
                             {"redirect_uri", request.redirectUri},
                             {"code_challenge_method", "S256"},
                             {"code_challenge", request.codeChallenge},
                             {"scope", request.scopes},
                             {"state", request.state}});
    return url;
}

std::string tokenEndpointUrl(std::string_view accountsBaseUrl)
{
    std::string url(withoutTrailingSlashes(accountsBaseUrl));
    url += "/api/token";
    return url;
}

} // namespace tunescope::auth
