// Export ZIPs and folders: history found by content, other files ignored, damage rejected.

#include "CoreTestHelpers.h"
#include "ZipFixtures.h"

#include "ingest/HistoryImporter.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>

namespace tunescope {
namespace {

using ingest::FileReport;
using testing::extendedRow;
using testing::jsonArray;

using Entry = testing::ZipEntry;
using testing::entryDataOffset;
using testing::makeZip;

std::string historyJson(const std::string& artist, int rows, int hour = 9)
{
    std::vector<std::string> out;
    for (int i = 0; i < rows; ++i) {
        char ts[32];
        std::snprintf(ts, sizeof ts, "2023-04-%02dT%02d:15:00Z", i + 1, hour);
        out.push_back(extendedRow(ts, artist, "Track " + std::to_string(i), "Album",
                                  "spotify:track:0FictionalZip" + std::to_string(hour) + "x" + std::to_string(i),
                                  90'000));
    }
    return jsonArray(out);
}

const std::string kPdf = std::string("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n") +
                         std::string(64, '\x01') + "\n%%EOF\n";

const FileReport* findFile(const ingest::ImportReport& report, std::string_view part)
{
    for (const auto& f : report.files) {
        if (f.name.find(part) != std::string::npos) {
            return &f;
        }
    }
    ADD_FAILURE() << "no file named like " << part;
    return nullptr;
}

TEST(ZipImport, SpotifyShapedExportImportsHistoryAndIgnoresTheRest)
{
    testing::TempDir dir;
    const auto zip =
        dir.write("my_spotify_data.zip",
                  makeZip({{"Spotify Extended Streaming History/", ""},
                           {"Spotify Extended Streaming History/Streaming_History_Audio_2023_0.json",
                            historyJson("Marigold Static", 3)},
                           {"Spotify Extended Streaming History/Streaming_History_Audio_2023_1.json",
                            historyJson("Juniper Vale", 2, 20), true},
                           {"Spotify Extended Streaming History/ReadMeFirst_ExtendedStreamingHistory.pdf", kPdf, true},
                           {"Spotify Account Data/Userdata.json", R"({"username":"someone","country":"XX"})"},
                           {"Spotify Account Data/Inferences.json", R"({"inferences":["1P_Custom_Fictional"]})"}}));
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {zip});
    EXPECT_FALSE(report.anyRejected());
    ASSERT_EQ(report.files.size(), 5U); // folder entries are not files
    const auto* audio0 = findFile(report, "Streaming_History_Audio_2023_0.json");
    ASSERT_NE(audio0, nullptr);
    EXPECT_EQ(audio0->name, zip.string() + ": Spotify Extended Streaming History/Streaming_History_Audio_2023_0.json");
    EXPECT_EQ(audio0->outcome, FileReport::Outcome::Imported);
    EXPECT_EQ(audio0->playsAdded, 3U);
    EXPECT_EQ(findFile(report, "Audio_2023_1")->playsAdded, 2U);
    for (const char* other : {"ReadMeFirst", "Userdata.json", "Inferences.json"}) {
        const auto* f = findFile(report, other);
        ASSERT_NE(f, nullptr);
        EXPECT_EQ(f->outcome, FileReport::Outcome::Ignored) << other << ": " << f->error;
        EXPECT_EQ(f->playsAdded, 0U);
    }
    EXPECT_EQ(report.totalAdded(), 5U);
    EXPECT_EQ(testing::queryInt(db, "SELECT COUNT(*) FROM plays"), 5);
    // The same ZIP again adds nothing.
    EXPECT_EQ(ingest::importHistory(db, {zip}).totalAdded(), 0U);
}

TEST(ZipImport, OtherListShapedExportFilesAreIgnoredNotRejected)
{
    // Account-data exports also hold JSON lists whose entries share key names with history:
    // Marquee.json (artistName, segment) and SearchQueries.json (platform, searchTime, ...).
    testing::TempDir dir;
    const auto zip = dir.write(
        "my_spotify_data.zip",
        makeZip({{"MyData/StreamingHistory0.json",
                  jsonArray({testing::accountRow("2023-01-01 10:00", "Marigold Static", "Copper Harbor", 100'000)})},
                 {"MyData/Marquee.json", R"([{"artistName":"Marigold Static","segment":"Light listeners"}])"},
                 {"MyData/SearchQueries.json", R"([{"platform":"ANDROID","searchTime":"2023-01-01T10:00:00.000Z[UTC]",)"
                                               R"("searchQuery":"copper","searchInteractionURIs":[]}])"}}));
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {zip});
    EXPECT_EQ(findFile(report, "StreamingHistory0.json")->playsAdded, 1U);
    for (const char* name : {"Marquee.json", "SearchQueries.json"}) {
        const auto* f = findFile(report, name);
        ASSERT_NE(f, nullptr);
        EXPECT_EQ(f->outcome, FileReport::Outcome::Ignored) << name << ": " << f->error;
    }
    EXPECT_FALSE(report.anyRejected());
}

TEST(ZipImport, TruncatedZipIsRejectedWithAClearMessage)
{
    testing::TempDir dir;
    const std::string bytes = makeZip({{"Streaming_History_Audio_2023_0.json", historyJson("Marigold Static", 4)}});
    const auto cut = dir.write("cut.zip", bytes.substr(0, bytes.size() / 2));
    const auto junk = dir.write("junk.zip", std::string("PK\x03\x04", 4) + std::string(200, 'x'));
    const auto good = dir.write("good.json", historyJson("Juniper Vale", 2));
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {cut, junk, good});
    ASSERT_EQ(report.files.size(), 3U);
    EXPECT_TRUE(report.anyRejected());
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(report.files[i].outcome, FileReport::Outcome::Rejected);
        EXPECT_NE(report.files[i].error.find("ZIP"), std::string::npos) << report.files[i].error;
    }
    EXPECT_EQ(report.files[0].name, cut.string());
    EXPECT_EQ(report.files[2].outcome, FileReport::Outcome::Imported);
    EXPECT_EQ(report.totalAdded(), 2U);
}

TEST(ZipImport, DamagedEntryIsRejectedAndTheOthersStillGoIn)
{
    testing::TempDir dir;
    const std::string damagedName = "Streaming_History_Audio_2023_0.json";
    std::string bytes = makeZip({{damagedName, historyJson("Marigold Static", 6)},
                                 {"Streaming_History_Audio_2023_1.json", historyJson("Juniper Vale", 2, 20)}});
    const std::size_t data = entryDataOffset(bytes, damagedName);
    for (std::size_t i = 40; i < 48; ++i) {
        bytes[data + i] = static_cast<char>(bytes[data + i] ^ 0x5A); // garble the deflate stream
    }
    const auto zip = dir.write("export.zip", bytes);
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {zip});
    ASSERT_EQ(report.files.size(), 2U);
    EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Rejected) << report.files[0].error;
    EXPECT_EQ(report.files[1].outcome, FileReport::Outcome::Imported);
    EXPECT_EQ(report.totalAdded(), 2U);
}

TEST(ZipImport, CrcMismatchInAStoredEntryIsRejected)
{
    // A flipped letter inside an uncompressed entry still inflates to valid JSON; only the CRC
    // tells. Importing it would store a wrong name without a word.
    testing::TempDir dir;
    const std::string name = "Streaming_History_Audio_2023_0.json";
    std::string bytes = makeZip({{name, historyJson("Marigold Static", 2), true}});
    const std::size_t data = entryDataOffset(bytes, name);
    const std::size_t letter = bytes.find("Marigold", data);
    ASSERT_NE(letter, std::string::npos);
    bytes[letter] = 'N'; // "Narigold Static"
    const auto zip = dir.write("export.zip", bytes);
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {zip});
    ASSERT_EQ(report.files.size(), 1U);
    EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Rejected);
    EXPECT_NE(report.files[0].error.find("ZIP"), std::string::npos) << report.files[0].error;
    EXPECT_EQ(testing::queryInt(db, "SELECT COUNT(*) FROM plays"), 0);
    EXPECT_EQ(testing::queryInt(db, "SELECT COUNT(*) FROM creators WHERE name = 'Narigold Static'"), 0);
}

