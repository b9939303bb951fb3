#include "auth/CallbackPage.h"

namespace tunescope::auth {
namespace {

// Small enough to read at a glance; the colours follow the system's light or dark preference.
constexpr std::string_view kPageStart =
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    "<meta name=\"color-scheme\" content=\"light dark\"><title>Tunescope</title><style>"
    "body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;"
    "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;background:#f5f6f8;color:#1c1e22}"
    "main{max-width:34rem;padding:2rem;text-align:center}"
    "h1{font-size:1.4rem;margin:0 0 .75rem}p{margin:0;line-height:1.5;color:#474c55}"
    "@media (prefers-color-scheme:dark){body{background:#16171a;color:#eceef2}p{color:#b4b9c2}}"
    "</style></head><body><main><h1>";
constexpr std::string_view kPageMiddle = "</h1><p>";
constexpr std::string_view kPageEnd = "</p></main></body></html>\n";

} // namespace

std::string escapeHtml(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string renderHttpResponse(const CallbackPage& page)
{
    std::string body(kPageStart);
    body += escapeHtml(page.heading);
    body += kPageMiddle;
    body += escapeHtml(page.message);
    body += kPageEnd;

    std::string response = "HTTP/1.1 ";
    response += std::to_string(page.status);
    response += ' ';
    response += page.reason;
    response += "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ";
    response += std::to_string(body.size());
    response += "\r\nConnection: close\r\nCache-Control: no-store\r\n"
                "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
                "Referrer-Policy: no-referrer\r\nX-Content-Type-Options: nosniff\r\n";
    if (page.allowGet) {
        response += "Allow: GET\r\n";
    }
    response += "\r\n";
    response += body;
    return response;
}

} // namespace tunescope::auth
