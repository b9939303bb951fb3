#include "util/CivilTime.h"

#include <array>
#include <cstdio>

namespace tunescope {
namespace {

constexpr std::int64_t kMsPerSecond = 1000;

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(int y, unsigned m)
{
    static constexpr std::array<unsigned, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29U : days.at(m - 1);
}

// Reads exactly `count` digits at `pos`; -1 when any is not a digit.
int readDigits(std::string_view s, size_t pos, size_t count)
{
    if (pos + count > s.size()) {
        return -1;
    }
    int value = 0;
    for (size_t i = 0; i < count; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9') {
            return -1;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<CivilDate> readDate(std::string_view s)
{
    const int y = readDigits(s, 0, 4);
    const int m = readDigits(s, 5, 2);
    const int d = readDigits(s, 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || s.size() < 10 || s[4] != '-' || s[7] != '-') {
        return std::nullopt;
    }
    const CivilDate date{y, static_cast<unsigned>(m), static_cast<unsigned>(d)};
    if (date.day > daysInMonth(date.year, date.month)) {
        return std::nullopt;
    }
    return date;
}

std::optional<UtcMs> combine(CivilDate date, int h, int min, int sec)
{
    if (h < 0 || h > 23 || min < 0 || min > 59 || sec < 0 || sec > 60) {
        return std::nullopt;
    }
    return daysFromCivil(date) * kMsPerDay + ((h * 60LL + min) * 60LL + sec) * kMsPerSecond;
}

} // namespace

std::int64_t daysFromCivil(CivilDate date)
{
    // Howard Hinnant's days_from_civil.
    const int y = date.year - (date.month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned m = date.month;
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + date.day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

CivilDate civilFromDays(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const auto y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0));
    return CivilDate{y, m, d};
}

int weekdayFromDays(std::int64_t days)
{
    // 1970-01-01 was a Thursday (index 3 with Monday = 0).
    const std::int64_t w = (days + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

std::optional<CivilDate> parseCivilDate(std::string_view text)
{
    if (text.size() != 10) {
        return std::nullopt;
    }
    return readDate(text);
}

std::string formatCivilDate(CivilDate date)
{
    std::array<char, 16> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02u", date.year, date.month, date.day);
    return buffer.data();
}

std::optional<UtcMs> parseMinuteTimestamp(std::string_view text)
{
    if (text.size() != 16 || text[10] != ' ' || text[13] != ':') {
        return std::nullopt;
    }
    const auto date = readDate(text);
    if (!date) {
        return std::nullopt;
    }
    return combine(*date, readDigits(text, 11, 2), readDigits(text, 14, 2), 0);
}

std::optional<UtcMs> parseIsoTimestamp(std::string_view text)
{
    if (text.size() < 20 || (text[10] != 'T' && text[10] != ' ') || text[13] != ':' || text[16] != ':') {
        return std::nullopt;
    }
    const auto date = readDate(text);
    if (!date) {
        return std::nullopt;
    }
    auto instant = combine(*date, readDigits(text, 11, 2), readDigits(text, 14, 2), readDigits(text, 17, 2));
    if (!instant) {
        return std::nullopt;
    }
    size_t pos = 19;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        std::int64_t scale = 100;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            *instant += (text[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
    }
    if (pos + 1 == text.size() && text[pos] == 'Z') {
        return instant;
    }
    if (pos + 6 == text.size() && (text[pos] == '+' || text[pos] == '-') && text[pos + 3] == ':') {
        const int hh = readDigits(text, pos + 1, 2);
        const int mm = readDigits(text, pos + 4, 2);
        if (hh < 0 || hh > 23 || mm < 0 || mm > 59) {
            return std::nullopt;
        }
        const std::int64_t offset = (hh * 60LL + mm) * 60'000LL;
        return text[pos] == '+' ? *instant - offset : *instant + offset;
    }
    return std::nullopt;
}

std::string formatIsoUtc(UtcMs instant)
{
    const std::int64_t days = floorDiv(instant, kMsPerDay);
    const std::int64_t msOfDay = instant - days * kMsPerDay;
    const CivilDate date = civilFromDays(days);
    const std::int64_t seconds = msOfDay / kMsPerSecond;
    std::array<char, 64> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02uT%02lld:%02lld:%02lldZ", date.year, date.month, date.day,
                  static_cast<long long>(seconds / 3600), static_cast<long long>(seconds / 60 % 60),
                  static_cast<long long>(seconds % 60));
    return buffer.data();
}

} // namespace tunescope
