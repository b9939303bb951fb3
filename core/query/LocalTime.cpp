#include "query/LocalTime.h"

#include <sqlite3.h>

#include <array>
#include <cstdio>
#include <string>

namespace tunescope::query {
namespace {

// The console's versions of the views: the stored v_plays plus local columns, and the days of
// v_daily counted in the zone (the stored ones are UTC: docs/query-console.md).
constexpr const char* kLocalViews = R"sql(
CREATE TEMP VIEW v_plays AS
SELECT *,
       local_time(started_at_ms)    AS started_at_local,
       local_time(ended_at_ms)      AS ended_at_local,
       local_day(started_at_ms)     AS day_local,
       local_hour(started_at_ms)    AS hour_local,
       local_weekday(started_at_ms) AS weekday_local
FROM main.v_plays;

-- The stored v_daily (migration 0008) by local day. Straight from the tables, not through v_plays:
-- that costs 1.8 times the processor time (bench: BM_QueryLocalTime).
CREATE TEMP VIEW v_daily AS
SELECT local_day(p.started_at)              AS day,
       SUM(p.ms_played >= 30000)            AS plays,
       SUM(p.ms_played)                     AS ms_played,
       ROUND(SUM(p.ms_played) / 60000.0, 1) AS minutes,
       COUNT(DISTINCT p.item_id)            AS tracks,
       COUNT(DISTINCT i.creator_id)         AS artists,
       SUM(p.skipped = 1)                   AS skips
FROM main.plays p
JOIN main.items i ON i.id = p.item_id
WHERE p.kind = 1
GROUP BY day;
)sql";

struct LocalParts {
    CivilDate date;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int weekday = 1; // 1 = Monday ... 7 = Sunday
};

LocalParts localParts(LocalClock& clock, UtcMs instant)
{
    const std::int64_t local = clock.toLocal(instant);
    const std::int64_t days = floorDiv(local, kMsPerDay);
    const std::int64_t msOfDay = local - days * kMsPerDay;
    LocalParts parts;
    parts.date = civilFromDays(days);
    parts.hour = static_cast<int>(msOfDay / kMsPerHour);
    parts.minute = static_cast<int>(msOfDay / 60'000 % 60);
    parts.second = static_cast<int>(msOfDay / 1000 % 60);
    parts.weekday = weekdayFromDays(days) + 1;
    return parts;
}

// Instants from year 0000 to 9999, as dates are written; anything else answers NULL rather than
// overflowing when the zone's offset is added.
constexpr UtcMs kEarliestInstant = -62'167'219'200'000;
constexpr UtcMs kLatestInstant = 253'402'300'799'999;

// The instant argument, or nothing for NULL and instants outside the years 0000-9999 (the
// function then answers NULL).
bool instantArgument(sqlite3_value* value, UtcMs& instant)
{
    if (sqlite3_value_type(value) == SQLITE_NULL) {
        return false;
    }
    instant = sqlite3_value_int64(value);
    return instant >= kEarliestInstant && instant <= kLatestInstant;
}

LocalClock& clockOf(sqlite3_context* context)
{
    return *static_cast<LocalClock*>(sqlite3_user_data(context));
}

void resultText(sqlite3_context* context, const std::string& text)
{
    sqlite3_result_text(context, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void localTime(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    UtcMs instant = 0;
    if (!instantArgument(argv[0], instant)) {
        return sqlite3_result_null(context);
    }
    const LocalParts p = localParts(clockOf(context), instant);
    std::array<char, 24> time{};
    std::snprintf(time.data(), time.size(), " %02d:%02d:%02d", p.hour, p.minute, p.second);
    resultText(context, formatCivilDate(p.date) + time.data());
}

void localDay(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    UtcMs instant = 0;
    if (!instantArgument(argv[0], instant)) {
        return sqlite3_result_null(context);
    }
    resultText(context, formatCivilDate(localParts(clockOf(context), instant).date));
}

void localHour(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    UtcMs instant = 0;
    if (!instantArgument(argv[0], instant)) {
        return sqlite3_result_null(context);
    }
    sqlite3_result_int(context, localParts(clockOf(context), instant).hour);
}

void localWeekday(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    UtcMs instant = 0;
    if (!instantArgument(argv[0], instant)) {
        return sqlite3_result_null(context);
    }
    sqlite3_result_int(context, localParts(clockOf(context), instant).weekday);
}

void localZone(sqlite3_context* context, int /*argc*/, sqlite3_value** /*argv*/)
{
    resultText(context, clockOf(context).zone().name());
}

using SqlFunction = void (*)(sqlite3_context*, int, sqlite3_value**);

struct FunctionEntry {
    const char* name;
    int arguments;
    SqlFunction function;
};

} // namespace

Status addLocalTime(sqlite3* db, LocalClock& clock)
{
    // Innocuous: usable in views even with trusted_schema off; deterministic for the connection's
    // fixed zone.
    constexpr int kFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    constexpr std::array<FunctionEntry, 5> kFunctions = {{
        {"local_time", 1, localTime},
        {"local_day", 1, localDay},
        {"local_hour", 1, localHour},
        {"local_weekday", 1, localWeekday},
        {"local_zone", 0, localZone},
    }};
    for (const auto& f : kFunctions) {
        if (sqlite3_create_function_v2(db, f.name, f.arguments, kFlags, &clock, f.function, nullptr, nullptr,
                                       nullptr) != SQLITE_OK) {
            return makeError(ErrorCode::Database,
                             std::string("Cannot give the query console local time: ") + sqlite3_errmsg(db));
        }
    }
    if (sqlite3_exec(db, kLocalViews, nullptr, nullptr, nullptr) != SQLITE_OK) {
        return makeError(ErrorCode::Database,
                         std::string("Cannot give the query console local time: ") + sqlite3_errmsg(db));
    }
    return {};
}

} // namespace tunescope::query
