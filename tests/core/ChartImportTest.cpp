// Importing Spotify Charts CSVs: every format variant, identities from file names or the user,
// re-imports that add nothing, broken files that change nothing. Fixtures: tests/data/charts.

#include "ChartFixtures.h"
#include "CoreTestHelpers.h"

#include "analytics/ChartStats.h"
#include "ingest/ChartImport.h"

#include <gtest/gtest.h>

namespace tunescope::ingest {
namespace {

using testing::fixture;
using testing::queryInt;

ChartIdentity chart(const std::string& region, ChartPeriod period, const std::string& date,
                    ChartKind kind = ChartKind::Top200)
{
    return ChartIdentity{region, period, kind, *parseCivilDate(date)};
}

class ChartImport : public ::testing::Test {
protected:
    void SetUp() override
    {
        testing::writeOldSiteDaily(generated);
        testing::writeChartWithABadNumber(generated);
        testing::writeChartCutShort(generated);
        testing::writeUsWeekly(generated);
        testing::writeUsDaily(generated);
        testing::writeViralGlobalDaily(generated);
    }

    // A file written by SetUp, else one of tests/data/charts.
    [[nodiscard]] std::filesystem::path chartFile(const std::string& name) const
    {
        const auto written = generated.path() / name;
        return std::filesystem::exists(written) ? written : fixture("charts/" + name);
    }

    ChartImportReport import(const std::vector<std::string>& names, const ChartImportOptions& options = {})
    {
        std::vector<std::filesystem::path> paths;
        for (const auto& name : names) {
            paths.push_back(chartFile(name));
        }
        return importCharts(db, paths, options);
    }

    std::vector<analytics::ChartEntry> entries(const ChartIdentity& identity)
    {
        auto result = analytics::chartEntries(db, identity);
        EXPECT_TRUE(result.ok());
        return result.ok() ? *result : std::vector<analytics::ChartEntry>{};
    }

    testing::TempDir generated;
    store::Database db = testing::freshDatabase();
};

TEST(ChartFileNames, SayRegionPeriodKindAndDateOfBothSites)
{
    const auto daily = parseChartFileName("/x/regional-global-daily-2017-01-01.csv");
    EXPECT_EQ(daily.region, "global");
    EXPECT_EQ(daily.period, ChartPeriod::Daily);
    EXPECT_EQ(daily.kind, ChartKind::Top200);
    EXPECT_EQ(daily.date, parseCivilDate("2017-01-01"));

    const auto viral = parseChartFileName("viral-AR-weekly-2023-01-05.csv");
    EXPECT_EQ(viral.region, "ar");
    EXPECT_EQ(viral.kind, ChartKind::Viral50);
    EXPECT_EQ(viral.period, ChartPeriod::Weekly);

    // The old site's weekly range runs Friday to Friday: the week ends the Thursday before.
    const auto range = parseChartFileName("regional-us-weekly-2020-01-03--2020-01-10.csv");
    EXPECT_EQ(range.date, parseCivilDate("2020-01-09"));

    for (const char* unnamed : {"june-23.csv", "charts.csv", "regional-global-daily-2017-13-01.csv",
                                "regional-global-monthly-2017-01-01.csv", "regional-nowhere-daily-2017-01-01.csv"}) {
        const auto parsed = parseChartFileName(unnamed);
        EXPECT_FALSE(parsed.date || parsed.region || parsed.period) << unnamed;
    }
}

TEST_F(ChartImport, TheOldSitesFileSkipsItsNoteLineAndKeepsQuotedCommas)
{
    const auto report = import({"regional-global-daily-2017-01-01.csv"});
    ASSERT_EQ(report.files.size(), 1U);
    EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Imported) << report.files[0].error;
    EXPECT_EQ(report.files[0].format, "spotifycharts.com");
    EXPECT_EQ(report.files[0].entriesAdded, 3U);

