#include "CoreTestHelpers.h"
#include "TestSupport.h"

#include "analytics/Overview.h"
#include "demo/DemoProfile.h"
#include "exchange/PlaysExport.h"
#include "ingest/CsvRecords.h"
#include "ingest/HistoryImporter.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <stop_token>
#include <string>
#include <utility>
#include <vector>

using namespace tunescope;
using tunescope::testing::fixture;
using tunescope::testing::freshDatabase;
using tunescope::testing::TempDir;

namespace {

// Every play as the user sees it (times, names, flags), in a stable order, without row ids.
std::vector<std::string> playDigest(store::Database& db)
{
    auto stmt = db.prepare(R"sql(
        SELECT p.ended_at || '|' || p.ms_played || '|' || p.kind || '|' || c.name || '|' || i.name || '|' ||
               IFNULL(a.name, '-') || '|' || IFNULL(p.spotify_uri, '-') || '|' || IFNULL(pl.raw, '-') || '|' ||
               IFNULL(p.country, '-') || '|' || IFNULL(p.reason_start, '-') || '|' || IFNULL(p.reason_end, '-') ||
               '|' || IFNULL(p.shuffle, '-') || IFNULL(p.skipped, '-') || IFNULL(p.offline, '-') ||
               IFNULL(p.incognito, '-') || '|' || IFNULL(p.offline_at, '-')
        FROM plays p JOIN items i ON i.id = p.item_id JOIN creators c ON c.id = i.creator_id
        LEFT JOIN albums a ON a.id = i.album_id LEFT JOIN platforms pl ON pl.id = p.platform_id
        ORDER BY 1)sql");
    EXPECT_TRUE(stmt);
    std::vector<std::string> rows;
    while (stmt && stmt->step()) {
        rows.push_back(stmt->text(0));
    }
    return rows;
}

// A top list without the database's own ids, which differ between profiles.
std::vector<analytics::TopEntry> topWithoutIds(store::Database& db, analytics::TopKind kind)
{
    auto top = analytics::queryTop(db, kind, analytics::Metric::Minutes, analytics::Period{}, 50);
    EXPECT_TRUE(top) << (top ? "" : top.error().message);
    std::vector<analytics::TopEntry> entries = top ? *top : std::vector<analytics::TopEntry>{};
    for (auto& e : entries) {
        e.id = 0;
    }
    return entries;
}

void expectSameListening(store::Database& original, store::Database& reimported)
{
    auto a = analytics::queryTotals(original, analytics::Period{});
    auto b = analytics::queryTotals(reimported, analytics::Period{});
    ASSERT_TRUE(a && b);
    EXPECT_EQ(*a, *b);
    for (const auto kind : {analytics::TopKind::Artists, analytics::TopKind::Tracks, analytics::TopKind::Albums}) {
        EXPECT_EQ(topWithoutIds(original, kind), topWithoutIds(reimported, kind));
    }
    const auto digestA = playDigest(original);
    EXPECT_FALSE(digestA.empty());
    EXPECT_EQ(digestA, playDigest(reimported));
}

// Exports every play as JSON and imports the file into a fresh profile.
store::Database roundTrip(store::Database& original, const TempDir& dir)
{
    const auto file = dir.path() / "plays.json";
    const auto count = exchange::exportPlays(original, exchange::PlaysSelection{}, exchange::PlaysFormat::Json, file);
    EXPECT_TRUE(count) << (count ? "" : count.error().message);
    auto copy = freshDatabase();
    const auto report = ingest::importHistory(copy, {file});
    EXPECT_FALSE(report.anyRejected());
    EXPECT_EQ(static_cast<std::int64_t>(report.totalAdded()), count ? *count : -1);
    return copy;
}

} // namespace

TEST(PlaysExport, JsonOfEveryFixtureReimportsIntoTheSameStatsAndPlays)
{
    TempDir dir;
    auto original = freshDatabase();
    const auto report = ingest::importHistory(
        original, {fixture("extended_2020.json"), fixture("extended_2021.json"), fixture("extended_2024.json"),
                   fixture("account_music.json"), fixture("account_podcast.json"), fixture("account_audiobook.json")});
    ASSERT_FALSE(report.anyRejected());
    auto copy = roundTrip(original, dir);
    expectSameListening(original, copy);
}

