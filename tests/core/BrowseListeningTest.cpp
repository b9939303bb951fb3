// The user's own listening of one artist on the artist page: by name, or by Spotify id through the
// tracks the cache credits to the artist when the export spells the name differently.

#include "CoreTestHelpers.h"

#include "browse/ArtistListening.h"
#include "store/SpotifyCache.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using testing::musicPlay;
using testing::storePlays;
using testing::utc;

ingest::PlayRecord withUri(ingest::PlayRecord record, const std::string& trackId)
{
    record.uri = "spotify:track:" + trackId;
    return record;
}

class BrowseListening : public ::testing::Test {
protected:
    void SetUp() override
    {
        storePlays(db, {
                           musicPlay("Salt & Cedar", "Tide", "Shore", "2021-05-01T10:00:00Z", 200'000),
                           musicPlay("Salt & Cedar", "Tide", "Shore", "2021-06-01T10:00:00Z", 200'000),
                           musicPlay("Salt & Cedar", "Tide", "Shore", "2022-01-01T10:00:00Z", 200'000),
                           musicPlay("Salt & Cedar", "Harbor", "Shore", "2022-02-01T10:00:00Z", 100'000),
                           musicPlay("Salt & Cedar", "Skipped", "Shore", "2023-02-01T10:00:00Z", 4'000),
                           musicPlay("Other Band", "Elsewhere", "Far", "2022-03-01T10:00:00Z", 496'000),
                       });
    }

    store::Database db = testing::freshDatabase();
};

TEST_F(BrowseListening, ByNameTotalsFirstAndLastPlayShareAndTopTracks)
{
    browse::ArtistHit artist;
    artist.name = "salt &  cedar"; // as typed: case and spaces do not matter
    const auto listening = browse::artistListening(db, artist, 10);
    ASSERT_TRUE(listening.ok()) << listening.error().message;
    EXPECT_EQ(listening->plays, 4);
    EXPECT_EQ(listening->msPlayed, 704'000);
    EXPECT_EQ(listening->firstPlay, utc("2021-05-01T10:00:00Z") - 200'000);
    EXPECT_EQ(listening->lastPlay, utc("2022-02-01T10:00:00Z") - 100'000); // the 4 s row is no play
    EXPECT_DOUBLE_EQ(listening->shareOfListening, 704'000.0 / 1'200'000.0);
    ASSERT_EQ(listening->topTracks.size(), 2U); // "Skipped" was never played for 30 s
    EXPECT_EQ(listening->topTracks[0], (std::pair<std::string, std::int64_t>{"Tide", 3}));
    EXPECT_EQ(listening->topTracks[1], (std::pair<std::string, std::int64_t>{"Harbor", 1}));

    const auto top1 = browse::artistListening(db, artist, 1);
    ASSERT_TRUE(top1.ok());
    EXPECT_EQ(top1->topTracks.size(), 1U);
}

TEST_F(BrowseListening, ByIdWhenTheExportSpellsTheArtistDifferently)
{
    const std::string artistId = "4Z8W4fKeB5YxbusRsdQVPb";
    const std::string trackId = "1n7lGNUWLmNYAfu1V6nTuK";
    storePlays(
        db,
        {withUri(musicPlay("Salt and Cedar (band)", "Breakwater", "Live", "2024-01-01T10:00:00Z", 300'000), trackId),
         withUri(musicPlay("Salt and Cedar (band)", "Breakwater", "Live", "2024-01-02T10:00:00Z", 300'000), trackId)},
        "second export");
    spotify::Track track;
    track.id = trackId;
    track.name = "Breakwater";
    track.artists = {spotify::ArtistRef{artistId, "Salt & Cedar"}};
    ASSERT_TRUE(store::SpotifyCache(db).putTrack(track, 1).ok());

    browse::ArtistHit artist;
    artist.spotifyId = artistId;
    artist.name = "Salt & Cedar";
    const auto listening = browse::artistListening(db, artist, 10);
    ASSERT_TRUE(listening.ok()) << listening.error().message;
    EXPECT_EQ(listening->plays, 4 + 2); // both spellings
    ASSERT_EQ(listening->topTracks.size(), 3U);
    EXPECT_EQ(listening->topTracks[1], (std::pair<std::string, std::int64_t>{"Breakwater", 2}));

    artist.name = "Salt and Cedar";
    const auto byIdOnly = browse::artistListening(db, artist, 10);
    ASSERT_TRUE(byIdOnly.ok());
    EXPECT_EQ(byIdOnly->plays, 2);

    // An id the cache credits with nothing leaves the name.
    artist.name = "Salt & Cedar";
    artist.spotifyId = "0000000000000000000000";
    const auto byName = browse::artistListening(db, artist, 10);
    ASSERT_TRUE(byName.ok());
    EXPECT_EQ(byName->plays, 4);
}

TEST_F(BrowseListening, AnArtistTheHistoryLacksHasNothing)
{
    browse::ArtistHit artist;
    artist.name = "Nobody Here";
    const auto listening = browse::artistListening(db, artist, 10);
    ASSERT_TRUE(listening.ok());
    EXPECT_EQ(listening->plays, 0);
    EXPECT_EQ(listening->msPlayed, 0);
    EXPECT_FALSE(listening->firstPlay.has_value());
    EXPECT_EQ(listening->shareOfListening, 0.0);
    EXPECT_TRUE(listening->topTracks.empty());
}

} // namespace
} // namespace tunescope
