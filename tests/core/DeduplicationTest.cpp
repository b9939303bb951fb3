// Duplicates: re-imports, repeated rows, the same play from account data and extended history.

#include "CoreTestHelpers.h"

#include "ingest/HistoryImporter.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using testing::accountRow;
using testing::extendedRow;
using testing::fixture;
using testing::jsonArray;
using testing::queryInt;

std::int64_t playCount(store::Database& db)
{
    return queryInt(db, "SELECT COUNT(*) FROM plays");
}

ingest::ImportReport importOk(store::Database& db, const std::vector<std::filesystem::path>& paths)
{
    auto report = ingest::importHistory(db, paths);
    for (const auto& f : report.files) {
        EXPECT_EQ(f.outcome, ingest::FileReport::Outcome::Imported) << f.name << ": " << f.error;
    }
    return report;
}

TEST(Deduplication, ReimportingTheSameFilesAddsNothing)
{
    auto db = testing::freshDatabase();
    const std::vector<std::filesystem::path> paths = {fixture("account_music.json"), fixture("account_podcast.json"),
                                                      fixture("extended_2020.json"), fixture("extended_2021.json"),
                                                      fixture("extended_2024.json")};
    const auto first = importOk(db, paths);
    EXPECT_EQ(first.totalAdded(), 18U);
    EXPECT_EQ(first.totalDuplicates(), 0U);
    const auto plays = playCount(db);
    const auto items = queryInt(db, "SELECT COUNT(*) FROM items");
    const auto creators = queryInt(db, "SELECT COUNT(*) FROM creators");

    const auto second = importOk(db, paths);
    EXPECT_EQ(second.totalAdded(), 0U);
    EXPECT_EQ(second.totalDuplicates(), first.totalAdded());
    EXPECT_EQ(playCount(db), plays);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM items"), items);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM creators"), creators);

    // In the other order, still nothing new.
    const std::vector<std::filesystem::path> reversed(paths.rbegin(), paths.rend());
    EXPECT_EQ(importOk(db, reversed).totalAdded(), 0U);
    EXPECT_EQ(playCount(db), plays);
}

