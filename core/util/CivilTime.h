#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tunescope {

// Milliseconds since 1970-01-01T00:00:00Z. Every stored instant is UTC in this unit.
using UtcMs = std::int64_t;

inline constexpr std::int64_t kMsPerHour = 3'600'000;
inline constexpr std::int64_t kMsPerDay = 86'400'000;

// Division rounding towards minus infinity (days and months before 1970 stay whole).
constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// A calendar date without a zone ("the user's 2024-03-31").
struct CivilDate {
    int year = 1970;
    unsigned month = 1;
    unsigned day = 1;

    friend bool operator==(const CivilDate&, const CivilDate&) = default;
    friend auto operator<=>(const CivilDate&, const CivilDate&) = default; // NOLINT(modernize-use-nullptr)
};

// Days since 1970-01-01 for a proleptic Gregorian date, and back.
std::int64_t daysFromCivil(CivilDate date);
CivilDate civilFromDays(std::int64_t days);
// 0 = Monday ... 6 = Sunday.
int weekdayFromDays(std::int64_t days);

// Strict "YYYY-MM-DD" with a real calendar day.
std::optional<CivilDate> parseCivilDate(std::string_view text);
std::string formatCivilDate(CivilDate date);

// Account-data "YYYY-MM-DD HH:MM" (UTC, minute precision).
std::optional<UtcMs> parseMinuteTimestamp(std::string_view text);
// Extended-history ISO 8601 "YYYY-MM-DDTHH:MM:SS[.fff]Z" (also accepts +HH:MM offsets).
std::optional<UtcMs> parseIsoTimestamp(std::string_view text);
// "YYYY-MM-DDTHH:MM:SSZ" in UTC.
std::string formatIsoUtc(UtcMs instant);

} // namespace tunescope
