// Every ready-made query of the console runs on the demo profile and agrees with the app's own
// analytics (stats totals, top lists, chart KPIs).

#include "CoreTestHelpers.h"

#include "analytics/ChartStats.h"
#include "analytics/Overview.h"
#include "demo/DemoProfile.h"
#include "query/Examples.h"
#include "query/QueryConsole.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>

namespace tunescope {
namespace {

class QueryExamples : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir_ = new testing::TempDir;
        auto db = demo::openDemoProfile(dir_->path());
        ASSERT_TRUE(db.ok()) << db.error().message;
        profile_ = new store::Database(std::move(db).value());
    }
    static void TearDownTestSuite()
    {
        delete profile_;
        profile_ = nullptr;
        delete dir_;
        dir_ = nullptr;
    }

    static store::Database& profile() { return *profile_; }

    // Runs the example by name, every row of it, with days and hours in `zone`.
    static query::QueryResult run(std::string_view name, const TimeZone& zone = TimeZone::utc())
    {
        const auto* example = query::findExample(name);
        EXPECT_NE(example, nullptr) << name;
        if (example == nullptr) {
            return {};
        }
        auto console = query::QueryConsole::openBeside(profile(), zone);
        EXPECT_TRUE(console.ok()) << console.error().message;
        if (!console) {
            return {};
        }
        query::QueryOptions options;
        options.maxRows = query::QueryOptions::kAllRows;
        auto result = console->run(example->sql, options);
        EXPECT_TRUE(result.ok()) << name << ": " << (result ? "" : result.error().message);
        return result ? std::move(result).value() : query::QueryResult{};
    }

    static std::size_t column(const query::QueryResult& result, const std::string& name)
    {
        const auto it = std::find(result.columns.begin(), result.columns.end(), name);
        EXPECT_NE(it, result.columns.end()) << name;
        return static_cast<std::size_t>(it - result.columns.begin());
    }

    static analytics::Totals allTimeTotals()
    {
        auto totals = analytics::queryTotals(profile(), analytics::resolvePeriod({}, TimeZone::utc()));
        EXPECT_TRUE(totals.ok());
        return totals ? *totals : analytics::Totals{};
    }

    // The newest global weekly top 200 of the demo.
    static ingest::ChartIdentity newestGlobalWeekly()
    {
        auto charts = analytics::listCharts(profile());
        EXPECT_TRUE(charts.ok());
        ingest::ChartIdentity newest;
        for (const auto& chart : charts ? *charts : std::vector<analytics::ChartSummary>{}) {
            const auto& id = chart.identity;
            if (id.region == "global" && id.period == ingest::ChartPeriod::Weekly &&
                (newest.region.empty() || newest.date < id.date)) {
                newest = id;
            }
        }
        EXPECT_FALSE(newest.region.empty());
        return newest;
    }

private:
    static testing::TempDir* dir_;
    static store::Database* profile_;
};

testing::TempDir* QueryExamples::dir_ = nullptr;
store::Database* QueryExamples::profile_ = nullptr;

TEST_F(QueryExamples, EveryExampleRunsAndAnswersSomething)
{
    ASSERT_GE(query::queryExamples().size(), 8U);
    for (const auto& example : query::queryExamples()) {
        SCOPED_TRACE(std::string(example.name));
        const auto result = run(example.name);
        EXPECT_FALSE(result.columns.empty());
        EXPECT_FALSE(result.rows.empty());
        EXPECT_FALSE(example.title.empty());
    }
}

