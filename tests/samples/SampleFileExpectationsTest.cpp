// Per-file expectations from the real public exports in ../shared/samples (see SOURCES.md).
// Nothing from those files is copied into the project; every test skips without them.

#include "../core/CoreTestHelpers.h"

#include "analytics/Overview.h"
#include "ingest/HistoryImporter.h"
#include "ingest/HistoryParser.h"
#include "util/Text.h"

#include <gtest/gtest.h>

#include <set>

namespace tunescope {
namespace {

namespace fs = std::filesystem;
using ingest::FileReport;
using testing::queryInt;

#define REQUIRE_SAMPLES(var)                                                                                           \
    const auto var = testing::samplesDir();                                                                            \
    if (!(var)) {                                                                                                      \
        GTEST_SKIP() << "shared samples not found (set TUNESCOPE_SAMPLES_DIR)";                                        \
    }

const char* const kVnegi = "account_streaming_history/vnegi10__Spotify_data_analysis/MyData";
const char* const kSujay = "account_streaming_history/JUSTSUJAY__spotify_analysis";
const char* const kErick = "extended_streaming_history/erickmay__Spotify-Shuffle-Analysis";
const char* const kEfrro = "extended_streaming_history/Efrrowini__spotify-music-analysis";

struct SampleFile {
    std::string path; // under the samples dir
    ingest::HistoryShape shape;
    std::size_t rows;
    std::size_t records; // rows minus skipped
    std::size_t podcasts;
    std::size_t added; // records minus plays the export logs twice (same ts, ms_played and URI)
};

std::vector<SampleFile> historyFiles()
{
    using S = ingest::HistoryShape;
    return {
        {std::string(kVnegi) + "/StreamingHistory0.json", S::AccountMusic, 10'000, 10'000, 0, 10'000},
        {std::string(kVnegi) + "/StreamingHistory1.json", S::AccountMusic, 1'931, 1'931, 0, 1'931},
        {std::string(kSujay) + "/StreamingHistory_music_0.json", S::AccountMusic, 10'000, 10'000, 0, 10'000},
        {std::string(kSujay) + "/StreamingHistory_music_1.json", S::AccountMusic, 10'000, 10'000, 0, 10'000},
        {std::string(kSujay) + "/StreamingHistory_music_2.json", S::AccountMusic, 3'063, 3'063, 0, 3'063},
        {std::string(kSujay) + "/StreamingHistory_podcast_0.json", S::AccountPodcast, 206, 206, 206, 206},
        {std::string(kErick) + "/endsong_1.json", S::Extended2021, 2'080, 2'079, 0, 2'078},
        {std::string(kEfrro) + "/Streaming_History_Audio_2022.json", S::Extended2024, 35, 35, 0, 34},
        {std::string(kEfrro) + "/Streaming_History_Audio_2023.json", S::Extended2024, 1'470, 1'470, 13, 1'470},
        {std::string(kEfrro) + "/Streaming_History_Video_2023.json", S::Extended2024, 16, 16, 0, 16},
    };
}

TEST(SampleFiles, EachFileParsesWithItsShapeAndEntryCount)
{
    REQUIRE_SAMPLES(samples);
    for (const auto& expected : historyFiles()) {
        SCOPED_TRACE(expected.path);
        const auto bytes = testing::readFile(*samples / expected.path);
        ASSERT_FALSE(bytes.empty());
        auto parsed = ingest::parseHistory(bytes);
        ASSERT_TRUE(parsed.ok()) << parsed.error().message;
        EXPECT_EQ(parsed->shape, expected.shape);
        EXPECT_EQ(parsed->rowsRead, expected.rows);
        EXPECT_EQ(parsed->records.size(), expected.records);
        std::size_t podcasts = 0;
        for (const auto& r : parsed->records) {
            podcasts += r.kind == ingest::PlayKind::Podcast ? 1 : 0;
            EXPECT_FALSE(r.creator.empty());
            EXPECT_FALSE(r.title.empty());
            EXPECT_GE(r.msPlayed, 0);
        }
        EXPECT_EQ(podcasts, expected.podcasts);

        // Imported alone into a fresh profile, every record is a new play, except that two
        // extended files log one play twice (identical but for offline_timestamp): stored once.
        auto db = testing::freshDatabase();
        const auto report = ingest::importHistory(db, {*samples / expected.path});
        ASSERT_EQ(report.files.size(), 1U);
        EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Imported) << report.files[0].error;
        EXPECT_EQ(report.files[0].shape, ingest::shapeName(expected.shape));
        EXPECT_EQ(report.files[0].rowsRead, expected.rows);
        EXPECT_EQ(report.files[0].playsAdded, expected.added);
        EXPECT_EQ(report.files[0].duplicates, expected.records - expected.added);
        EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays"), static_cast<std::int64_t>(expected.added));
    }
}

TEST(SampleFiles, AccountDataPartsConcatenateAndKeepZeroLengthRows)
{
    REQUIRE_SAMPLES(samples);
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {*samples / kVnegi});
    EXPECT_FALSE(report.anyRejected());
    EXPECT_EQ(report.totalRows(), 11'931U);
    EXPECT_EQ(report.totalAdded(), 11'931U);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays WHERE ms_played = 0"), 104);
    // File 0 ends at 2021-07-01 20:33 and file 1 goes on from 20:34: every row of both minutes
    // is there.
    const auto raw = testing::readFile(*samples / kVnegi / "StreamingHistory0.json") +
                     testing::readFile(*samples / kVnegi / "StreamingHistory1.json");
    for (const char* minute : {"2021-07-01 20:33", "2021-07-01 20:34"}) {
        std::int64_t rows = 0;
        const std::string marker = std::string("\"endTime\" : \"") + minute + "\"";
        for (auto at = raw.find(marker); at != std::string::npos; at = raw.find(marker, at + 1)) {
            ++rows;
        }
        EXPECT_GT(rows, 0) << minute;
        std::string iso = std::string(minute) + ":00Z";
        iso[10] = 'T';
        EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays WHERE ended_at = " + std::to_string(testing::utc(iso))),
                  rows)
            << minute;
    }
    // The podcast episode mixed into account music data (41 minutes) is still one row.
    EXPECT_GE(queryInt(db, "SELECT MAX(ms_played) FROM plays"), 41 * 60'000);
}

TEST(SampleFiles, DecomposedNamesAreStoredComposedAndCaseVariantsShareACreator)
{
    REQUIRE_SAMPLES(samples);
    const auto raw = testing::readFile(*samples / kVnegi / "StreamingHistory0.json");
    // 31 strings use combining diaeresis / ring above (NFD).
    std::size_t combining = 0;
    for (std::size_t at = raw.find('\xCC'); at != std::string::npos; at = raw.find('\xCC', at + 1)) {
        ++combining;
    }
    ASSERT_EQ(combining, 31U);

    auto db = testing::freshDatabase();
    ASSERT_FALSE(ingest::importHistory(db, {*samples / kVnegi}).anyRejected());
    for (const char* table : {"creators", "albums", "items"}) {
        auto stmt = db.prepare(std::string("SELECT name FROM ") + table);
        ASSERT_TRUE(stmt.ok());
        while (stmt->step()) {
            const auto name = stmt->text(0);
            EXPECT_EQ(text::toNfc(name), name) << table << ": " << name;
            EXPECT_EQ(name.find('\xCC'), std::string::npos) << table << ": " << name;
        }
    }
    // The 31 rows land on composed names: "Luleå", "Drömmar", "grünen".
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays p JOIN items i ON i.id = p.item_id WHERE "
                           "i.name LIKE '%Lule\xC3\xA5%' OR i.name LIKE '%Dr\xC3\xB6mmar%' OR "
                           "i.name LIKE '%gr\xC3\xBCnen%'"),
              31);
    // "Falak Shabir" and "Falak shabir" are one artist.
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM creators WHERE match_key = 'falak shabir'"), 1);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays p JOIN items i ON i.id = p.item_id JOIN creators c ON "
                           "c.id = i.creator_id WHERE c.match_key = 'falak shabir'"),
              2);
}

TEST(SampleFiles, UnknownArtistRowsAndPodcastsAreKept)
{
    REQUIRE_SAMPLES(samples);
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {*samples / kSujay});
    EXPECT_FALSE(report.anyRejected());
    EXPECT_EQ(report.totalAdded(), 23'063U + 206U);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays p JOIN items i ON i.id = p.item_id JOIN creators c ON "
                           "c.id = i.creator_id WHERE c.name = 'Unknown Artist'"),
              7);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays WHERE kind = 2"), 206);
    EXPECT_EQ(queryInt(db, "SELECT MAX(ms_played) FROM plays WHERE kind = 2"), 9'304'598);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays WHERE kind = 1 AND ms_played = 0"), 309);
    // Podcast time stays out of the music totals.
    const auto totals = analytics::queryTotals(db, analytics::resolvePeriod({}, TimeZone::utc()));
    ASSERT_TRUE(totals.ok());
    EXPECT_EQ(totals->msPlayed, queryInt(db, "SELECT SUM(ms_played) FROM plays WHERE kind = 1"));
}

TEST(SampleFiles, UnsortedEndsongSkipsTheEmptyRowAndSpansItsYears)
{
    REQUIRE_SAMPLES(samples);
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {*samples / kErick / "endsong_1.json"});
    ASSERT_EQ(report.files.size(), 1U);
    const std::map<std::string, std::size_t> skipped = {{"no track, episode or audiobook metadata", 1}};
    EXPECT_EQ(report.files[0].skipped, skipped);
    EXPECT_EQ(report.files[0].playsAdded + report.files[0].duplicates, 2'079U);
    const auto totals = analytics::queryTotals(db, analytics::resolvePeriod({}, TimeZone::utc()));
    ASSERT_TRUE(totals.ok() && totals->firstPlay && totals->lastPlay);
    EXPECT_EQ(formatIsoUtc(*totals->firstPlay).substr(0, 4), "2014");
    EXPECT_EQ(formatIsoUtc(*totals->lastPlay).substr(0, 7), "2021-09");
    EXPECT_GT(queryInt(db, "SELECT COUNT(*) FROM plays WHERE country = 'ZZ'"), 0);
}

// Every value of `"key":"value"` in a minified or pretty file.
std::set<std::string> valuesOf(const std::string& raw, const std::string& key)
{
    std::set<std::string> out;
    const std::string marker = "\"" + key + "\"";
    for (auto at = raw.find(marker); at != std::string::npos; at = raw.find(marker, at + 1)) {
        const auto open = raw.find('"', raw.find(':', at + marker.size()));
        const auto close = raw.find('"', open + 1);
        if (raw.find_first_not_of(" :", at + marker.size()) == open) {
            out.insert(raw.substr(open + 1, close - open - 1));
        }
    }
    return out;
}

TEST(SampleFiles, RealIpAddressesUserAgentsAndUsernamesAreNotStored)
{
    REQUIRE_SAMPLES(samples);
    std::set<std::string> secrets;
    for (const auto& [file, keys] : std::vector<std::pair<fs::path, std::vector<std::string>>>{
             {*samples / kErick / "endsong_1.json", {"ip_addr_decrypted", "user_agent_decrypted", "username"}},
             {*samples / kEfrro / "Streaming_History_Audio_2023.json", {"ip_addr"}},
             {*samples / kEfrro / "Streaming_History_Video_2023.json", {"ip_addr"}}}) {
        const auto raw = testing::readFile(file);
        for (const auto& key : keys) {
            for (const auto& value : valuesOf(raw, key)) {
                if (value != "unknown" && !value.empty()) {
                    secrets.insert(value);
                }
            }
        }
    }
    ASSERT_GT(secrets.size(), 100U); // 113 IPs, 2 user agents and the username in endsong_1 alone

    auto db = testing::freshDatabase();
    ASSERT_FALSE(ingest::importHistory(db, {*samples / "extended_streaming_history"}).anyRejected());
    std::string dump;
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
    ASSERT_TRUE(tables.ok());
    while (tables->step()) {
        auto stmt = db.prepare("SELECT * FROM \"" + tables->text(0) + "\"");
        ASSERT_TRUE(stmt.ok());
        while (stmt->step()) {
            for (int c = 0; c < stmt->columnCount(); ++c) {
                dump += std::string(stmt->textView(c)) + "|";
            }
            dump += "\n";
        }
    }
    ASSERT_GT(dump.size(), 100'000U);
    std::size_t leaked = 0;
    for (const auto& secret : secrets) {
        if (dump.find("|" + secret + "|") != std::string::npos ||
            (secret.size() > 6 && dump.find(secret) != std::string::npos)) {
            ADD_FAILURE() << "stored: " << secret.substr(0, 60);
            ++leaked;
        }
    }
    EXPECT_EQ(leaked, 0U);
}

// Account-data rows for the music records of an extended file, as Spotify writes them: end
// time cut to the minute, no URI, no album.
std::string accountDataFor(const ingest::ParsedHistory& extended, std::size_t& music)
{
    std::vector<std::string> rows;
    for (const auto& r : extended.records) {
        if (r.kind != ingest::PlayKind::Music) {
            continue;
        }
        std::string minute = formatIsoUtc(r.endedAt - r.endedAt % 60'000).substr(0, 16);
        minute[10] = ' ';
        rows.push_back(testing::accountRow(minute, r.creator, r.title, r.msPlayed));
    }
    music = rows.size();
    return testing::jsonArray(rows);
}

TEST(SampleFiles, AccountDataOverlappingExtendedHistoryIsDeduplicated)
{
    REQUIRE_SAMPLES(samples);
    const auto extendedPath = *samples / kEfrro / "Streaming_History_Audio_2023.json";
    auto parsed = ingest::parseHistory(testing::readFile(extendedPath));
    ASSERT_TRUE(parsed.ok());
    std::size_t music = 0;
    testing::TempDir dir;
    const auto accountPath = dir.write("MyData/StreamingHistory_music_0.json", accountDataFor(*parsed, music));
    ASSERT_EQ(music, 1'457U);

    {
        auto db = testing::freshDatabase();
        const auto first = ingest::importHistory(db, {extendedPath});
        ASSERT_EQ(first.totalAdded(), 1'470U);
        ASSERT_EQ(first.totalDuplicates(), 0U);
        const auto second = ingest::importHistory(db, {accountPath});
        EXPECT_EQ(second.totalAdded(), 0U);
        EXPECT_EQ(second.totalDuplicates(), music);
        EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM plays"), 1'470);
    }
    {
        auto db = testing::freshDatabase();
        const auto first = ingest::importHistory(db, {accountPath});
        EXPECT_GT(first.totalAdded(), 1'400U);
        const auto second = ingest::importHistory(db, {extendedPath});
        ASSERT_EQ(second.files.size(), 1U);
        EXPECT_EQ(second.files[0].addedByKind.count(ingest::PlayKind::Music), 0U); // every song already known
        EXPECT_EQ(second.totalAdded(), 13U);                                       // the podcast episodes
        // The account-data tracks picked up URIs and albums from the extended history.
        EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM items i JOIN creators c ON c.id = i.creator_id "
                               "WHERE c.kind = 1 AND i.spotify_uri IS NULL"),
                  0);
    }
}

} // namespace
} // namespace tunescope