    const auto rows = entries(chart("global", ChartPeriod::Daily, "2017-01-01"));
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[1].song.title, "Paper Boats, Again");
    EXPECT_EQ(rows[1].song.artists, "The Tideline");
    EXPECT_EQ(rows[1].streams, 2'500'000);
    EXPECT_EQ(rows[1].song.spotifyId, "2bBbBbBbBbBbBbBbBbBbBb");
}

TEST_F(ChartImport, TheNewSitesFilesReadWithBomCrlfQuotedNumbersAndAGapInTheRanks)
{
    const auto report = import({"regional-us-weekly-2023-01-05.csv", "regional-us-daily-2023-01-21.csv"});
    for (const auto& file : report.files) {
        EXPECT_EQ(file.outcome, FileReport::Outcome::Imported) << file.error;
        EXPECT_EQ(file.format, "charts.spotify.com");
    }
    const auto weekly = entries(chart("us", ChartPeriod::Weekly, "2023-01-05"));
    ASSERT_EQ(weekly.size(), 3U);
    EXPECT_EQ(weekly[0].streams, 41'474'366);
    EXPECT_EQ(weekly[2].rank, 4); // rank 3 is missing from the file, as in real ones
    EXPECT_EQ(weekly[1].song.artists, "Kiko Mar, Aurora Vale");

    const auto daily = entries(chart("us", ChartPeriod::Daily, "2023-01-21"));
    ASSERT_EQ(daily.size(), 2U);
    EXPECT_EQ(daily[1].song.title, "Subway \"Live\"");
    // The same song on two charts is one song.
    EXPECT_EQ(daily[0].song.trackId, weekly[1].song.trackId);
}

TEST_F(ChartImport, AViralChartHasNoStreamsAndIsKeptApartFromTheTop200)
{
    const auto report = import({"viral-global-daily-2020-01-01.csv"});
    ASSERT_EQ(report.files[0].outcome, FileReport::Outcome::Imported) << report.files[0].error;
    const auto rows = entries(chart("global", ChartPeriod::Daily, "2020-01-01", ChartKind::Viral50));
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_FALSE(rows[0].streams.has_value());
    EXPECT_TRUE(entries(chart("global", ChartPeriod::Daily, "2020-01-01")).empty());
}

