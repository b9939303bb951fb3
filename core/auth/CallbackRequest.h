#pragma once

#include "auth/CallbackPage.h"
#include "util/Result.h"

#include <optional>
#include <string>
#include <string_view>

namespace tunescope::auth {

// What the loopback receiver does with one complete request head from the browser: the page to
// answer with, and, when this request ends the login, its outcome (the authorization code, or
// why there is none). Requests that do not end the login (favicon, wrong method, a forged or
// stale link, garbage) get an error page and the wait goes on.
struct CallbackVerdict {
    CallbackPage page;
    std::optional<Result<std::string>> outcome;
};

// `head` is the request line and headers. Only `GET /callback?...` whose `state` equals
// `expectedState` ends the login: with `code` (200 page), with error=access_denied
// (LoginRequired) or another error (Remote).
CallbackVerdict judgeCallbackRequest(std::string_view head, const std::string& expectedState);

// Pages for requests the receiver refuses before judging them.
CallbackPage requestTooLargePage();

} // namespace tunescope::auth