TEST(PlaysExport, JsonOfTheDemoProfileReimportsIntoTheSameStatsAndPlays)
{
    TempDir dir;
    auto original = freshDatabase();
    demo::DemoOptions options;
    options.years = 1;
    options.artistCount = 60;
    ASSERT_TRUE(demo::buildDemoProfile(original, options));
    auto copy = roundTrip(original, dir);
    expectSameListening(original, copy);
}

TEST(PlaysExport, JsonHoldsNoIpAddressOrUserAgent)
{
    TempDir dir;
    auto db = freshDatabase();
    ASSERT_FALSE(
        ingest::importHistory(db, {fixture("extended_2021.json"), fixture("extended_2024.json")}).anyRejected());
    const auto file = dir.path() / "plays.json";
    ASSERT_TRUE(exchange::exportPlays(db, {}, exchange::PlaysFormat::Json, file));
    const auto text = tunescope::testing::readFile(file);
    for (const char* personal : {"ip_addr", "user_agent", "username", "192.0.2.", "fictional-listener"}) {
        EXPECT_EQ(text.find(personal), std::string::npos) << personal;
    }
}

TEST(PlaysExport, CsvHasOneHeaderAndOneQuotedRecordPerPlayOfThePeriod)
{
    TempDir dir;
    auto db = freshDatabase();
    tunescope::testing::storePlays(
        db, {tunescope::testing::musicPlay("Okto, \"the\" Ferns", "Kite\nTwo", "Paper", "2024-03-10T04:30:00Z", 180000),
             tunescope::testing::musicPlay("Later Band", "Song", "", "2024-05-01T10:00:00.250Z", 60000),
             tunescope::testing::podcastPlay("The Invented Almanac", "Episode 1", "2024-03-11T08:00:00Z", 900000)});
    analytics::Period march;
    march.begin = tunescope::testing::utc("2024-03-01T00:00:00Z");
    march.end = tunescope::testing::utc("2024-04-01T00:00:00Z");
    const auto file = dir.path() / "plays.csv";
    const auto count = exchange::exportPlays(db, {march, std::nullopt}, exchange::PlaysFormat::Csv, file);
    ASSERT_TRUE(count);
    EXPECT_EQ(*count, 2);
    const auto csv = ingest::parseCsv(tunescope::testing::readFile(file));
    EXPECT_TRUE(csv.problems.empty());
    ASSERT_EQ(csv.records.size(), 3U);
    EXPECT_EQ(csv.records[0].fields.at(0), "ended_at");
    EXPECT_EQ(csv.records[0].fields.size(), csv.records[1].fields.size());
    EXPECT_EQ(csv.records[1].fields.at(0), "2024-03-10T04:30:00Z");
    EXPECT_EQ(csv.records[1].fields.at(1), "2024-03-10T04:27:00Z");
    EXPECT_EQ(csv.records[1].fields.at(4), "Okto, \"the\" Ferns");
    EXPECT_EQ(csv.records[1].fields.at(5), "Kite\nTwo");
    EXPECT_EQ(csv.records[2].fields.at(3), "podcast");
    EXPECT_EQ(csv.records[2].fields.at(4), "The Invented Almanac");

    analytics::Period may;
    may.begin = tunescope::testing::utc("2024-05-01T00:00:00Z");
    ASSERT_TRUE(exchange::exportPlays(db, {may, std::nullopt}, exchange::PlaysFormat::Csv, file));
    const auto later = ingest::parseCsv(tunescope::testing::readFile(file));
    ASSERT_EQ(later.records.size(), 2U);
    EXPECT_EQ(later.records[1].fields.at(0), "2024-05-01T10:00:00.250Z");
}