TEST_F(ChartImport, AnAggregatedDatasetNeedsThePeriodAndThenFillsOneChartPerRegionDateAndKind)
{
    const auto refused = import({"aggregated-charts.csv"});
    ASSERT_EQ(refused.files[0].outcome, FileReport::Outcome::Rejected);
    EXPECT_NE(refused.files[0].error.find("daily or weekly"), std::string::npos) << refused.files[0].error;
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM charts"), 0);

    ChartImportOptions daily;
    daily.period = ChartPeriod::Daily;
    const auto report = import({"aggregated-charts.csv"}, daily);
    ASSERT_EQ(report.files[0].outcome, FileReport::Outcome::Imported) << report.files[0].error;
    EXPECT_EQ(report.files[0].format, "aggregated dataset");
    EXPECT_EQ(report.files[0].chartsTouched, 4U);
    // Country names become codes; float stream counts become whole numbers.
    const auto argentina = entries(chart("ar", ChartPeriod::Daily, "2017-01-01"));
    ASSERT_EQ(argentina.size(), 2U);
    EXPECT_EQ(argentina[0].streams, 253'019);
    EXPECT_EQ(entries(chart("ar", ChartPeriod::Daily, "2017-01-02")).size(), 1U);
    EXPECT_EQ(entries(chart("global", ChartPeriod::Daily, "2017-01-01")).size(), 1U);
    const auto viral = entries(chart("ar", ChartPeriod::Daily, "2017-01-01", ChartKind::Viral50));
    ASSERT_EQ(viral.size(), 1U);
    EXPECT_FALSE(viral[0].streams.has_value());
}

TEST_F(ChartImport, ARowWithoutARankIsKeptAndSongsWithoutIdsAreKnownByName)
{
    ChartImportOptions weekly;
    weekly.period = ChartPeriod::Weekly;
    const auto report = import({"derived-charts.csv"}, weekly);
    ASSERT_EQ(report.files[0].outcome, FileReport::Outcome::Imported) << report.files[0].error;
    const auto rows = entries(chart("us", ChartPeriod::Weekly, "2023-06-22"));
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_FALSE(rows[1].rank.has_value());
    EXPECT_FALSE(rows[1].song.spotifyId.has_value());
    EXPECT_EQ(rows[1].song.title, "Unranked Song");
}

TEST_F(ChartImport, AFileWhoseNameSaysNothingIsRefusedUntilTheUserSaysWhichChartItIs)
{
    const auto refused = import({"june-23.csv"});
    ASSERT_EQ(refused.files[0].outcome, FileReport::Outcome::Rejected);
    const std::string& error = refused.files[0].error;
    EXPECT_NE(error.find("june-23.csv"), std::string::npos) << error;
    EXPECT_NE(error.find("--region"), std::string::npos) << error;
    EXPECT_NE(error.find("--date"), std::string::npos) << error;
    EXPECT_TRUE(refused.files[0].needsChartIdentity);
    EXPECT_FALSE(import({"broken/regional-fr-daily-2023-02-01.csv"}).files[0].needsChartIdentity);

    ChartImportOptions said;
    said.region = "United Kingdom";
    said.period = ChartPeriod::Weekly;
    said.date = parseCivilDate("2023-06-22");
    const auto report = import({"june-23.csv"}, said);
    ASSERT_EQ(report.files[0].outcome, FileReport::Outcome::Imported) << report.files[0].error;
    EXPECT_EQ(entries(chart("gb", ChartPeriod::Weekly, "2023-06-22")).size(), 2U);
}

TEST_F(ChartImport, ImportingAgainAddsNothing)
{
    const auto first = import({"regional-us-weekly-2023-01-05.csv"});
    const std::string before = testing::databaseContentDigest(db);
    const auto again = import({"regional-us-weekly-2023-01-05.csv"});
    EXPECT_EQ(again.files[0].outcome, FileReport::Outcome::Imported);
    EXPECT_EQ(again.files[0].entriesAdded, 0U);
    EXPECT_EQ(again.files[0].duplicates, 3U);
    EXPECT_EQ(testing::databaseContentDigest(db), before);
}

TEST_F(ChartImport, ABrokenFileNamesItsLineAndChangesNothingWhileTheOthersGoIn)
{
    import({"regional-global-daily-2017-01-01.csv"});
    const std::string before = testing::databaseContentDigest(db);
    const auto report = import({"broken/regional-fr-daily-2023-02-01.csv", "broken/regional-de-daily-2023-02-01.csv"});
    ASSERT_EQ(report.files.size(), 2U);
    // Folders are searched in path order: de before fr when given as a folder; here as named.
    const auto& badNumber = report.files[0];
    EXPECT_EQ(badNumber.outcome, FileReport::Outcome::Rejected);
    EXPECT_NE(badNumber.error.find("regional-fr-daily-2023-02-01.csv, line 3"), std::string::npos) << badNumber.error;
    EXPECT_NE(badNumber.error.find("'lots'"), std::string::npos) << badNumber.error;
    const auto& cut = report.files[1];
    EXPECT_EQ(cut.outcome, FileReport::Outcome::Rejected);
    EXPECT_NE(cut.error.find("line 3"), std::string::npos) << cut.error;
    EXPECT_EQ(testing::databaseContentDigest(db), before);

    // A song first seen in the rolled-back file is written again by the next good one.
    const auto good = import({"regional-us-daily-2023-01-21.csv"});
    EXPECT_EQ(good.files[0].outcome, FileReport::Outcome::Imported) << good.files[0].error;
}

TEST_F(ChartImport, AFolderIsSearchedForCsvFilesAndNotChartFilesAreRejectedByName)
{
    testing::TempDir dir;
    dir.write("a/regional-global-daily-2017-01-01.csv",
              testing::readFile(chartFile("regional-global-daily-2017-01-01.csv")));
    dir.write("a/notes.txt", "not a chart");
    dir.write("b/regional-global-daily-2017-01-02.csv", "\x89PNG\r\n\x1a\n\xff\xfe binary");
    const auto report = importCharts(db, {dir.path()});
    ASSERT_EQ(report.files.size(), 2U);
    EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Imported);
    EXPECT_EQ(report.files[1].outcome, FileReport::Outcome::Rejected);
    EXPECT_NE(report.files[1].error.find("regional-global-daily-2017-01-02.csv"), std::string::npos);
    EXPECT_NE(report.files[1].error.find("not UTF-8"), std::string::npos) << report.files[1].error;
}

