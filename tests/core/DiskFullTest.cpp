// A disk that fills up mid-import (SQLite's max_page_count stands in for the full disk): the file
// is rejected with a message that says the disk is full and what to do, and the database holds
// exactly what it held before.

#include "CoreTestHelpers.h"

#include "ingest/HistoryImporter.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using testing::fixture;
using testing::queryInt;

// Everything the user would see, as one comparable text.
std::string contentOf(store::Database& db)
{
    std::string content;
    for (const char* sql :
         {"SELECT count(*) FROM plays", "SELECT coalesce(sum(ms_played), 0) FROM plays", "SELECT count(*) FROM items",
          "SELECT count(*) FROM creators", "SELECT count(*) FROM import_files"}) {
        content.append(std::to_string(queryInt(db, sql))).append(" ");
    }
    return content;
}

// Account data of `count` plays, big enough to need many new pages.
std::string bigHistory(int count)
{
    std::string json = "[";
    for (int i = 0; i < count; ++i) {
        json.append(i == 0 ? "" : ",").append(R"({"endTime": "2023-05-)").append(i % 28 < 9 ? "0" : "");
        json.append(std::to_string(i % 28 + 1)).append(" ").append(i / 28 % 24 < 10 ? "0" : "");
        json.append(std::to_string(i / 28 % 24)).append(":").append(i % 60 < 10 ? "0" : "");
        json.append(std::to_string(i % 60)).append(R"(", "artistName": "Artist )").append(std::to_string(i));
        json.append(R"(", "trackName": "A rather long track name to fill pages )").append(std::to_string(i));
        json.append(R"(", "msPlayed": 200000})");
    }
    return json.append("]");
}

TEST(DiskFull, AnImportThatFillsTheDiskIsRejectedClearlyAndChangesNothing)
{
    testing::TempDir dir;
    const auto big = dir.write("StreamingHistory_music_0.json", bigHistory(3000));
    auto db = testing::databaseAt(dir.path() / "profile.sqlite3");
    ASSERT_FALSE(ingest::importHistory(db, {fixture("extended_2021.json")}).anyRejected());
    const std::string before = contentOf(db);
    ASSERT_NE(before.rfind("0 ", 0), 0U); // there is something to lose

    // No room for even one more page.
    const auto pages = queryInt(db, "PRAGMA page_count");
    ASSERT_TRUE(db.exec("PRAGMA max_page_count = " + std::to_string(pages)).ok());
    const auto report = ingest::importHistory(db, {big});
    ASSERT_TRUE(report.anyRejected());
    for (const auto& file : report.files) {
        EXPECT_EQ(file.outcome, ingest::FileReport::Outcome::Rejected) << file.name;
        EXPECT_NE(file.error.find("The disk is full"), std::string::npos) << file.error;
        EXPECT_NE(file.error.find("Free some space"), std::string::npos) << file.error;
        EXPECT_NE(file.error.find("profile.sqlite3"), std::string::npos) << file.error;
    }
    EXPECT_EQ(contentOf(db), before);
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);

    // Room again: the same files go in.
    ASSERT_TRUE(db.exec("PRAGMA max_page_count = 1000000").ok());
    const auto again = ingest::importHistory(db, {big});
    EXPECT_FALSE(again.anyRejected());
    EXPECT_GT(again.totalAdded(), 0U);
}

} // namespace
} // namespace tunescope