TEST(PlaysExport, AFolderThatCannotBeWrittenIsReportedAndLeavesNoFile)
{
    TempDir dir;
    auto db = freshDatabase();
    const auto file = dir.path() / "missing" / "plays.json";
    const auto count = exchange::exportPlays(db, {}, exchange::PlaysFormat::Json, file);
    ASSERT_FALSE(count);
    EXPECT_NE(count.error().message.find("plays.json"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(file));
}

// The streaming writer writes what one nlohmann object per play wrote before: every entry of the
// file, parsed and dumped again by nlohmann, gives the same bytes.
TEST(PlaysExport, JsonIsByteForByteWhatNlohmannWritesForTheSameEntries)
{
    TempDir dir;
    auto db = freshDatabase();
    ASSERT_FALSE(ingest::importHistory(db, {fixture("extended_2020.json"), fixture("extended_2024.json"),
                                            fixture("account_podcast.json"), fixture("account_audiobook.json")})
                     .anyRejected());
    tunescope::testing::storePlays(
        db, {tunescope::testing::musicPlay("Okto, \"the\" Ferns\\", "Kite\nTwo\t\x01", "Caf\xC3\xA9 \xF0\x9F\x8E\xB5",
                                           "2024-03-10T04:30:00.250Z", 180000)});
    const auto file = dir.path() / "plays.json";
    const auto count = exchange::exportPlays(db, {}, exchange::PlaysFormat::Json, file);
    ASSERT_TRUE(count) << count.error().message;
    const auto text = tunescope::testing::readFile(file);
    const auto parsed = nlohmann::ordered_json::parse(text);
    ASSERT_EQ(static_cast<std::int64_t>(parsed.size()), *count);
    std::string expected = "[";
    for (const auto& entry : parsed) {
        expected += (&entry == &parsed.front() ? "\n  " : ",\n  ") + entry.dump();
    }
    expected += "\n]\n";
    EXPECT_EQ(text, expected);
}

TEST(PlaysExport, ProgressReachesTheTotalAndAStopMidwayLeavesNoFileAndTheOldOneAsItWas)
{
    TempDir dir;
    auto db = freshDatabase();
    demo::DemoOptions options;
    options.years = 1;
    options.artistCount = 60;
    ASSERT_TRUE(demo::buildDemoProfile(db, options));
    const auto file = dir.path() / "plays.json";

    std::vector<std::pair<std::int64_t, std::int64_t>> reports;
    exchange::ExportControl follow;
    follow.onProgress = [&reports](std::int64_t written, std::int64_t total) { reports.emplace_back(written, total); };
    const auto count = exchange::exportPlays(db, {}, exchange::PlaysFormat::Json, file, follow);
    ASSERT_TRUE(count) << count.error().message;
    ASSERT_GT(*count, 2 * 4096) << "the demo year should hold several thousand plays";
    ASSERT_GE(reports.size(), 3U);
    EXPECT_EQ(reports.back(), std::make_pair(*count, *count));
    for (std::size_t i = 1; i < reports.size(); ++i) {
        EXPECT_GT(reports[i].first, reports[i - 1].first);
    }
    const auto complete = tunescope::testing::readFile(file);

    for (const auto format : {exchange::PlaysFormat::Json, exchange::PlaysFormat::Csv}) {
        std::stop_source stop;
        exchange::ExportControl control;
        control.stop = stop.get_token();
        std::int64_t seen = 0;
        control.onProgress = [&](std::int64_t written, std::int64_t) {
            seen = written;
            EXPECT_TRUE(std::filesystem::exists(dir.path() / "plays.json.partial"));
            stop.request_stop(); // the user pressed Cancel after the first few thousand
        };
        const auto stopped = exchange::exportPlays(db, {}, format, file, control);
        ASSERT_FALSE(stopped);
        EXPECT_EQ(stopped.error().code, ErrorCode::Cancelled);
        EXPECT_GT(seen, 0);
        EXPECT_LT(seen, *count);
        EXPECT_EQ(tunescope::testing::readFile(file), complete); // the earlier export is untouched
        EXPECT_NE(stopped.error().message.find("left as it was"), std::string::npos) << stopped.error().message;
        EXPECT_FALSE(std::filesystem::exists(dir.path() / "plays.json.partial"));
    }
    std::filesystem::remove(file);
    std::stop_source early;
    early.request_stop();
    exchange::ExportControl control;
    control.stop = early.get_token();
    const auto never = exchange::exportPlays(db, {}, exchange::PlaysFormat::Csv, file, control);
    ASSERT_FALSE(never);
    EXPECT_FALSE(std::filesystem::exists(file));
    EXPECT_NE(never.error().message.find("no file written"), std::string::npos) << never.error().message;
}
