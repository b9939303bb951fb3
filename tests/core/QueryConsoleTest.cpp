// The query console (core/query): writes are impossible and each refusal says what it refused,
// results keep their types, a row limit truncates visibly, and Cancel stops a running query.

#include "CoreTestHelpers.h"

#include "query/QueryConsole.h"
#include "query/SqlText.h"

#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <iostream>
#include <thread>

namespace tunescope {
namespace {

using testing::musicPlay;
using testing::podcastPlay;

class QueryConsoleTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        testing::storePlays(profile, {musicPlay("Mira Sol", "One", "First Light", "2024-03-02T12:00:00Z", 200'000),
                                      musicPlay("Mira Sol", "Two", "First Light", "2024-03-02T12:05:00Z", 12'000),
                                      musicPlay("Noor", "Three", "", "2024-03-03T08:00:00Z", 60'000),
                                      podcastPlay("Deep Talk", "Episode 1", "2024-03-04T09:00:00Z", 900'000)});
    }

    query::QueryConsole console()
    {
        auto opened = query::QueryConsole::open(file, TimeZone::utc());
        EXPECT_TRUE(opened.ok()) << (opened ? "" : opened.error().message);
        return std::move(opened).value();
    }

    // Everything a write could change: the rows, the schema, the version, the folder's files.
    std::string digest()
    {
        std::string text = testing::databaseContentDigest(profile);
        auto schema = profile.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name");
        while (schema && schema->step()) {
            text.append(schema->textView(0)).append("|").append(schema->textView(1)).append("|");
            text.append(schema->textView(2)).append("\n");
        }
        text += "version " + std::to_string(testing::queryInt(profile, "PRAGMA user_version")) + "\n";
        for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
            text += entry.path().filename().string() + "\n";
        }
        return text;
    }

    testing::TempDir dir;
    std::filesystem::path file = dir.path() / "profile.sqlite3";
    store::Database profile = testing::databaseAt(file);
};

TEST_F(QueryConsoleTest, RefusesEveryKindOfWriteInWordsAndChangesNothing)
{
    const std::string copy = (dir.path() / "copy.sqlite3").string();
    const std::string other = (dir.path() / "other.sqlite3").string();
    struct Case {
        std::string sql;
        std::string refused; // what the message names
    };
    const std::vector<Case> cases = {
        {"INSERT INTO platforms(raw) VALUES ('x')", "INSERT"},
        {"REPLACE INTO platforms(raw) VALUES ('x')", "INSERT"},
        {"WITH n AS (SELECT 'y' AS raw) INSERT INTO platforms(raw) SELECT raw FROM n", "INSERT"},
        {"UPDATE plays SET ms_played = 0", "UPDATE"},
        {"DELETE FROM plays", "DELETE"},
        {"CREATE TABLE notes (x)", "CREATE TABLE"},
        {"CREATE TABLE IF NOT EXISTS plays (x)", "CREATE TABLE"},
        {"CREATE VIEW v_mine AS SELECT 1", "CREATE VIEW"},
        {"CREATE INDEX plays_by_ms ON plays (ms_played)", "CREATE INDEX"},
        {"CREATE TRIGGER t AFTER INSERT ON plays BEGIN SELECT 1; END", "CREATE TRIGGER"},
        {"CREATE TEMP TABLE scratch (x)", "CREATE TEMP TABLE"},
        {"CREATE TEMP VIEW scratch AS SELECT 1", "CREATE TEMP VIEW"},
        {"CREATE VIRTUAL TABLE words USING fts5(x)", "CREATE VIRTUAL TABLE"},
        {"DROP TABLE plays", "DROP TABLE"},
        {"DROP VIEW v_plays", "DROP VIEW"},
        {"DROP INDEX plays_by_start", "DROP INDEX"},
        {"ALTER TABLE plays ADD COLUMN note TEXT", "ALTER TABLE"},
        {"ALTER TABLE plays RENAME TO listens", "ALTER TABLE"},
        {"ATTACH DATABASE '" + other + "' AS other", "ATTACH"},
        {"DETACH DATABASE main", "DETACH"},
        {"PRAGMA user_version = 1", "PRAGMA user_version = 1"},
        {"PRAGMA journal_mode = DELETE", "PRAGMA journal_mode = DELETE"},
        {"PRAGMA journal_mode", "PRAGMA journal_mode"},
        {"PRAGMA writable_schema = ON", "PRAGMA writable_schema = ON"},
        {"PRAGMA query_only = OFF", "PRAGMA query_only = OFF"},
        {"PRAGMA wal_checkpoint(TRUNCATE)", "PRAGMA wal_checkpoint"},
        {"VACUUM", "VACUUM"},
        {"VACUUM INTO '" + copy + "'", "VACUUM INTO"},
        {"vacuum main into '" + copy + "'", "VACUUM INTO"},
        {"SELECT load_extension('x')", "load_extension()"},
        {"REINDEX", "REINDEX"},
        {"ANALYZE", "ANALYZE"},
        {"BEGIN IMMEDIATE", "BEGIN IMMEDIATE"},
    };
    const std::string before = digest();
    auto sqlConsole = console();
    for (const auto& c : cases) {
        SCOPED_TRACE(c.sql);
        const auto result = sqlConsole.run(c.sql);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(result.error().message.rfind("The query console is read-only: " + c.refused, 0), 0U)
            << result.error().message;
        EXPECT_NE(result.error().message.find("is not allowed"), std::string::npos) << result.error().message;
        // The console goes on answering after a refusal.
        const auto after = sqlConsole.run("SELECT COUNT(*) FROM plays");
        ASSERT_TRUE(after.ok()) << after.error().message;
        EXPECT_EQ(std::get<std::int64_t>(after->rows.at(0).at(0)), 4);
    }
    EXPECT_EQ(digest(), before);
    EXPECT_FALSE(std::filesystem::exists(copy));
    EXPECT_FALSE(std::filesystem::exists(other));
}

TEST_F(QueryConsoleTest, RefusesSeveralStatementsAtOnceAndRunsNoneOfThem)
{
    const std::string before = digest();
    auto sqlConsole = console();
    for (const char* sql : {"SELECT 1; DELETE FROM plays", "SELECT 1; SELECT 2", "SELECT 1;;  -- done\n; VACUUM"}) {
        SCOPED_TRACE(sql);
        const auto result = sqlConsole.run(sql);
        ASSERT_FALSE(result.ok());
        EXPECT_NE(result.error().message.find("one statement at a time"), std::string::npos) << result.error().message;
    }
    EXPECT_EQ(digest(), before);
    // A closing semicolon and comments after it are one statement.
    const auto single = sqlConsole.run("SELECT 1; -- that's all\n /* really */ ");
    ASSERT_TRUE(single.ok()) << single.error().message;
}

TEST_F(QueryConsoleTest, ReadingWorksThroughViewsPragmasAndTransactions)
{
    auto sqlConsole = console();
    const auto plays = sqlConsole.run("SELECT artist, track, album, started_at_utc, kind, is_play, ms_played "
                                      "FROM v_plays ORDER BY started_at_ms");
    ASSERT_TRUE(plays.ok()) << plays.error().message;
    ASSERT_EQ(plays->rows.size(), 4U);
    EXPECT_EQ(plays->columns.front(), "artist");
    EXPECT_EQ(std::get<std::string>(plays->rows[0][0]), "Mira Sol");
    EXPECT_EQ(std::get<std::string>(plays->rows[0][2]), "First Light");
    EXPECT_EQ(std::get<std::string>(plays->rows[0][3]), "2024-03-02T11:56:40Z"); // ended 12:00, 200 s
    EXPECT_EQ(std::get<std::int64_t>(plays->rows[0][5]), 1);
    EXPECT_EQ(std::get<std::int64_t>(plays->rows[1][5]), 0); // 12 s: not a play
    EXPECT_EQ(std::get<std::string>(plays->rows[3][4]), "podcast");
    EXPECT_EQ(std::get<std::int64_t>(plays->rows[3][5]), 0);

    const auto daily = sqlConsole.run("SELECT day, plays, ms_played FROM v_daily ORDER BY day");
    ASSERT_TRUE(daily.ok()) << daily.error().message;
    ASSERT_EQ(daily->rows.size(), 2U); // music only
    EXPECT_EQ(std::get<std::string>(daily->rows[0][0]), "2024-03-02");
    EXPECT_EQ(std::get<std::int64_t>(daily->rows[0][1]), 1);
    EXPECT_EQ(std::get<std::int64_t>(daily->rows[0][2]), 212'000);

    for (const char* sql : {"PRAGMA table_info(plays)", "SELECT name FROM pragma_table_info('plays')",
                            "PRAGMA index_list(plays)", "PRAGMA user_version", "PRAGMA quick_check",
                            "EXPLAIN QUERY PLAN SELECT * FROM v_plays", "BEGIN", "SELECT 1", "COMMIT"}) {
        SCOPED_TRACE(sql);
        const auto result = sqlConsole.run(sql);
        EXPECT_TRUE(result.ok()) << result.error().message;
    }
    const auto version = sqlConsole.run("PRAGMA user_version");
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(std::get<std::int64_t>(version->rows.at(0).at(0)), 8);
}

TEST_F(QueryConsoleTest, KeepsEachValueTypedAndShowsBlobsBySize)
{
    auto sqlConsole = console();
    const auto result = sqlConsole.run("SELECT 42 AS i, 2.5 AS r, 3.0 AS whole, 'naïve' AS t, NULL AS n, "
                                       "x'00ff10' AS b");
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->columns, (std::vector<std::string>{"i", "r", "whole", "t", "n", "b"}));
    const auto& row = result->rows.at(0);
    EXPECT_EQ(std::get<std::int64_t>(row[0]), 42);
    EXPECT_DOUBLE_EQ(std::get<double>(row[1]), 2.5);
    EXPECT_EQ(query::displayText(row[2]), "3.0");
    EXPECT_EQ(std::get<std::string>(row[3]), "naïve");
    EXPECT_TRUE(query::isNull(row[4]));
    EXPECT_EQ(query::displayText(row[4]), "NULL");
    EXPECT_EQ(query::csvText(row[4]), "");
    EXPECT_EQ(std::get<query::BlobValue>(row[5]).bytes, 3U);
    EXPECT_EQ(query::displayText(row[5]), "<blob 3 bytes>");
}

TEST_F(QueryConsoleTest, KeepsTheFirstRowsAndSaysWhenThereWereMore)
{
    auto sqlConsole = console();
    const std::string fifty = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) "
                              "SELECT i FROM n";
    query::QueryOptions options;
    options.maxRows = 10;
    const auto cut = sqlConsole.run(fifty, options);
    ASSERT_TRUE(cut.ok()) << cut.error().message;
    EXPECT_EQ(cut->rows.size(), 10U);
    EXPECT_TRUE(cut->truncated);
    EXPECT_EQ(std::get<std::int64_t>(cut->rows.back()[0]), 10);

    options.maxRows = 50;
    const auto whole = sqlConsole.run(fifty, options);
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(whole->rows.size(), 50U);
    EXPECT_FALSE(whole->truncated);
}

TEST_F(QueryConsoleTest, ExplainsSqlErrorsAndEmptyInput)
{
    auto sqlConsole = console();
    const auto typo = sqlConsole.run("SELEC * FROM plays");
    ASSERT_FALSE(typo.ok());
    EXPECT_NE(typo.error().message.find("syntax error"), std::string::npos) << typo.error().message;
    const auto missing = sqlConsole.run("SELECT * FROM no_such_table");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("no_such_table"), std::string::npos) << missing.error().message;
    const auto blank = sqlConsole.run("  -- only a comment\n");
    ASSERT_FALSE(blank.ok());
    EXPECT_NE(blank.error().message.find("Nothing to run"), std::string::npos);
}

TEST_F(QueryConsoleTest, CancelFromAnotherThreadStopsALongQueryPromptly)
{
    auto sqlConsole = console();
    std::stop_source stop;
    // Counting to a billion takes minutes.
    auto running = std::async(std::launch::async, [&sqlConsole, token = stop.get_token()] {
        return sqlConsole.run("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
                              "SELECT COUNT(*) FROM n",
                              {}, token);
    });
    EXPECT_EQ(running.wait_for(std::chrono::milliseconds(300)), std::future_status::timeout); // still counting
    const auto cancelledAt = std::chrono::steady_clock::now();
    stop.request_stop();
    const auto result = running.get();
    const auto latency = std::chrono::steady_clock::now() - cancelledAt;
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_LT(latency, std::chrono::seconds(10)); // a broken cancel would count for minutes
    std::cout << "cancel latency: " << std::chrono::duration<double, std::milli>(latency).count() << " ms\n";

    // The connection is usable again afterwards.
    const auto after = sqlConsole.run("SELECT COUNT(*) FROM plays");
    ASSERT_TRUE(after.ok()) << after.error().message;
}

TEST_F(QueryConsoleTest, AStopRequestedBeforeTheRunRunsNothing)
{
    auto sqlConsole = console();
    std::stop_source stop;
    stop.request_stop();
    const auto result = sqlConsole.run("SELECT 1", {}, stop.get_token());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
}

TEST_F(QueryConsoleTest, OpensBesideTheProfilesOwnConnectionButNotInMemory)
{
    auto beside = query::QueryConsole::openBeside(profile, TimeZone::utc());
    ASSERT_TRUE(beside.ok()) << beside.error().message;
    EXPECT_TRUE(beside->run("SELECT COUNT(*) FROM v_plays").ok());
    auto memory = testing::freshDatabase();
    EXPECT_FALSE(query::QueryConsole::openBeside(memory, TimeZone::utc()).ok());
    EXPECT_FALSE(query::QueryConsole::open(dir.path() / "missing.sqlite3", TimeZone::utc()).ok());
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "missing.sqlite3"));
}

TEST(SqlText, NamesTheStatementPastCommentsAndSpaces)
{
    EXPECT_EQ(query::statementVerb("  -- why\n /* note */ vacuum"), "VACUUM");
    EXPECT_EQ(query::statementVerb("VACUUM main INTO '/tmp/x'"), "VACUUM INTO");
    EXPECT_EQ(query::statementVerb("begin exclusive"), "BEGIN EXCLUSIVE");
    EXPECT_EQ(query::statementVerb("begin"), "BEGIN");
    EXPECT_TRUE(query::isBlank(" ; -- x\n /* y */ ;"));
    EXPECT_FALSE(query::isBlank("; SELECT 1"));
}

} // namespace
} // namespace tunescope
