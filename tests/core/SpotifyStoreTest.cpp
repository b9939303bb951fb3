#include "CoreTestHelpers.h"
#include "TestSupport.h"

#include "store/Migrations.h"
#include "store/SpotifyAccount.h"
#include "store/SpotifyCache.h"
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

// Regression: an artist's row and its images were separate writes, so a crash (or a failure)
// between them left a "complete" artist without images that no sync asked for again.
TEST(SpotifyCache, AnArtistOrTrackIsStoredWholeOrNotAtAll)
{
    auto db = testing::freshDatabase();
    ASSERT_TRUE(db.exec("CREATE TEMP TRIGGER no_images BEFORE INSERT ON spotify_images "
                        "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
                    .ok());
    spotify::Artist artist;
    artist.id = "0Artist000000000000001";
    artist.name = "Velvet Harbour";
    artist.images = {spotify::Image{"https://i.scdn.co/image/a", 640, 640}};
    store::SpotifyCache cache(db);
    EXPECT_FALSE(cache.putArtist(artist, 1'000).ok());
    EXPECT_EQ(testing::queryInt(db, "SELECT COUNT(*) FROM spotify_artists"), 0);

    spotify::Track track;
    track.id = "0Track0000000000000001";
    track.name = "Song";
    track.artists = {spotify::ArtistRef{artist.id, artist.name}};
    spotify::AlbumSummary album;
    album.id = "0Album0000000000000001";
    album.name = "Album";
    album.images = artist.images;
    track.album = album;
    EXPECT_FALSE(cache.putTrack(track, 1'000).ok());
    for (const char* table : {"spotify_tracks", "spotify_albums", "spotify_artists"}) {
        EXPECT_EQ(testing::queryInt(db, std::string("SELECT COUNT(*) FROM ") + table), 0) << table;
    }

    ASSERT_TRUE(db.exec("DROP TRIGGER no_images").ok());
    ASSERT_TRUE(cache.putTrack(track, 1'000).ok());
    EXPECT_EQ(testing::queryInt(db, "SELECT COUNT(*) FROM spotify_images"), 1);
    EXPECT_EQ(testing::queryInt(db, "SELECT COUNT(*) FROM spotify_artists"), 1);
}

} // namespace
} // namespace tunescope
