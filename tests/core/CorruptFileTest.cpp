// Corrupt and truncated files: rejected with the place of the fault, database left as it was.

#include "CoreTestHelpers.h"

#include "ingest/HistoryImporter.h"
#include "ingest/HistoryParser.h"

#include <gtest/gtest.h>

#include <regex>

namespace tunescope {
namespace {

using ingest::FileReport;
using testing::fixture;
using testing::readFile;

// A database that already holds plays, so "unchanged" means something.
store::Database databaseWithData()
{
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {fixture("account_music.json"), fixture("extended_2021.json")});
    EXPECT_FALSE(report.anyRejected());
    EXPECT_EQ(report.totalAdded(), 8U);
    return db;
}

struct Fault {
    std::size_t offset = 0;
    std::size_t entry = 0;
};

// "... at byte N (entry M)" -> {N, M}.
std::optional<Fault> faultIn(const std::string& message)
{
    static const std::regex pattern(R"(at byte (\d+) \(entry (\d+)\))");
    std::smatch m;
    if (!std::regex_search(message, m, pattern)) {
        return std::nullopt;
    }
    return Fault{std::stoul(m[1].str()), std::stoul(m[2].str())};
}

// The entry a parser is in when the text ends after `prefix`: entries begin at '{' (the fixtures
// have no braces inside strings), and a ',' after an entry starts the next one.
std::size_t entryAtEnd(std::string_view prefix)
{
    std::size_t opened = 0;
    for (const char c : prefix) {
        opened += c == '{' ? 1 : 0;
    }
    const auto last = prefix.find_last_not_of(" \r\n\t");
    if (last != std::string_view::npos && prefix[last] == ',') {
        const auto before = prefix.find_last_not_of(" \r\n\t", last - 1);
        if (before != std::string_view::npos && prefix[before] == '}') {
            return opened + 1;
        }
    }
    return std::max<std::size_t>(opened, 1);
}

// Every cut of a valid file is a fault at the cut, in the right entry (checked on the parser, which
// is cheap); the cuts at structural points and every fifth byte also go through the importer,
// into a database that must not change.
void expectEveryTruncationRejected(const std::string& fixtureName)
{
    const std::string full = readFile(fixture(fixtureName));
    const std::size_t closing = full.rfind(']');
    ASSERT_NE(closing, std::string::npos);
    auto db = databaseWithData();
    const std::string before = testing::databaseContentDigest(db);
    testing::TempDir dir;
    std::size_t imported = 0;
    for (std::size_t cut = 1; cut <= closing; ++cut) {
        const std::string prefix = full.substr(0, cut);
        const auto parsed = ingest::parseHistory(prefix);
        ASSERT_FALSE(parsed.ok()) << fixtureName << " cut at " << cut;
        EXPECT_EQ(parsed.error().code, ErrorCode::Corrupt);
        const auto fault = faultIn(parsed.error().message);
        ASSERT_TRUE(fault) << "cut at " << cut << ": " << parsed.error().message;
        // The fault is at the end of the text, or at the start of a cut literal or escape.
        EXPECT_LE(fault->offset, cut) << parsed.error().message;
        EXPECT_GE(fault->offset + 6, cut) << parsed.error().message;
        EXPECT_EQ(fault->entry, entryAtEnd(prefix)) << "cut at " << cut << ": " << parsed.error().message;

        if (std::string_view("{}[],:\"").find(full[cut - 1]) == std::string_view::npos && cut % 5 != 0) {
            continue;
        }
        const auto file = dir.write("cut.json", prefix);
        const auto report = ingest::importHistory(db, {file});
        ASSERT_EQ(report.files.size(), 1U);
        const auto& f = report.files[0];
        ASSERT_EQ(f.outcome, FileReport::Outcome::Rejected) << fixtureName << " cut at " << cut;
        EXPECT_TRUE(report.anyRejected());
        EXPECT_EQ(f.playsAdded, 0U);
        EXPECT_EQ(f.name, file.string());
        EXPECT_EQ(f.error, parsed.error().message);
        ++imported;
    }
    EXPECT_EQ(testing::databaseContentDigest(db), before);
    EXPECT_GT(imported, 150U);
}

TEST(CorruptFile, PrettyPrintedFileTruncatedAnywhereIsRejected)
{
    expectEveryTruncationRejected("account_music.json");
}

TEST(CorruptFile, MinifiedFileTruncatedAnywhereIsRejected)
{
    expectEveryTruncationRejected("extended_2020.json");
}

TEST(CorruptFile, TruncationAtNamedStructuralPoints)
{
    const std::string full = readFile(fixture("extended_2024.json"));
    auto cutAfter = [&](std::string_view marker, std::size_t extra = 0) {
        const auto at = full.find(marker);
        EXPECT_NE(at, std::string::npos) << marker;
        return at + marker.size() + extra;
    };
    const struct {
        const char* where;
        std::size_t cut;
        std::size_t entry;
    } points[] = {
        {"inside a string", cutAfter("\"Ninety Ni"), 1},
        {"after a key", cutAfter("\"platform\""), 1},
        {"after a colon", cutAfter("\"ms_played\":"), 1},
        {"inside a number", cutAfter("\"ms_played\": 18"), 1},
        {"inside null", cutAfter("\"episode_name\": nu"), 1},
        {"inside false", cutAfter("\"shuffle\": fa"), 1},
        {"between entries", cutAfter("},"), 2},
        {"after an entry", cutAfter("false\n  }"), 1},
        {"before the closing bracket", full.rfind(']'), 5},
    };
    auto db = databaseWithData();
    const std::string before = testing::databaseContentDigest(db);
    testing::TempDir dir;
    for (const auto& point : points) {
        const auto file = dir.write("Streaming_History_Audio_2024.json", full.substr(0, point.cut));
        const auto report = ingest::importHistory(db, {file});
        ASSERT_EQ(report.files.size(), 1U);
        const auto& f = report.files[0];
        EXPECT_EQ(f.outcome, FileReport::Outcome::Rejected) << point.where;
        const auto fault = faultIn(f.error);
        ASSERT_TRUE(fault) << point.where << ": " << f.error;
        EXPECT_EQ(fault->entry, point.entry) << point.where << ": " << f.error;
        EXPECT_LE(fault->offset, point.cut) << point.where;
        EXPECT_GE(fault->offset + 4, point.cut) << point.where;
    }
    EXPECT_EQ(testing::databaseContentDigest(db), before);
}

TEST(CorruptFile, MalformedEntryIsNamedByNumberAndOffset)
{
    testing::TempDir dir;
    std::vector<std::string> rows;
    for (int i = 0; i < 5; ++i) {
        rows.push_back(
            testing::accountRow("2023-06-01 12:0" + std::to_string(i), "Juniper Vale", "Copper Harbor", 100'000 + i));
    }
    std::string text = testing::jsonArray(rows);
    // Entry 4 loses the comma between two of its fields.
    std::size_t at = 0;
    for (int i = 0; i < 4; ++i) {
        at = text.find("\"msPlayed\"", at + 1);
    }
    const std::size_t comma = text.rfind(',', at);
    text.erase(comma, 1);
    const auto file = dir.write("StreamingHistory0.json", text);
    auto db = databaseWithData();
    const std::string before = testing::databaseContentDigest(db);
    const auto report = ingest::importHistory(db, {file});
    ASSERT_EQ(report.files.size(), 1U);
    EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Rejected);
    const auto fault = faultIn(report.files[0].error);
    ASSERT_TRUE(fault) << report.files[0].error;
    EXPECT_EQ(fault->entry, 4U);
    EXPECT_EQ(fault->offset, comma);
    EXPECT_EQ(testing::databaseContentDigest(db), before);

    // The same fault after a byte-order mark is reported at its offset in the file.
    const auto withBom = dir.write("StreamingHistory1.json", "\xEF\xBB\xBF" + text);
    const auto bomReport = ingest::importHistory(db, {withBom});
    const auto bomFault = faultIn(bomReport.files.at(0).error);
    ASSERT_TRUE(bomFault) << bomReport.files.at(0).error;
    EXPECT_EQ(bomFault->offset, comma + 3);
}

TEST(CorruptFile, EveryTruncationSaysTheFileEndsEarly)
{
    const std::string full = readFile(fixture("account_music.json"));
    std::vector<std::size_t> unclear;
    for (std::size_t cut = 1; cut < full.rfind(']'); ++cut) {
        const auto parsed = ingest::parseHistory(full.substr(0, cut));
        ASSERT_FALSE(parsed.ok());
        EXPECT_EQ(parsed.error().code, ErrorCode::Corrupt);
        if (parsed.error().message.find("truncated") == std::string::npos) {
            unclear.push_back(cut);
        }
    }
    // Including cuts right after '[' and after the ',' between entries.
    EXPECT_TRUE(unclear.empty()) << unclear.size() << " cut positions do not say so, the first at byte "
                                 << unclear.front();
}

TEST(CorruptFile, OtherFilesOfTheSameImportStillGoIn)
{
    testing::TempDir dir;
    const std::string good = readFile(fixture("extended_2024.json"));
    const std::string broken = readFile(fixture("extended_2020.json"));
    dir.write("export/Streaming_History_Audio_2024.json", good);
    dir.write("export/endsong_0.json", broken.substr(0, broken.size() / 2));
    dir.write("export/zz/endsong_9.json", "[{\"ts\":\"2020-01-01T00:00:00Z\",\"ms_played\":1,}]");
    dir.write("export/zz/empty.json", "");

    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {dir.path() / "export"});
    EXPECT_TRUE(report.anyRejected());
    std::size_t rejected = 0;
    for (const auto& f : report.files) {
        if (f.name.find("Streaming_History_Audio_2024") != std::string::npos) {
            EXPECT_EQ(f.outcome, FileReport::Outcome::Imported);
            EXPECT_EQ(f.playsAdded, 4U);
        } else if (f.outcome == FileReport::Outcome::Rejected) {
            ++rejected;
            EXPECT_FALSE(f.error.empty());
        }
    }
    EXPECT_EQ(rejected, 2U); // the truncated file and the trailing comma; the empty file is no history
    EXPECT_EQ(report.totalAdded(), 4U);
    EXPECT_EQ(testing::queryInt(db, "SELECT COUNT(*) FROM plays"), 4);
}

TEST(CorruptFile, NamedFilesThatAreNotHistoryAreRejectedWithAReason)
{
    testing::TempDir dir;
    const auto userdata = dir.write("Userdata.json", R"({"username":"someone","country":"XX"})");
    const auto empty = dir.write("StreamingHistory0.json", "");
    const auto missing = dir.path() / "nowhere.json";
    auto db = databaseWithData();
    const std::string before = testing::databaseContentDigest(db);
    const auto report = ingest::importHistory(db, {userdata, empty, missing, fixture("extended_2020.json")});
    ASSERT_EQ(report.files.size(), 4U);
    EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Rejected);
    EXPECT_NE(report.files[0].error.find("not a Spotify streaming-history file"), std::string::npos);
    EXPECT_EQ(report.files[1].outcome, FileReport::Outcome::Rejected);
    EXPECT_NE(report.files[1].error.find("empty"), std::string::npos) << report.files[1].error;
    EXPECT_EQ(report.files[2].outcome, FileReport::Outcome::Rejected);
    EXPECT_NE(report.files[2].error.find("no such file"), std::string::npos) << report.files[2].error;
    EXPECT_EQ(report.files[3].outcome, FileReport::Outcome::Imported);
    EXPECT_TRUE(report.anyRejected());
    EXPECT_NE(testing::databaseContentDigest(db), before); // the good file went in
}

