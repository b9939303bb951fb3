#include "CoreTestHelpers.h"

#include "analytics/SpotifyTop.h"
#include "store/SpotifyCache.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using testing::musicPlay;
using testing::utc;

spotify::Artist artist(std::string id, std::string name)
{
    spotify::Artist a;
    a.id = std::move(id);
    a.name = std::move(name);
    return a;
}

TEST(SpotifyTopComparison, SpotifysRankingBesideTheUsersPlaysInTheSameWindow)
{
    auto db = testing::freshDatabase();
    testing::storePlays(db, {
                                musicPlay("Mira Calloway", "Velvet Kite", "Kites", "2024-05-20T10:00:00Z", 200'000),
                                musicPlay("Mira Calloway", "Velvet Kite", "Kites", "2024-05-21T10:00:00Z", 200'000),
                                musicPlay("Björk Lindqvist", "Amber", "Glass", "2024-05-22T10:00:00Z", 180'000),
                                // Outside the 4-week window before the snapshot: not counted.
                                musicPlay("Björk Lindqvist", "Amber", "Glass", "2024-03-01T10:00:00Z", 180'000),
                            });
    store::SpotifyCache cache(db);
    ASSERT_TRUE(cache.putArtist(artist("bjork0000000000000000a", "BJÖRK LINDQVIST"), 0).ok()); // other casing
    ASSERT_TRUE(cache.putArtist(artist("never00000000000000000", "Never Played"), 0).ok());
    ASSERT_TRUE(cache.putArtist(artist("mira00000000000000000a", "Mira Calloway"), 0).ok());
    const UtcMs taken = utc("2024-06-01T00:00:00Z");
    ASSERT_TRUE(store::recordTopSnapshot(db, store::TopListKind::Artists, store::TopListRange::ShortTerm, taken,
                                         {"bjork0000000000000000a", "never00000000000000000", "mira00000000000000000a"})
                    .ok());

    const auto comparison = analytics::compareWithSpotifyTop(db, store::TopListKind::Artists,
                                                             store::TopListRange::ShortTerm, TimeZone::utc());
    ASSERT_TRUE(comparison.ok() && comparison->has_value());
    const auto& rows = (*comparison)->rows;
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[0].name, "BJÖRK LINDQVIST");
    EXPECT_EQ(rows[0].plays, 1); // the March play is outside Spotify's 4 weeks
    EXPECT_EQ(rows[0].playsRank, 2);
    EXPECT_EQ(rows[1].plays, 0);
    EXPECT_FALSE(rows[1].playsRank.has_value());
    EXPECT_EQ(rows[2].spotifyRank, 3);
    EXPECT_EQ(rows[2].plays, 2);
    EXPECT_EQ(rows[2].msPlayed, 400'000);
    EXPECT_EQ(rows[2].playsRank, 1); // the user's favourite, third on Spotify's list

    EXPECT_FALSE(analytics::compareWithSpotifyTop(db, store::TopListKind::Tracks, store::TopListRange::ShortTerm,
                                                  TimeZone::utc())
                     ->has_value());
}

} // namespace
} // namespace tunescope
