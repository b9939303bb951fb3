#include "CoreTestHelpers.h"
#include "TestSupport.h"

#include "exchange/ProfileBackup.h"
#include "ingest/HistoryImporter.h"
#include "store/Migrations.h"
#include "store/Profile.h"

#include <gtest/gtest.h>

#include <atomic>
#include <iostream>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

using namespace tunescope;
using tunescope::testing::databaseContentDigest;
using tunescope::testing::queryInt;
using tunescope::testing::TempDir;

namespace {

// `count` history files of `plays` distinct music plays each.
std::vector<std::filesystem::path> historyFiles(const TempDir& dir, int count, int plays)
{
    std::vector<std::filesystem::path> files;
    for (int f = 0; f < count; ++f) {
        std::vector<std::string> rows;
        for (int p = 0; p < plays; ++p) {
            const UtcMs ended = tunescope::testing::utc("2024-01-01T00:00:00Z") + (f * plays + p) * 240'000LL;
            rows.push_back(tunescope::testing::extendedRow(formatIsoUtc(ended), "Artist " + std::to_string(p % 7),
                                                           "Track " + std::to_string(p), "Album",
                                                           "spotify:track:fiction" + std::to_string(p), 200'000));
        }
        files.push_back(dir.write("history/file" + std::to_string(f) + ".json", tunescope::testing::jsonArray(rows)));
    }
    return files;
}

// A database at `file` with only the first `steps` migrations and one play, marked as a backup.
void writeOldBackup(const std::filesystem::path& file, std::size_t steps)
{
    auto db = store::Database::open(file);
    ASSERT_TRUE(db);
    for (std::size_t i = 0; i < steps; ++i) {
        const auto& step = store::migrations().at(i);
        ASSERT_TRUE(db->exec(step.sql));
        ASSERT_TRUE(db->exec("PRAGMA user_version = " + std::to_string(step.version)));
    }
    ASSERT_TRUE(db->exec("INSERT INTO creators (id, kind, name, match_key) VALUES (1, 1, 'Old Band', 'old band');"
                         "INSERT INTO items (id, creator_id, name, match_key) VALUES (1, 1, 'Old Song', 'old song');"
                         "INSERT INTO plays (started_at, ended_at, ms_played, kind, item_id, source) "
                         "VALUES (1700000000000, 1700000200000, 200000, 1, 1, 2);"
                         "PRAGMA application_id = " +
                         std::to_string(exchange::kBackupApplicationId)));
}

struct Profile {
    TempDir data;
    store::ProfileLocation location{data.path(), "default"};

    [[nodiscard]] std::string digest() const
    {
        auto db = store::openProfile(location);
        EXPECT_TRUE(db);
        return db ? databaseContentDigest(*db) : std::string();
    }
};

// Restoring `backup` fails with a message naming it, and the profile stays as it was.
void expectRefused(Profile& profile, const std::filesystem::path& backup, const std::string& why)
{
    const auto before = profile.digest();
    const auto restored = exchange::restoreDatabase(backup, profile.location.databaseFile());
    ASSERT_FALSE(restored) << why;
    EXPECT_NE(restored.error().message.find(backup.string()), std::string::npos) << restored.error().message;
    EXPECT_NE(restored.error().message.find(why), std::string::npos) << restored.error().message;
    EXPECT_EQ(profile.digest(), before);
    EXPECT_FALSE(std::filesystem::exists(profile.location.directory() / "tunescope.sqlite3.restoring"));
}

} // namespace

TEST(ProfileBackup, BackupsTakenDuringAnImportHoldWholeFilesOnlyAndPassTheIntegrityCheck)
{
    Profile profile;
    const auto files = historyFiles(profile.data, 30, 300);
    {
        auto db = store::openProfile(profile.location);
        ASSERT_TRUE(db);
    }
    std::atomic<bool> importing = true;
    std::jthread importer([&] {
        auto db = store::openProfile(profile.location);
        EXPECT_TRUE(db);
        if (db) {
            EXPECT_FALSE(ingest::importHistory(*db, files).anyRejected());
        }
        importing = false;
    });
    auto reader = store::openProfile(profile.location);
    ASSERT_TRUE(reader);
    int taken = 0;
    std::int64_t partlyImported = 0;
    while (importing || taken < 2) {
        const auto out = profile.data.path() / ("backup" + std::to_string(taken++) + ".tunescope");
        ASSERT_TRUE(exchange::backupDatabase(*reader, out));
        auto copy = store::Database::open(out, store::OpenMode::ReadOnly);
        ASSERT_TRUE(copy);
        auto check = copy->prepare("PRAGMA integrity_check");
        ASSERT_TRUE(check && check->step());
        EXPECT_EQ(check->text(0), "ok");
        EXPECT_EQ(queryInt(*copy, "PRAGMA application_id"), exchange::kBackupApplicationId);
        // Every file in the copy has all its plays; no play is there without its file.
        EXPECT_EQ(queryInt(*copy, "SELECT COUNT(*) FROM import_files f WHERE f.plays_added != "
                                  "(SELECT COUNT(*) FROM plays p WHERE p.file_id = f.id)"),
                  0);
        const auto plays = queryInt(*copy, "SELECT COUNT(*) FROM plays");
        EXPECT_EQ(plays, queryInt(*copy, "SELECT IFNULL(SUM(plays_added), 0) FROM import_files"));
        EXPECT_EQ(plays % 300, 0);
        if (plays > 0 && plays < 30 * 300) {
            ++partlyImported;
        }
    }
    importer.join();
    const auto out = profile.data.path() / "final.tunescope";
    ASSERT_TRUE(exchange::backupDatabase(*reader, out));
    auto last = store::Database::open(out, store::OpenMode::ReadOnly);
    ASSERT_TRUE(last);
    EXPECT_EQ(queryInt(*last, "SELECT COUNT(*) FROM plays"), 30 * 300);
    std::cout << "backups taken during the import: " << taken << ", of them mid-import: " << partlyImported << '\n';
}

TEST(ProfileBackup, RestoreBringsBackTheProfileAsBackedUp)
{
    Profile profile;
    const auto files = historyFiles(profile.data, 2, 50);
    auto db = store::openProfile(profile.location);
    ASSERT_TRUE(db);
    ASSERT_FALSE(ingest::importHistory(*db, {files[0]}).anyRejected());
    const auto backedUp = databaseContentDigest(*db);
    const auto backup = profile.data.path() / "profile.tunescope";
    ASSERT_TRUE(exchange::backupDatabase(*db, backup));
    ASSERT_FALSE(ingest::importHistory(*db, {files[1]}).anyRejected());
    ASSERT_EQ(queryInt(*db, "SELECT COUNT(*) FROM plays"), 100);
    db = store::Database::openInMemory().value(); // closes the profile, as the CLI would be
    const auto restored = exchange::restoreDatabase(backup, profile.location.databaseFile());
    ASSERT_TRUE(restored) << restored.error().message;
    EXPECT_EQ(profile.digest(), backedUp);
    EXPECT_FALSE(std::filesystem::exists(profile.location.directory() / "tunescope.sqlite3.before-restore"));
    EXPECT_FALSE(std::filesystem::exists(profile.location.directory() / "tunescope.sqlite3.restoring"));
}

TEST(ProfileBackup, ABackupFromAnOlderSchemaIsRestoredAndUpgraded)
{
    Profile profile;
    const auto backup = profile.data.path() / "old.tunescope";
    writeOldBackup(backup, 1);
    const auto restored = exchange::restoreDatabase(backup, profile.location.databaseFile());
    ASSERT_TRUE(restored) << restored.error().message;
    auto db = store::openProfile(profile.location);
    ASSERT_TRUE(db);
    EXPECT_EQ(store::schemaVersion(*db), store::migrations().back().version);
    EXPECT_EQ(queryInt(*db, "SELECT COUNT(*) FROM plays"), 1);
    EXPECT_EQ(queryInt(*db, "SELECT COUNT(*) FROM creators WHERE name = 'Old Band'"), 1);
}

TEST(ProfileBackup, GarbageAPlainDatabaseAndANewerBackupAreRefusedAndTheProfileIsUnchanged)
{
    Profile profile;
    {
        auto db = store::openProfile(profile.location);
        ASSERT_TRUE(db);
        ASSERT_FALSE(ingest::importHistory(*db, historyFiles(profile.data, 1, 20)).anyRejected());
    }
    expectRefused(profile, profile.data.write("notes.txt", std::string(5000, 'x')), "is not a Tunescope backup");
    expectRefused(profile, profile.data.path() / "absent.tunescope", "does not exist");

    const auto plain = profile.data.path() / "plain.sqlite3";
    tunescope::testing::databaseAt(plain);
    expectRefused(profile, plain, "is not a Tunescope backup");

    const auto newer = profile.data.path() / "newer.tunescope";
    {
        auto db = store::openProfile(profile.location);
        ASSERT_TRUE(db);
        ASSERT_TRUE(exchange::backupDatabase(*db, newer));
    }
    {
        auto db = store::Database::open(newer);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec("PRAGMA user_version = " + std::to_string(store::migrations().back().version + 1)));
    }
    expectRefused(profile, newer, "newer Tunescope");
}

TEST(ProfileBackup, RestoreIsRefusedWhileAnotherConnectionHasTheProfileOpen)
{
    Profile profile;
    auto open = store::openProfile(profile.location);
    ASSERT_TRUE(open);
    ASSERT_FALSE(ingest::importHistory(*open, historyFiles(profile.data, 1, 20)).anyRejected());
    const auto backup = profile.data.path() / "profile.tunescope";
    ASSERT_TRUE(exchange::backupDatabase(*open, backup));
    ASSERT_FALSE(ingest::importHistory(*open, historyFiles(profile.data, 2, 20)).anyRejected());
    const auto before = databaseContentDigest(*open);
    const auto restored = exchange::restoreDatabase(backup, profile.location.databaseFile());
    ASSERT_FALSE(restored);
    EXPECT_NE(restored.error().message.find("in use"), std::string::npos) << restored.error().message;
    EXPECT_EQ(databaseContentDigest(*open), before);
    EXPECT_EQ(queryInt(*open, "SELECT COUNT(*) FROM plays"), 40);
}

TEST(ProfileBackup, ACancelledBackupOrRestoreLeavesNoFileAndTheProfileAsItWas)
{
    Profile profile;
    auto db = store::openProfile(profile.location);
    ASSERT_TRUE(db);
    ASSERT_FALSE(ingest::importHistory(*db, historyFiles(profile.data, 1, 20)).anyRejected());
    std::stop_source stop;
    stop.request_stop();
    const auto backup = profile.data.path() / "profile.tunescope";
    const auto cancelled = exchange::backupDatabase(*db, backup, stop.get_token());
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    EXPECT_FALSE(std::filesystem::exists(backup));
    EXPECT_FALSE(std::filesystem::exists(profile.data.path() / "profile.tunescope.partial"));

    ASSERT_TRUE(exchange::backupDatabase(*db, backup));
    ASSERT_FALSE(ingest::importHistory(*db, historyFiles(profile.data, 2, 20)).anyRejected());
    db = store::Database::openInMemory().value();
    const auto before = profile.digest();
    const auto notRestored = exchange::restoreDatabase(backup, profile.location.databaseFile(), stop.get_token());
    ASSERT_FALSE(notRestored);
    EXPECT_EQ(notRestored.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(profile.digest(), before);
    EXPECT_FALSE(std::filesystem::exists(profile.location.directory() / "tunescope.sqlite3.restoring"));
}
