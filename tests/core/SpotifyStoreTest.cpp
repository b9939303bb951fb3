#include "TestSupport.h"

#include "store/Migrations.h"
#include "store/SpotifyAccount.h"
#include "store/SyncState.h"
#include "store/TopSnapshots.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using store::TopListKind;
using store::TopListRange;

TEST(SyncState, RemembersNumbersAndTextAcrossConnections)
{
    testing::TempDir dir;
    const auto path = dir.path() / "profile.sqlite3";
    {
        auto db = store::Database::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(store::migrate(*db).ok());
        store::SyncState state(*db);
        EXPECT_FALSE(state.number(store::SyncState::kLastSyncAt)->has_value());
        ASSERT_TRUE(state.set(store::SyncState::kLastSyncAt, std::int64_t{1'700'000'000'123}).ok());
        ASSERT_TRUE(state.set(store::SyncState::kLastSyncAt, std::int64_t{1'700'000'000'456}).ok()); // replaces
    }
    auto db = store::Database::open(path);
    store::SyncState state(*db);
    EXPECT_EQ(state.number(store::SyncState::kLastSyncAt)->value_or(0), 1'700'000'000'456);
    ASSERT_TRUE(state.erase(store::SyncState::kLastSyncAt).ok());
    EXPECT_FALSE(state.number(store::SyncState::kLastSyncAt)->has_value());
}

TEST(SpotifyAccount, OneAccountPerProfileWithoutAnySecret)
{
    auto db = testing::freshDatabase();
    EXPECT_FALSE(store::loadSpotifyAccount(db)->has_value());
    store::SpotifyAccount account{"client-123", "user-1", std::nullopt, "Mira", "tunescope/default/spotify", 42};
    ASSERT_TRUE(store::saveSpotifyAccount(db, account).ok());
    account.displayName = "Mira C.";
    ASSERT_TRUE(store::saveSpotifyAccount(db, account).ok());
    const auto loaded = store::loadSpotifyAccount(db);
    ASSERT_TRUE(loaded.ok() && loaded->has_value());
    EXPECT_EQ((*loaded)->displayName, "Mira C.");
    EXPECT_FALSE((*loaded)->accountId.has_value());
    EXPECT_EQ((*loaded)->secretKey, "tunescope/default/spotify");
    ASSERT_TRUE(store::removeSpotifyAccount(db).ok());
    EXPECT_FALSE(store::loadSpotifyAccount(db)->has_value());
}

TEST(TopSnapshots, KeepEverySnapshotAndTellHowARankMoved)
{
    auto db = testing::freshDatabase();
    ASSERT_TRUE(
        store::recordTopSnapshot(db, TopListKind::Artists, TopListRange::ShortTerm, 1000, {"a", "b", "c"}).ok());
    ASSERT_TRUE(store::recordTopSnapshot(db, TopListKind::Artists, TopListRange::ShortTerm, 2000, {"b", "c"}).ok());
    ASSERT_TRUE(
        store::recordTopSnapshot(db, TopListKind::Artists, TopListRange::ShortTerm, 3000, {"c", "a", "b"}).ok());
    ASSERT_TRUE(store::recordTopSnapshot(db, TopListKind::Tracks, TopListRange::ShortTerm, 4000, {"t"}).ok());
    ASSERT_TRUE(store::recordTopSnapshot(db, TopListKind::Artists, TopListRange::LongTerm, 5000, {"z"}).ok());

    const auto latest = store::latestTopSnapshot(db, TopListKind::Artists, TopListRange::ShortTerm);
    ASSERT_TRUE(latest.ok() && latest->has_value());
    EXPECT_EQ((*latest)->takenAt, 3000);
    EXPECT_EQ((*latest)->spotifyIds, (std::vector<std::string>{"c", "a", "b"}));
    const auto earlier = store::latestTopSnapshot(db, TopListKind::Artists, TopListRange::ShortTerm, 2500);
    EXPECT_EQ((*earlier)->spotifyIds, (std::vector<std::string>{"b", "c"}));
    EXPECT_FALSE(store::latestTopSnapshot(db, TopListKind::Tracks, TopListRange::LongTerm)->has_value());

    const auto history = store::rankHistory(db, TopListKind::Artists, TopListRange::ShortTerm, "a");
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 3U);
    EXPECT_EQ((*history)[0].rank, 1);
    EXPECT_FALSE((*history)[1].rank.has_value()); // dropped out, then came back
    EXPECT_EQ((*history)[2].rank, 2);
}

} // namespace
} // namespace tunescope