TEST(CorruptFile, AnyRejectedOnlyWhenAFileWasRejected)
{
    testing::TempDir dir;
    dir.write("export/ReadMeFirst.pdf", "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n");
    dir.write("export/Userdata.json", R"({"username":"someone"})");
    dir.write("export/StreamingHistory0.json", readFile(fixture("account_music.json")));
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {dir.path() / "export"});
    EXPECT_FALSE(report.anyRejected());
    EXPECT_EQ(report.totalAdded(), 5U);
    EXPECT_EQ(report.totalRows(), 5U);
}

TEST(CorruptFile, CancelledImportLeavesTheFileOut)
{
    auto db = databaseWithData();
    const std::string before = testing::databaseContentDigest(db);
    std::stop_source stop;
    ingest::ImportOptions options;
    options.onProgress = [&](const ingest::ImportProgress& p) {
        if (p.fileIndex == 0 && p.fileCount > 0) {
            stop.request_stop(); // while the first file is under way
        }
    };
    const auto report = ingest::importHistory(db, {fixture("extended_2024.json")}, options, stop.get_token());
    EXPECT_TRUE(report.cancelled);
    ASSERT_EQ(report.files.size(), 1U);
    EXPECT_EQ(report.files[0].outcome, FileReport::Outcome::Cancelled);
    EXPECT_FALSE(report.anyRejected());
    EXPECT_EQ(testing::databaseContentDigest(db), before);
    // A later import is not confused by ids the rolled-back transaction had created.
    const auto again = ingest::importHistory(db, {fixture("extended_2024.json")});
    EXPECT_EQ(again.totalAdded(), 4U);
    EXPECT_EQ(testing::queryInt(db, "SELECT COUNT(*) FROM plays p LEFT JOIN items i ON i.id = p.item_id "
                                    "WHERE i.id IS NULL"),
              0);
}

} // namespace
} // namespace tunescope