TEST(Deduplication, ExactDuplicateRowsInsideOneFileCountOnce)
{
    testing::TempDir dir;
    const auto row = accountRow("2023-06-01 12:00", "Marigold Static", "Glass Meadow", 200'000);
    const auto file = dir.write(
        "StreamingHistory0.json",
        jsonArray({row, row, accountRow("2023-06-01 12:04", "Marigold Static", "Copper Harbor", 240'000), row}));
    auto db = testing::freshDatabase();
    const auto report = importOk(db, {file});
    ASSERT_EQ(report.files.size(), 1U);
    EXPECT_EQ(report.files[0].rowsRead, 4U);
    EXPECT_EQ(report.files[0].playsAdded, 2U);
    EXPECT_EQ(report.files[0].duplicates, 2U);
    EXPECT_EQ(playCount(db), 2);

    // Extended rows too (same ts, ms and URI).
    const auto ext = extendedRow("2023-06-02T12:00:00Z", "Juniper Vale", "Tide Tables", "Tide Tables",
                                 "spotify:track:0FictionalTrack0000009", 180'000);
    const auto extFile = dir.write("endsong_0.json", jsonArray({ext, ext}));
    const auto extReport = importOk(db, {extFile});
    EXPECT_EQ(extReport.totalAdded(), 1U);
    EXPECT_EQ(extReport.totalDuplicates(), 1U);
}

struct CrossSourceCase {
    const char* name;
    bool accountFirst;
};

// Names the case in test output instead of printing its bytes.
void PrintTo(const CrossSourceCase& c, std::ostream* os)
{
    *os << c.name;
}

class CrossSource : public ::testing::TestWithParam<CrossSourceCase> {};

TEST_P(CrossSource, SamePlayInAccountDataAndExtendedHistoryIsStoredOnce)
{
    testing::TempDir dir;
    // Account data: minute precision, no URI, no album. Extended: seconds, URI, album; the names
    // differ only in case and Unicode form.
    const auto account =
        dir.write("StreamingHistory0.json",
                  jsonArray({accountRow("2023-05-04 18:22", "Marigold Static", "Lanterns Over Harrowgate", 215'000),
                             accountRow("2023-05-04 18:26", "So\xCC\x81lveig Drift", "Luleå Lights", 198'211)}));
    const auto extended = dir.write(
        "endsong_0.json", jsonArray({extendedRow("2023-05-04T18:22:41Z", "Marigold Static", "Lanterns over Harrowgate",
                                                 "Harrowgate", "spotify:track:0FictionalTrack0000003", 215'430),
                                     extendedRow("2023-05-04T18:26:59Z", "S\xC3\xB3lveig drift", "Lulea\xCC\x8A Lights",
                                                 "North", "spotify:track:0FictionalTrack0000010", 197'500)}));
    auto db = testing::freshDatabase();
    const bool accountFirst = GetParam().accountFirst;
    const auto first = importOk(db, {accountFirst ? account : extended});
    const auto second = importOk(db, {accountFirst ? extended : account});
    EXPECT_EQ(first.totalAdded(), 2U);
    EXPECT_EQ(second.totalAdded(), 0U);
    EXPECT_EQ(second.totalDuplicates(), 2U);
    EXPECT_EQ(playCount(db), 2);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM creators"), 2);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM items"), 2);
    // Whichever came first, the track learns its URI and album from the extended history.
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM items WHERE spotify_uri IS NOT NULL AND album_id IS NOT NULL"), 2);
}

INSTANTIATE_TEST_SUITE_P(BothOrders, CrossSource,
                         ::testing::Values(CrossSourceCase{"AccountFirst", true},
                                           CrossSourceCase{"ExtendedFirst", false}),
                         [](const auto& testInfo) { return std::string(testInfo.param.name); });

// One account row against one extended row of the same track, with the given offsets.
std::int64_t playsAfterBothSources(std::int64_t endOffsetSeconds, std::int64_t msDifference)
{
    testing::TempDir dir;
    const std::int64_t base = testing::utc("2023-07-01T10:00:00Z");
    const auto account =
        dir.write("StreamingHistory0.json",
                  jsonArray({accountRow("2023-07-01 10:00", "Juniper Vale", "Copper Harbor", 200'000)}));
    const auto extended = dir.write(
        "endsong_0.json",
        jsonArray({extendedRow(formatIsoUtc(base + endOffsetSeconds * 1000), "Juniper Vale", "Copper Harbor",
                               "Tide Tables", "spotify:track:0FictionalTrack0000001", 200'000 + msDifference)}));
    auto db = testing::freshDatabase();
    importOk(db, {account, extended});
    return playCount(db);
}

TEST(Deduplication, CrossSourceToleranceIsSixtySecondsAndOneSecondOfPlaying)
{
    EXPECT_EQ(playsAfterBothSources(0, 0), 1);
    EXPECT_EQ(playsAfterBothSources(59, 0), 1);
    EXPECT_EQ(playsAfterBothSources(60, 0), 1);
    EXPECT_EQ(playsAfterBothSources(-60, 0), 1);
    EXPECT_EQ(playsAfterBothSources(61, 0), 2);
    EXPECT_EQ(playsAfterBothSources(-61, 0), 2);
    EXPECT_EQ(playsAfterBothSources(30, 1000), 1);
    EXPECT_EQ(playsAfterBothSources(30, -1000), 1);
    EXPECT_EQ(playsAfterBothSources(30, 1001), 2);
    EXPECT_EQ(playsAfterBothSources(30, -1001), 2);
}

TEST(Deduplication, DifferentPlaysOfOneTrackMinutesApartAreAllKept)
{
    testing::TempDir dir;
    const auto account =
        dir.write("StreamingHistory0.json",
                  jsonArray({accountRow("2023-07-01 10:00", "Juniper Vale", "Copper Harbor", 200'000),
                             accountRow("2023-07-01 10:04", "Juniper Vale", "Copper Harbor", 200'000),
                             accountRow("2023-07-01 10:08", "Juniper Vale", "Copper Harbor", 200'000)}));
    const auto extended = dir.write(
        "endsong_0.json", jsonArray({extendedRow("2023-07-01T10:00:20Z", "Juniper Vale", "Copper Harbor", "Tide Tables",
                                                 "spotify:track:0FictionalTrack0000001", 200'000),
                                     extendedRow("2023-07-01T10:04:20Z", "Juniper Vale", "Copper Harbor", "Tide Tables",
                                                 "spotify:track:0FictionalTrack0000001", 200'000),
                                     extendedRow("2023-07-01T10:08:20Z", "Juniper Vale", "Copper Harbor", "Tide Tables",
                                                 "spotify:track:0FictionalTrack0000001", 200'000)}));
    auto db = testing::freshDatabase();
    EXPECT_EQ(importOk(db, {account}).totalAdded(), 3U);
    const auto report = importOk(db, {extended});
    EXPECT_EQ(report.totalAdded(), 0U);
    EXPECT_EQ(report.totalDuplicates(), 3U);
    EXPECT_EQ(playCount(db), 3);
}

TEST(Deduplication, SameSourcePlaysThirtySecondsApartAreBothKept)
{
    testing::TempDir dir;
    // Two quick skips of the same track: only matching across sources is fuzzy.
    const auto extended = dir.write(
        "endsong_0.json", jsonArray({extendedRow("2023-07-01T10:00:00Z", "Juniper Vale", "Copper Harbor", "Tide Tables",
                                                 "spotify:track:0FictionalTrack0000001", 5'000),
                                     extendedRow("2023-07-01T10:00:30Z", "Juniper Vale", "Copper Harbor", "Tide Tables",
                                                 "spotify:track:0FictionalTrack0000001", 5'000)}));
    const auto account = dir.write("StreamingHistory0.json",
                                   jsonArray({accountRow("2023-07-02 10:00", "Juniper Vale", "Copper Harbor", 5'000),
                                              accountRow("2023-07-02 10:01", "Juniper Vale", "Copper Harbor", 5'000)}));
    auto db = testing::freshDatabase();
    const auto report = importOk(db, {extended, account});
    EXPECT_EQ(report.totalAdded(), 4U);
    EXPECT_EQ(report.totalDuplicates(), 0U);
    EXPECT_EQ(playCount(db), 4);
}

TEST(Deduplication, DifferentUrisAreDifferentPlaysEvenWithTheSameName)
{
    // Two recordings sharing a title (a remaster, a live take): extended history and the Web API
    // both carry URIs, and those differ.
    auto db = testing::freshDatabase();
    auto fromExport =
        testing::musicPlay("Marigold Static", "Harrowgate", "Harrowgate", "2023-08-01T09:00:00Z", 200'000);
    fromExport.uri = "spotify:track:0FictionalTrack0000020";
    auto fromApi = fromExport;
    fromApi.source = ingest::PlaySource::RecentlyPlayedApi;
    fromApi.uri = "spotify:track:0FictionalTrack0000021";
    fromApi.endedAt += 10'000;
    EXPECT_EQ(testing::storePlays(db, {fromExport}, "export").added, 1U);
    EXPECT_EQ(testing::storePlays(db, {fromApi}, "api").added, 1U);
    // The same URI from the API within the tolerance is the same play.
    auto again = fromApi;
    again.uri = fromExport.uri;
    again.endedAt = fromExport.endedAt + 45'000;
    const auto outcome = testing::storePlays(db, {again}, "api again");
    EXPECT_EQ(outcome.added, 0U);
    EXPECT_EQ(outcome.duplicates, 1U);
    EXPECT_EQ(playCount(db), 2);
}

TEST(Deduplication, PodcastEpisodesDeduplicateAcrossSourcesToo)
{
    testing::TempDir dir;
    const auto account = dir.write("StreamingHistory_podcast_0.json",
                                   R"([{"endTime":"2020-07-08 05:40","podcastName":"The Invented Almanac",)"
                                   R"("episodeName":"Episode 13: Maps of Imaginary Rivers","msPlayed":2104100}])");
    auto db = testing::freshDatabase();
    importOk(db, {account});
    const auto report = importOk(db, {fixture("extended_2021.json")});
    EXPECT_EQ(report.totalAdded(), 2U); // the two music rows
    EXPECT_EQ(report.totalDuplicates(), 1U);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays WHERE kind = 2"), 1);
}

TEST(Deduplication, MusicAndPodcastWithTheSameNamesStayApart)
{
    auto db = testing::freshDatabase();
    const auto song = testing::musicPlay("The Invented Almanac", "Pilot", "", "2023-08-01T09:00:00Z", 60'000);
    const auto episode = testing::podcastPlay("The Invented Almanac", "Pilot", "2023-08-01T09:00:00Z", 60'000);
    auto fromAccount = episode;
    fromAccount.source = ingest::PlaySource::AccountData;
    EXPECT_EQ(testing::storePlays(db, {song}).added, 1U);
    EXPECT_EQ(testing::storePlays(db, {fromAccount}).added, 1U);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM creators"), 2);
}

TEST(Deduplication, DryRunStoresNothingAndCountsLikeARealImport)
{
    testing::TempDir dir;
    const auto account =
        dir.write("a/StreamingHistory0.json",
                  jsonArray({accountRow("2023-05-04 18:22", "Marigold Static", "Lanterns Over Harrowgate", 215'000),
                             accountRow("2023-05-04 18:30", "Marigold Static", "Copper Harbor", 100'000)}));
    const auto extended =
        dir.write("b/endsong_0.json",
                  jsonArray({extendedRow("2023-05-04T18:22:41Z", "Marigold Static", "Lanterns Over Harrowgate",
                                         "Harrowgate", "spotify:track:0FictionalTrack0000003", 215'430)}));
    auto db = testing::freshDatabase();
    importOk(db, {fixture("extended_2020.json")});
    const auto before = testing::databaseContentDigest(db);

    ingest::ImportOptions dry;
    dry.dryRun = true;
    const auto dryReport = ingest::importHistory(db, {account, extended}, dry);
    EXPECT_TRUE(dryReport.dryRun);
    EXPECT_EQ(testing::databaseContentDigest(db), before);

    const auto real = importOk(db, {account, extended});
    ASSERT_EQ(real.totalAdded(), 2U);
    // Plays from an earlier file of the same dry run count as known.
    EXPECT_EQ(dryReport.totalAdded(), real.totalAdded());
    EXPECT_EQ(dryReport.totalDuplicates(), real.totalDuplicates());
}

} // namespace
} // namespace tunescope
