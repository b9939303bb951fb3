// What a chart dashboard shows: KPIs checked against figures computed here from the fixture's own
// text, a song's trajectory over the imported dates, finding songs by id or title.

#include "ChartFixtures.h"
#include "CoreTestHelpers.h"

#include "analytics/ChartStats.h"
#include "ingest/ChartImport.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

namespace tunescope::analytics {
namespace {

using ingest::ChartIdentity;
using ingest::ChartPeriod;
using testing::fixture;

// The fixture's stream counts and artists, read with a regular expression rather than the
// importer's CSV reader: charts.spotify.com quotes both.
struct Independent {
    std::int64_t total = 0;
    std::int64_t top = 0;
    std::size_t rows = 0;
    std::set<std::string> artists;
};

Independent readIndependently(const std::string& file)
{
    Independent figures;
    std::istringstream lines(testing::readFile(fixture("charts/" + file)));
    const std::regex row(R"re(^\d+,"[^"]*","([^"]*)",.*,"(\d+)"\r?$)re");
    std::string line;
    while (std::getline(lines, line)) {
        std::smatch match;
        if (!std::regex_match(line, match, row)) {
            continue;
        }
        const std::int64_t streams = std::stoll(match[2]);
        figures.total += streams;
        figures.top = std::max(figures.top, streams);
        ++figures.rows;
        std::istringstream names(match[1]);
        for (std::string name; std::getline(names, name, ',');) {
            figures.artists.insert(name.substr(name.find_first_not_of(' ')));
        }
    }
    return figures;
}

class ChartStats : public ::testing::Test {
protected:
    void SetUp() override
    {
        ingest::ChartImportOptions daily;
        daily.period = ChartPeriod::Daily;
        ASSERT_FALSE(
            ingest::importCharts(db, {testing::writeUsWeekly(generated), testing::writeOldSiteDaily(generated)})
                .anyRejected());
        ASSERT_FALSE(ingest::importCharts(db, {fixture("charts/aggregated-charts.csv")}, daily).anyRejected());
    }

    testing::TempDir generated;
    store::Database db = testing::freshDatabase();
};

TEST_F(ChartStats, KpisMatchTheFiguresReadStraightFromTheFile)
{
    const Independent expected = readIndependently("us-weekly.csv");
    ASSERT_EQ(expected.rows, 3U);
    const auto kpis = chartKpis(
        db, ChartIdentity{"us", ChartPeriod::Weekly, ingest::ChartKind::Top200, *parseCivilDate("2023-01-05")});
    ASSERT_TRUE(kpis.ok()) << kpis.error().message;
    EXPECT_EQ(kpis->totalStreams, expected.total);
    EXPECT_EQ(kpis->entries, expected.rows);
    EXPECT_EQ(kpis->uniqueArtists, expected.artists.size());
    EXPECT_DOUBLE_EQ(kpis->averageStreamsPerSong, static_cast<double>(expected.total) / 3.0);
    ASSERT_TRUE(kpis->topSong.has_value());
    EXPECT_EQ(kpis->topSong->streams, expected.top);
    EXPECT_EQ(kpis->topSong->song.title, "Northern Lights");
}

TEST_F(ChartStats, AChartNobodyImportedIsNotFoundWithAHint)
{
    const auto kpis = chartKpis(
        db, ChartIdentity{"se", ChartPeriod::Daily, ingest::ChartKind::Top200, *parseCivilDate("2023-01-05")});
    ASSERT_FALSE(kpis.ok());
    EXPECT_EQ(kpis.error().code, ErrorCode::NotFound);
    EXPECT_NE(kpis.error().message.find("charts list"), std::string::npos);
}

TEST_F(ChartStats, ListedChartsCountTheirEntries)
{
    const auto charts = listCharts(db);
    ASSERT_TRUE(charts.ok());
    // ar x3 (two dates, one viral), global x1 (the file and the dataset name the same chart), us x1.
    ASSERT_EQ(charts->size(), 5U);
    EXPECT_EQ(charts->front().identity.region, "ar");
    std::size_t entries = 0;
    for (const auto& chart : *charts) {
        entries += chart.entries;
    }
    // The dataset's global Slow Orbit is already on the global chart from its own file.
    EXPECT_EQ(entries, 3U + 3U + 4U);
}

TEST_F(ChartStats, ASongIsFoundByIdOrTitleAndFollowedAcrossDates)
{
    const auto byLink = findChartSongs(db, "https://open.spotify.com/track/1aAaAaAaAaAaAaAaAaAaAa?si=x");
    ASSERT_TRUE(byLink.ok());
    ASSERT_EQ(byLink->size(), 1U);
    const auto byTitle = findChartSongs(db, "northern");
    ASSERT_TRUE(byTitle.ok());
    ASSERT_EQ(byTitle->size(), 1U);
    EXPECT_EQ(byTitle->front().trackId, byLink->front().trackId);
    EXPECT_TRUE(findChartSongs(db, "100%")->empty());

    const auto path = songTrajectory(db, byLink->front().trackId, ChartScope{"ar", ChartPeriod::Daily});
    ASSERT_TRUE(path.ok());
    ASSERT_EQ(path->size(), 2U);
    EXPECT_EQ(path->at(0).date, parseCivilDate("2017-01-01"));
    EXPECT_EQ(path->at(0).streams, 253'019);
    EXPECT_EQ(path->at(1).streams, 240'000);
}

TEST_F(ChartStats, AnArtistsPresenceCountsEverySongCreditingThemByDate)
{
    const ChartScope usWeekly{"us", ChartPeriod::Weekly};
    const auto aurora = artistPresence(db, "aurora vale", usWeekly);
    ASSERT_TRUE(aurora.ok()) << aurora.error().message;
    ASSERT_EQ(aurora->size(), 1U);
    EXPECT_EQ(aurora->at(0).songs, 2U); // her own song and one where she is featured
    EXPECT_EQ(aurora->at(0).bestRank, 1);
    EXPECT_EQ(aurora->at(0).streams, 41'474'366 + 30'000'000);
    EXPECT_TRUE(artistPresence(db, "Kiko", usWeekly)->empty()); // a name, not a part of one

    const auto argentina = artistPresence(db, "Aurora Vale", ChartScope{"ar", ChartPeriod::Daily});
    ASSERT_EQ(argentina->size(), 2U);
    EXPECT_EQ(argentina->at(1).date, parseCivilDate("2017-01-02"));
}

TEST(ChartArtists, ACreditListNamesEachArtist)
{
    EXPECT_EQ(splitArtists("Metro Boomin, The Weeknd, 21 Savage"),
              (std::vector<std::string>{"Metro Boomin", "The Weeknd", "21 Savage"}));
    EXPECT_EQ(splitArtists("SZA"), std::vector<std::string>{"SZA"});
    EXPECT_TRUE(splitArtists("").empty());
}

} // namespace
} // namespace tunescope::analytics
