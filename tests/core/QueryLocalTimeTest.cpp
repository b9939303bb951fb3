// The query console counts days and hours in the profile's zone, as the app's pages do, while the
// views stored in the file stay UTC (and readable by any SQLite tool).

#include "CoreTestHelpers.h"

#include "query/QueryConsole.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using testing::musicPlay;

TimeZone zoneNamed(const std::string& name)
{
    auto zone = TimeZone::locate(name);
    EXPECT_TRUE(zone.ok()) << name;
    return zone ? *zone : TimeZone::utc();
}

class QueryLocalTimeTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // Berlin moved its clocks from 02:00 to 03:00 on Sunday 31 March 2024 (01:00 UTC).
        testing::storePlays(profile, {musicPlay("Mira Sol", "Before", "", "2024-03-30T23:33:20Z", 200'000),
                                      musicPlay("Mira Sol", "After", "", "2024-03-31T01:33:20Z", 200'000),
                                      musicPlay("Noor", "Late", "", "2024-03-31T22:13:20Z", 200'000)});
    }

    query::QueryResult run(const std::string& zone, const std::string& sql)
    {
        auto console = query::QueryConsole::open(file, zoneNamed(zone));
        EXPECT_TRUE(console.ok()) << (console ? "" : console.error().message);
        if (!console) {
            return {};
        }
        auto result = console->run(sql);
        EXPECT_TRUE(result.ok()) << sql << ": " << (result ? "" : result.error().message);
        return result ? std::move(result).value() : query::QueryResult{};
    }

    static std::string text(const query::QueryResult& result, std::size_t row, std::size_t column)
    {
        return std::get<std::string>(result.rows.at(row).at(column));
    }
    static std::int64_t number(const query::QueryResult& result, std::size_t row, std::size_t column)
    {
        return std::get<std::int64_t>(result.rows.at(row).at(column));
    }

    testing::TempDir dir;
    std::filesystem::path file = dir.path() / "profile.sqlite3";
    store::Database profile = testing::databaseAt(file);
};

TEST_F(QueryLocalTimeTest, PlaysCarryLocalTimesAcrossTheDstChange)
{
    const auto plays = run("Europe/Berlin", "SELECT started_at_local, day_local, hour_local, weekday_local, day_utc, "
                                            "local_zone() FROM v_plays ORDER BY started_at_ms");
    ASSERT_EQ(plays.rows.size(), 3U);
    EXPECT_EQ(text(plays, 0, 0), "2024-03-31 00:30:00"); // UTC+1: Saturday evening in UTC
    EXPECT_EQ(text(plays, 0, 1), "2024-03-31");
    EXPECT_EQ(number(plays, 0, 2), 0);
    EXPECT_EQ(number(plays, 0, 3), 7); // Sunday
    EXPECT_EQ(text(plays, 0, 4), "2024-03-30");
    EXPECT_EQ(text(plays, 1, 0), "2024-03-31 03:30:00"); // UTC+2 from 01:00 UTC
    EXPECT_EQ(number(plays, 1, 2), 3);
    EXPECT_EQ(text(plays, 2, 0), "2024-04-01 00:10:00"); // Monday already in Berlin
    EXPECT_EQ(number(plays, 2, 3), 1);
    EXPECT_EQ(text(plays, 0, 5), "Europe/Berlin");

    // The same plays seen from New York (UTC-4 since 10 March): all three on Saturday 30 March.
    const auto newYork = run("America/New_York", "SELECT started_at_local, day_local FROM v_plays "
                                                 "ORDER BY started_at_ms");
    ASSERT_EQ(newYork.rows.size(), 3U);
    EXPECT_EQ(text(newYork, 0, 0), "2024-03-30 19:30:00");
    EXPECT_EQ(text(newYork, 2, 1), "2024-03-31");
    EXPECT_EQ(text(newYork, 1, 1), "2024-03-30");
}

TEST_F(QueryLocalTimeTest, DailyTotalsAreLocalDays)
{
    const auto berlin = run("Europe/Berlin", "SELECT day, plays FROM v_daily ORDER BY day");
    ASSERT_EQ(berlin.rows.size(), 2U);
    EXPECT_EQ(text(berlin, 0, 0), "2024-03-31");
    EXPECT_EQ(number(berlin, 0, 1), 2);
    EXPECT_EQ(text(berlin, 1, 0), "2024-04-01");
    const auto utc = run("UTC", "SELECT day, plays FROM v_daily ORDER BY day");
    ASSERT_EQ(utc.rows.size(), 2U);
    EXPECT_EQ(text(utc, 0, 0), "2024-03-30");
    EXPECT_EQ(number(utc, 1, 1), 2);
}

TEST_F(QueryLocalTimeTest, NullAndOutOfRangeInstantsGiveNull)
{
    const auto result = run("Europe/Berlin", "SELECT local_time(NULL), local_day(NULL), local_hour(NULL), "
                                             "local_day(9223372036854775807), local_time(-9223372036854775808), "
                                             "local_weekday(253402300800000)");
    ASSERT_EQ(result.rows.size(), 1U);
    for (const auto& value : result.rows[0]) {
        EXPECT_TRUE(std::holds_alternative<std::monostate>(value));
    }
    // The last millisecond of 9999 in UTC is already the year 10000 in Berlin: no overflow, a date.
    const auto edge = run("Europe/Berlin", "SELECT local_day(253402300799999), local_day(-62167219200000)");
    ASSERT_EQ(edge.rows.size(), 1U);
    EXPECT_EQ(text(edge, 0, 0).substr(0, 5), "10000");
    EXPECT_EQ(text(edge, 0, 1), "0000-01-01");
}

TEST_F(QueryLocalTimeTest, TheStoredViewsStayUtcForOtherTools)
{
    // The console's local views live on its own connection only: the profile's connection (like
    // the sqlite3 shell) reads the stored views without knowing the console's functions.
    EXPECT_EQ(run("Europe/Berlin", "SELECT day_local FROM v_plays").rows.size(), 3U);
    auto stored = profile.prepare("SELECT day_utc FROM v_plays ORDER BY started_at_ms");
    ASSERT_TRUE(stored.ok()) << stored.error().message;
    ASSERT_TRUE(stored->step());
    EXPECT_EQ(stored->textView(0), "2024-03-30");
    EXPECT_FALSE(profile.prepare("SELECT day_local FROM v_plays").ok());
    auto daily = profile.prepare("SELECT day FROM v_daily ORDER BY day");
    ASSERT_TRUE(daily.ok() && daily->step());
    EXPECT_EQ(daily->textView(0), "2024-03-30");
    EXPECT_EQ(testing::queryInt(profile, "SELECT COUNT(*) FROM sqlite_temp_master"), 0);
}

} // namespace
} // namespace tunescope
