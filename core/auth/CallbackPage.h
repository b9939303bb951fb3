#pragma once

#include <string>
#include <string_view>

namespace tunescope::auth {

// A complete HTTP/1.1 response from the loopback receiver to the user's browser: a small,
// self-contained HTML page (inline CSS only, light and dark) with a heading and one paragraph.
// Every response carries Content-Type, Content-Length, Connection: close and Cache-Control:
// no-store; the page loads nothing and sends no Referer, so the code in the address bar goes
// nowhere. `allowGet` adds "Allow: GET" (for 405).
struct CallbackPage {
    int status = 200;
    std::string_view reason = "OK";
    std::string heading;
    std::string message;
    bool allowGet = false;
};

std::string renderHttpResponse(const CallbackPage& page);

// Text with &, <, >, " and ' escaped for HTML.
std::string escapeHtml(std::string_view text);

} // namespace tunescope::auth
