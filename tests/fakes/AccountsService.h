#pragma once

#include "Reply.h"
#include "TokenStore.h"
#include "UrlCodec.h"

#include <mutex>
#include <set>
#include <string>
#include <string_view>

// accounts.spotify.com as a PKCE desktop client sees it: GET /authorize answers at once with the
// redirect a consenting user would produce, POST /api/token exchanges codes and rotates refresh
// tokens. Transport-free: the fake server feeds it parameters and sends its Reply.
namespace tunescope::fakes {

class AccountsService {
public:
    // `redirectPath`: the registered loopback callback path ("/callback").
    AccountsService(TokenStore& tokens, std::string redirectPath);

    void registerClient(std::string clientId);
    [[nodiscard]] bool isRegistered(const std::string& clientId) const;
    // The next /authorize is answered as if the user clicked "Cancel".
    void denyNextAuthorization();

    Reply authorize(const Params& query);
    Reply token(std::string_view contentType, std::string_view body);

private:
    [[nodiscard]] bool isAllowedRedirect(std::string_view uri) const;
    Reply tokenFailure(std::string_view error, std::string_view description);

    TokenStore& tokens_;
    std::string redirectPath_;
    mutable std::mutex mutex_;
    std::set<std::string> clientIds_;
    bool denyNext_ = false;
};

} // namespace tunescope::fakes
