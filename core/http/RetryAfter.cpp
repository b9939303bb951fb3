#include "http/RetryAfter.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace tunescope::http {
namespace {

constexpr std::int64_t kLongestMs = kLongestRetryAfter.count();

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && isSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Digits only; saturates instead of overflowing ("99999999999999999999" is just "very long").
std::optional<std::int64_t> parseDigits(std::string_view text, std::int64_t saturateAt)
{
    if (text.empty()) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    for (const char c : text) {
        if (!isDigit(c)) {
            return std::nullopt;
        }
        value = std::min(saturateAt, value * 10 + (c - '0'));
    }
    return value;
}

std::optional<unsigned> monthFromName(std::string_view name)
{
    static constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (kMonths[i] == name) {
            return static_cast<unsigned>(i + 1);
        }
    }
    return std::nullopt;
}

// "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 IMF-fixdate). The weekday name is not checked
// against the date: a wrong weekday still names an unambiguous instant.
std::optional<UtcMs> parseImfFixdate(std::string_view text)
{
    // 0123456789012345678901234567890
    // Sun, 06 Nov 1994 08:49:37 GMT
    if (text.size() != 29 || text[3] != ',' || text[4] != ' ' || text[7] != ' ' || text[11] != ' ' || text[16] != ' ' ||
        text[19] != ':' || text[22] != ':' || text.substr(25) != " GMT") {
        return std::nullopt;
    }
    const auto day = parseDigits(text.substr(5, 2), 99);
    const auto month = monthFromName(text.substr(8, 3));
    const auto year = parseDigits(text.substr(12, 4), 9999);
    const auto hour = parseDigits(text.substr(17, 2), 99);
    const auto minute = parseDigits(text.substr(20, 2), 99);
    const auto second = parseDigits(text.substr(23, 2), 99);
    if (!day || !month || !year || !hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 60) {
        return std::nullopt;
    }
    const CivilDate date{static_cast<int>(*year), *month, static_cast<unsigned>(*day)};
    const std::int64_t days = daysFromCivil(date);
    if (civilFromDays(days) != date) {
        return std::nullopt; // "31 Feb" and friends
    }
    return days * kMsPerDay + (*hour * 3600 + *minute * 60 + *second) * 1000;
}

} // namespace

std::optional<std::chrono::milliseconds> parseRetryAfter(std::string_view value, UtcMs now)
{
    const std::string_view text = trimmed(value);
    if (!text.empty() && isDigit(text.front())) {
        const auto seconds = parseDigits(text, kLongestMs / 1000 + 1);
        if (!seconds) {
            return std::nullopt;
        }
        return std::chrono::milliseconds(std::min(kLongestMs, *seconds * 1000));
    }
    const auto at = parseImfFixdate(text);
    if (!at) {
        return std::nullopt;
    }
    return std::chrono::milliseconds(std::clamp<std::int64_t>(*at - now, 0, kLongestMs));
}

std::optional<std::chrono::milliseconds> retryAfterOf(const HttpResponse& response, UtcMs now)
{
    const auto value = response.header("Retry-After");
    if (!value) {
        return std::nullopt;
    }
    return parseRetryAfter(*value, now);
}

} // namespace tunescope::http