TEST_F(ChartImport, AStopBeforeAFileLeavesItOut)
{
    std::stop_source stop;
    stop.request_stop();
    const auto report = importCharts(db, {chartFile("regional-global-daily-2017-01-01.csv")}, {}, stop.get_token());
    EXPECT_TRUE(report.cancelled);
    EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Cancelled);
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM chart_entries"), 0);
}

// An aggregated file of `days` x 200 rows (about 100 bytes a row), optionally cut in its last row.
std::string bigAggregate(int days, bool cutAtTheEnd)
{
    std::string text = "title,rank,date,artist,url,region,chart,trend,streams\n";
    for (int d = 0; d < days; ++d) {
        const std::string date = formatCivilDate(civilFromDays(daysFromCivil(CivilDate{2020, 1, 1}) + d));
        for (int rank = 1; rank <= 200; ++rank) {
            const int song = (d * 7 + rank * 13) % 1500;
            text += "Song number " + std::to_string(song) + "," + std::to_string(rank) + "," + date +
                    ",Artist of song " + std::to_string(song % 400) + ",,Global,top200,SAME_POSITION," +
                    std::to_string(1'000'000 / rank) + ".0\n";
        }
    }
    if (cutAtTheEnd) {
        text += "\"A title that never ends,1,2020-01-01";
    }
    return text;
}

TEST_F(ChartImport, ABigFileRebuildsTheSongIndexOnceAndAFailedOneLeavesItAsItWas)
{
    testing::TempDir dir;
    const auto indexCount = [this] {
        return queryInt(db, "SELECT count(*) FROM sqlite_master WHERE name = 'chart_entries_by_track'");
    };
    ChartImportOptions daily;
    daily.period = ChartPeriod::Daily;
    // Over 16 MB: the song index is dropped for the file and built again at its end.
    const auto big = dir.write("big.csv", bigAggregate(1000, false));
    ASSERT_GT(std::filesystem::file_size(big), 16U << 20);
    const auto report = importCharts(db, {big}, daily);
    ASSERT_EQ(report.files[0].outcome, FileReport::Outcome::Imported) << report.files[0].error;
    EXPECT_EQ(report.files[0].entriesAdded, 1000U * 200U);
    EXPECT_EQ(indexCount(), 1);
    const auto songs = analytics::findChartSongs(db, "Song number 13");
    ASSERT_TRUE(songs.ok() && !songs->empty());
    EXPECT_FALSE(analytics::songTrajectory(db, songs->front().trackId, {"global", ChartPeriod::Daily})->empty());

    // A bigger file, cut in its last row: the dropped index comes back with the rollback.
    const std::string before = testing::databaseContentDigest(db);
    const auto broken = dir.write("broken.csv", bigAggregate(2400, true));
    const auto refused = importCharts(db, {broken}, daily);
    EXPECT_EQ(refused.files[0].outcome, FileReport::Outcome::Rejected);
    EXPECT_EQ(indexCount(), 1);
    EXPECT_EQ(testing::databaseContentDigest(db), before);
}

} // namespace
} // namespace tunescope::ingest