TEST_F(QueryExamples, MonthsAddUpToTheStatsTotals)
{
    const auto result = run("listening-per-month");
    const auto plays = column(result, "plays");
    const auto hours = column(result, "hours");
    std::int64_t playSum = 0;
    double hourSum = 0.0;
    for (const auto& row : result.rows) {
        playSum += std::get<std::int64_t>(row[plays]);
        hourSum += query::numberOf(row[hours]);
    }
    const auto totals = allTimeTotals();
    EXPECT_GT(totals.plays, 1000);
    EXPECT_EQ(playSum, totals.plays);
    // Each month is rounded to a tenth of an hour.
    EXPECT_NEAR(hourSum, static_cast<double>(totals.msPlayed) / 3'600'000.0,
                0.05 * static_cast<double>(result.rows.size()));
    EXPECT_EQ(std::get<std::string>(result.rows.front()[column(result, "month")]).size(), 7U); // YYYY-MM
}

TEST_F(QueryExamples, HoursAddUpToTheStatsTotals)
{
    const auto result = run("plays-by-hour");
    std::int64_t sum = 0;
    for (const auto& row : result.rows) {
        const auto hour = std::get<std::int64_t>(row[column(result, "hour")]);
        EXPECT_TRUE(hour >= 0 && hour < 24) << hour;
        sum += std::get<std::int64_t>(row[column(result, "plays")]);
    }
    EXPECT_EQ(sum, allTimeTotals().plays);
}

// The examples count days and hours in the profile's zone, as the Overview's timeline and
// heatmap do: India is 5 h 30 min ahead of UTC, so UTC hours would differ from the page's.
TEST_F(QueryExamples, InTheProfilesZoneMonthsAndHoursMatchThePages)
{
    auto kolkata = TimeZone::locate("Asia/Kolkata");
    ASSERT_TRUE(kolkata.ok());
    const auto period = analytics::resolvePeriod({}, *kolkata);

    auto heatmap = analytics::queryHeatmap(profile(), period);
    ASSERT_TRUE(heatmap.ok());
    const auto hours = run("plays-by-hour", *kolkata);
    std::map<std::int64_t, std::int64_t> byHour;
    for (const auto& row : hours.rows) {
        byHour[std::get<std::int64_t>(row[column(hours, "hour")])] =
            std::get<std::int64_t>(row[column(hours, "plays")]);
    }
    for (std::size_t hour = 0; hour < 24; ++hour) {
        std::int64_t page = 0;
        for (const auto& day : heatmap->plays) {
            page += day[hour];
        }
        EXPECT_EQ(byHour[static_cast<std::int64_t>(hour)], page) << "hour " << hour;
    }

    auto timeline = analytics::queryTimeline(profile(), period, analytics::Bucket::Month);
    ASSERT_TRUE(timeline.ok());
    std::map<std::string, std::int64_t> pageMonths;
    for (const auto& point : *timeline) {
        if (point.plays > 0) {
            pageMonths[formatCivilDate(point.start).substr(0, 7)] = point.plays;
        }
    }
    const auto months = run("listening-per-month", *kolkata);
    std::map<std::string, std::int64_t> consoleMonths;
    for (const auto& row : months.rows) {
        if (const auto plays = std::get<std::int64_t>(row[column(months, "plays")]); plays > 0) {
            consoleMonths[std::get<std::string>(row[column(months, "month")])] = plays;
        }
    }
    EXPECT_GT(consoleMonths.size(), 12U);
    EXPECT_EQ(consoleMonths, pageMonths);
}

TEST_F(QueryExamples, TopArtistOfAYearMatchesTheTopList)
{
    const auto result = run("top-artists-per-year");
    std::map<std::string, int> perYear;
    for (const auto& row : result.rows) {
        const auto& year = std::get<std::string>(row[column(result, "year")]);
        const auto rank = std::get<std::int64_t>(row[column(result, "rank")]);
        EXPECT_EQ(rank, ++perYear[year]); // 1, 2, 3... within each year
    }
    EXPECT_GE(perYear.size(), 3U);
    for (const auto& [year, count] : perYear) {
        EXPECT_LE(count, 5);
    }
    // 2025, in UTC as this console counts: the example's first artist has the top list's play count.
    analytics::DateRange range{CivilDate{2025, 1, 1}, CivilDate{2025, 12, 31}};
    auto top = analytics::queryTop(profile(), analytics::TopKind::Artists, analytics::Metric::Plays,
                                   analytics::resolvePeriod(range, TimeZone::utc()), 1);
    ASSERT_TRUE(top.ok());
    ASSERT_FALSE(top->empty());
    const auto first = std::find_if(result.rows.begin(), result.rows.end(), [&](const auto& row) {
        return std::get<std::string>(row[column(result, "year")]) == "2025";
    });
    ASSERT_NE(first, result.rows.end());
    EXPECT_EQ(std::get<std::int64_t>((*first)[column(result, "plays")]), top->front().plays);
}

