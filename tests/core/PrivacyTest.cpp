// Never store IP addresses, user agents or user names: not in any table, not in the file.

#include "CoreTestHelpers.h"

#include "ingest/HistoryImporter.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using testing::fixture;

// Every row of every table (found through sqlite_master, so new tables are covered too).
std::string dumpEveryTable(store::Database& db)
{
    std::vector<std::string> tables;
    auto list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    EXPECT_TRUE(list.ok());
    while (list && list->step()) {
        tables.push_back(list->text(0));
    }
    EXPECT_GE(tables.size(), 6U);
    std::string dump;
    for (const auto& table : tables) {
        auto stmt = db.prepare("SELECT * FROM \"" + table + "\"");
        EXPECT_TRUE(stmt.ok()) << table;
        while (stmt && stmt->step()) {
            dump += table + ":";
            for (int c = 0; c < stmt->columnCount(); ++c) {
                dump += std::string(stmt->textView(c)) + "|";
            }
            dump += "\n";
        }
    }
    return dump;
}

// Strings from the fixtures that must never reach the database.
const std::vector<std::string>& personalStrings()
{
    // IPs from the documentation ranges, a made-up username and user agent.
    static const std::vector<std::string> strings = {
        "203.0.113.57",
        "198.51.100.23",
        "198.51.100.24",
        "192.0.2.44",
        "2001:db8:3014:2c3a:8000::",
        "2001:db8",
        "fictional-listener-7731",
        "TunescopeTestAgent",
        "Mozilla%2F5.0%20(X11%3B%20FictionOS)",
    };
    return strings;
}

TEST(Privacy, NoIpUserAgentOrUsernameInAnyTable)
{
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {fixture("extended_2021.json"), fixture("extended_2024.json")});
    ASSERT_FALSE(report.anyRejected());
    ASSERT_EQ(report.totalAdded(), 7U);
    const auto dump = dumpEveryTable(db);
    // The dump really holds the rows (so the search below can fail).
    EXPECT_NE(dump.find("Postcards From Nowhere"), std::string::npos);
    EXPECT_NE(dump.find("web_player linux ;firefox 128.0;desktop"), std::string::npos); // platform is kept
    for (const auto& secret : personalStrings()) {
        EXPECT_EQ(dump.find(secret), std::string::npos) << secret << " found in:\n" << dump;
    }
}

TEST(Privacy, NoPersonalBytesInTheDatabaseFiles)
{
    testing::TempDir dir;
    const auto file = dir.path() / "profile.sqlite3";
    {
        auto db = testing::databaseAt(file);
        const auto report = ingest::importHistory(db, {fixture("extended_2021.json"), fixture("extended_2024.json")});
        ASSERT_FALSE(report.anyRejected());
        ASSERT_GT(report.totalAdded(), 0U);
        // Read the files while the WAL still holds the newest pages, then after a checkpoint.
        std::string bytes = testing::readFile(file) + testing::readFile(dir.path() / "profile.sqlite3-wal");
        EXPECT_NE(bytes.find("Copper Harbor"), std::string::npos);
        for (const auto& secret : personalStrings()) {
            EXPECT_EQ(bytes.find(secret), std::string::npos) << secret;
        }
        ASSERT_TRUE(db.exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    }
    const std::string bytes = testing::readFile(file);
    EXPECT_NE(bytes.find("Copper Harbor"), std::string::npos);
    for (const auto& secret : personalStrings()) {
        EXPECT_EQ(bytes.find(secret), std::string::npos) << secret;
    }
}

TEST(Privacy, ImportReportCarriesNoPersonalFields)
{
    auto db = testing::freshDatabase();
    const auto report = ingest::importHistory(db, {fixture("extended_2021.json")});
    ASSERT_EQ(report.files.size(), 1U);
    const auto& file = report.files[0];
    std::string text = file.name + file.shape + file.error;
    for (const auto& [reason, rows] : file.skipped) {
        text += reason;
    }
    for (const auto& secret : personalStrings()) {
        EXPECT_EQ(text.find(secret), std::string::npos) << secret;
    }
}

} // namespace
} // namespace tunescope
