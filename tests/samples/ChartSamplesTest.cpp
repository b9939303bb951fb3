// The public chart files in ../shared/samples/charts (spotifycharts.com daily with the note line,
// charts.spotify.com weekly with BOM and CRLF and one with a missing rank, a daily with
// days_on_chart, the first rows of the Kaggle aggregate) import completely, and their KPIs match
// figures read from the files here with a plain regular expression. Skipped when absent.

#include "TestSupport.h"

#include "analytics/ChartStats.h"
#include "ingest/ChartImport.h"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

namespace tunescope::ingest {
namespace {

std::optional<std::filesystem::path> chartsDir()
{
    const auto samples = testing::samplesDir();
    if (!samples || !std::filesystem::exists(*samples / "charts")) {
        return std::nullopt;
    }
    return *samples / "charts";
}

// The sum of the streams of every data row (the last column, or the one before the URL in
// spotifycharts.com's files), and how many rows have one.
std::pair<std::int64_t, std::size_t> streamsReadIndependently(const std::filesystem::path& file)
{
    std::istringstream lines(testing::readFile(file));
    const std::regex lastNumber(R"re(^.*,"?(\d+)(\.0)?"?(,https://open\.spotify\.com/track/\w+)?\r?$)re");
    std::int64_t total = 0;
    std::size_t rows = 0;
    for (std::string line; std::getline(lines, line);) {
        std::smatch match;
        if (std::regex_match(line, match, lastNumber)) {
            total += std::stoll(match[1]);
            ++rows;
        }
    }
    return {total, rows};
}

struct Expected {
    const char* file;
    const char* region;
    ChartPeriod period;
    const char* date;
    std::size_t rows;
};

constexpr Expected kFiles[] = {
    {"amandotzip__groovydata/regional-global-daily-2017-01-01.csv", "global", ChartPeriod::Daily, "2017-01-01", 200},
    {"amandotzip__groovydata/regional-global-daily-2020-10-01.csv", "global", ChartPeriod::Daily, "2020-10-01", 200},
    {"mattleesounds__spotify-data/regional-global-weekly-2023-01-05.csv", "global", ChartPeriod::Weekly, "2023-01-05",
     199},
    {"mattleesounds__spotify-data/regional-global-weekly-2023-11-16.csv", "global", ChartPeriod::Weekly, "2023-11-16",
     200},
    {"flaviovdf__fcd/data/regional-us-daily-2023-01-21.csv", "us", ChartPeriod::Daily, "2023-01-21", 200},
};

TEST(ChartSamples, EveryPublicChartFileImportsWithKpisMatchingTheFile)
{
    const auto dir = chartsDir();
    if (!dir) {
        GTEST_SKIP() << "../shared/samples/charts not found (set TUNESCOPE_SAMPLES_DIR)";
    }
    auto db = testing::freshDatabase();
    for (const auto& expected : kFiles) {
        SCOPED_TRACE(expected.file);
        const auto report = importCharts(db, {*dir / expected.file});
        ASSERT_EQ(report.files.size(), 1U);
        ASSERT_EQ(report.files[0].outcome, FileReport::Outcome::Imported) << report.files[0].error;
        EXPECT_EQ(report.files[0].entriesAdded, expected.rows);

        const auto [streams, rows] = streamsReadIndependently(*dir / expected.file);
        ASSERT_EQ(rows, expected.rows);
        const ChartIdentity chart{expected.region, expected.period, ChartKind::Top200, *parseCivilDate(expected.date)};
        const auto kpis = analytics::chartKpis(db, chart);
        ASSERT_TRUE(kpis.ok()) << kpis.error().message;
        EXPECT_EQ(kpis->entries, expected.rows);
        EXPECT_EQ(kpis->totalStreams, streams);
        EXPECT_GT(kpis->uniqueArtists, 100U);
    }
    // Rank 142 is missing from the 2023-01-05 weekly: the ranks are kept as the file gives them.
    const auto weekly = analytics::chartEntries(
        db, ChartIdentity{"global", ChartPeriod::Weekly, ChartKind::Top200, *parseCivilDate("2023-01-05")});
    ASSERT_TRUE(weekly.ok());
    EXPECT_EQ(weekly->at(140).rank, 141);
    EXPECT_EQ(weekly->at(141).rank, 143);
}

TEST(ChartSamples, TheKaggleAggregateNeedsItsPeriodAndNamesArgentinaByCode)
{
    const auto dir = chartsDir();
    if (!dir) {
        GTEST_SKIP() << "../shared/samples/charts not found (set TUNESCOPE_SAMPLES_DIR)";
    }
    auto db = testing::freshDatabase();
    const auto file = *dir / "Spandana2704__spotify-charts-report/charts_sample.csv";
    ASSERT_TRUE(importCharts(db, {file}).anyRejected());
    ChartImportOptions daily;
    daily.period = ChartPeriod::Daily;
    const auto report = importCharts(db, {file}, daily);
    ASSERT_EQ(report.files[0].outcome, FileReport::Outcome::Imported) << report.files[0].error;
    EXPECT_EQ(report.files[0].entriesAdded, 100U);
    const auto [streams, rows] = streamsReadIndependently(file);
    ASSERT_EQ(rows, 100U);
    const auto kpis = analytics::chartKpis(
        db, ChartIdentity{"ar", ChartPeriod::Daily, ChartKind::Top200, *parseCivilDate("2017-01-01")});
    ASSERT_TRUE(kpis.ok()) << kpis.error().message;
    EXPECT_EQ(kpis->totalStreams, streams);
    EXPECT_EQ(kpis->topSong->song.title, "Chantaje (feat. Maluma)");
}

} // namespace
} // namespace tunescope::ingest