TEST_F(QueryExamples, ChartExamplesAgreeWithTheChartKpis)
{
    const auto chart = newestGlobalWeekly();
    auto kpis = analytics::chartKpis(profile(), chart);
    ASSERT_TRUE(kpis.ok()) << kpis.error().message;
    auto entries = analytics::chartEntries(profile(), chart);
    ASSERT_TRUE(entries.ok());

    const auto top10 = run("top-songs-of-a-date");
    ASSERT_EQ(top10.rows.size(), 10U);
    for (std::size_t i = 0; i < top10.rows.size(); ++i) {
        EXPECT_EQ(std::get<std::int64_t>(top10.rows[i][column(top10, "rank")]), static_cast<std::int64_t>(i + 1));
        EXPECT_EQ(std::get<std::string>(top10.rows[i][column(top10, "song")]), (*entries)[i].song.title);
    }

    const auto averages = run("average-streams-per-song");
    const std::string date = formatCivilDate(chart.date);
    const auto row = std::find_if(averages.rows.begin(), averages.rows.end(), [&](const auto& r) {
        return std::get<std::string>(r[column(averages, "region")]) == "global" &&
               std::get<std::string>(r[column(averages, "period")]) == "weekly" &&
               std::get<std::string>(r[column(averages, "chart_date")]) == date;
    });
    ASSERT_NE(row, averages.rows.end());
    EXPECT_NEAR(query::numberOf((*row)[column(averages, "average_streams")]), kpis->averageStreamsPerSong, 0.051);

    // Total streams per region: the sum of every global weekly chart's KPI.
    std::int64_t globalStreams = 0;
    const auto charts = analytics::listCharts(profile());
    ASSERT_TRUE(charts.ok());
    for (const auto& summary : *charts) {
        if (summary.identity.region == "global" && summary.identity.period == ingest::ChartPeriod::Weekly &&
            summary.identity.kind == ingest::ChartKind::Top200) {
            globalStreams += analytics::chartKpis(profile(), summary.identity)->totalStreams;
        }
    }
    const auto regions = run("chart-streams-per-region");
    const auto global = std::find_if(regions.rows.begin(), regions.rows.end(), [&](const auto& r) {
        return std::get<std::string>(r[column(regions, "region")]) == "global";
    });
    ASSERT_NE(global, regions.rows.end());
    EXPECT_EQ(std::get<std::int64_t>((*global)[column(regions, "total_streams")]), globalStreams);
    EXPECT_GE(regions.rows.size(), 2U); // global and de
}

TEST_F(QueryExamples, SkipsAndPodcastsAreSensible)
{
    const auto skipped = run("most-skipped-tracks");
    double previous = 100.0;
    for (const auto& row : skipped.rows) {
        const double percent = query::numberOf(row[column(skipped, "skip_percent")]);
        EXPECT_LE(percent, previous);
        EXPECT_GE(percent, 0.0);
        EXPECT_GE(std::get<std::int64_t>(row[column(skipped, "started")]), 10);
        previous = percent;
    }
    const auto shows = run("podcast-shows");
    for (const auto& row : shows.rows) {
        EXPECT_GT(query::numberOf(row[column(shows, "hours")]), 0.0);
    }
}

} // namespace
} // namespace tunescope