TEST(ZipImport, FoldersAreScannedRecursivelyAndFilesRecognisedByContent)
{
    testing::TempDir dir;
    const auto root = dir.path() / "downloads";
    dir.write("downloads/a/b/c/deep history.txt", historyJson("Marigold Static", 2, 7)); // odd name, real history
    dir.write("downloads/a/StreamingHistory0.json", R"({"not":"history"})");             // right name, wrong content
    dir.write("downloads/a/b/export.bin", makeZip({{"x/y/endsong_0.json", historyJson("Juniper Vale", 3, 8)},
                                                   {"x/Userdata.json", R"({"username":"someone"})"}}));
    dir.write("downloads/notes.md", "# listening notes\n");
    dir.write("downloads/a/account.json", testing::readFile(testing::fixture("account_music.json")));
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {root});
    EXPECT_FALSE(report.anyRejected());
    EXPECT_EQ(findFile(report, "deep history.txt")->playsAdded, 2U);
    EXPECT_EQ(findFile(report, "export.bin: x/y/endsong_0.json")->playsAdded, 3U);
    EXPECT_EQ(findFile(report, "account.json")->playsAdded, 5U);
    EXPECT_EQ(findFile(report, "StreamingHistory0.json")->outcome, FileReport::Outcome::Ignored);
    EXPECT_EQ(findFile(report, "x/Userdata.json")->outcome, FileReport::Outcome::Ignored);
    EXPECT_EQ(findFile(report, "notes.md")->outcome, FileReport::Outcome::Ignored);
    EXPECT_EQ(report.totalAdded(), 10U);
    // Files come in path order, so two runs report the same sequence.
    const auto again = ingest::importHistory(db, {root});
    ASSERT_EQ(again.files.size(), report.files.size());
    for (std::size_t i = 0; i < again.files.size(); ++i) {
        EXPECT_EQ(again.files[i].name, report.files[i].name);
    }
    EXPECT_TRUE(std::is_sorted(report.files.begin(), report.files.end(), [](const FileReport& a, const FileReport& b) {
        return a.name.substr(0, a.name.find(": ")) < b.name.substr(0, b.name.find(": "));
    }));
}

} // namespace
} // namespace tunescope
