// Type-ahead artist search: the user's own history (offline, normalised names, most played first)
// and Spotify's search against the fake, 10 a page with "more" on demand, cached as it goes.

#include "BrowseTestFixture.h"
#include "CoreTestHelpers.h"

#include "browse/ArtistSearch.h"

#include <gtest/gtest.h>

#include <set>

namespace tunescope {
namespace {

using testing::musicPlay;
using testing::queryInt;
using testing::storePlays;

std::vector<std::string> namesOf(const std::vector<browse::ArtistHit>& hits)
{
    std::vector<std::string> names;
    for (const auto& hit : hits) {
        names.push_back(hit.name);
    }
    return names;
}

TEST(BrowseHistorySearch, FindsArtistsByAnyPartOfTheirNameMostPlayedFirst)
{
    auto db = testing::freshDatabase();
    storePlays(db, {
                       musicPlay("Café Orbit", "Drift", "Low Orbit", "2024-03-01T10:00:00Z", 200'000),
                       musicPlay("Café Orbit", "Drift", "Low Orbit", "2024-03-02T10:00:00Z", 200'000),
                       musicPlay("Orbital Youth", "Spin", "Rings", "2024-03-03T10:00:00Z", 180'000),
                       musicPlay("Orbital Youth", "Spin", "Rings", "2024-03-04T10:00:00Z", 180'000),
                       musicPlay("Orbital Youth", "Spin", "Rings", "2024-03-05T10:00:00Z", 180'000),
                       musicPlay("Saturn Choir", "Rings", "Moons", "2024-03-06T10:00:00Z", 240'000),
                       // Skipped after 5 s: listening time, but not a play.
                       musicPlay("Café Orbit", "Drift", "Low Orbit", "2024-03-07T10:00:00Z", 5'000),
                   });
    const auto hits = browse::searchHistoryArtists(db, "ORBIT", 10);
    ASSERT_TRUE(hits.ok()) << hits.error().message;
    ASSERT_EQ(namesOf(*hits), (std::vector<std::string>{"Orbital Youth", "Café Orbit"}));
    EXPECT_TRUE((*hits)[0].inHistory);
    EXPECT_TRUE((*hits)[0].spotifyId.empty());
    EXPECT_EQ((*hits)[0].historyPlays, 3);
    EXPECT_EQ((*hits)[1].historyPlays, 2);
    EXPECT_EQ((*hits)[1].historyMs, 405'000);

    // The same name typed decomposed (e + combining acute) and in another case still matches.
    const auto decomposed = browse::searchHistoryArtists(db, "cafe\xCC\x81", 10);
    ASSERT_TRUE(decomposed.ok());
    EXPECT_EQ(namesOf(*decomposed), (std::vector<std::string>{"Café Orbit"}));

    const auto limited = browse::searchHistoryArtists(db, "orbit", 1);
    ASSERT_TRUE(limited.ok());
    EXPECT_EQ(namesOf(*limited), (std::vector<std::string>{"Orbital Youth"}));

    const auto none = browse::searchHistoryArtists(db, "Neptune", 10);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
    const auto blank = browse::searchHistoryArtists(db, "   ", 10);
    ASSERT_TRUE(blank.ok());
    EXPECT_TRUE(blank->empty());
}

TEST(BrowseHistorySearch, PodcastShowsAreNotArtists)
{
    auto db = testing::freshDatabase();
    storePlays(db, {testing::podcastPlay("Orbit Talk", "Episode 1", "2024-03-01T10:00:00Z", 1'800'000)});
    const auto hits = browse::searchHistoryArtists(db, "orbit", 10);
    ASSERT_TRUE(hits.ok());
    EXPECT_TRUE(hits->empty());
}

using BrowseSpotifySearch = testing::BrowseAgainstFake;

TEST_F(BrowseSpotifySearch, OnePageOfSpotifysHitsCachedAndMarkedWhenInTheHistory)
{
    storePlays(db, {musicPlay(std::string(fakes::kProlificArtistName), "Any", "Any", "2024-03-01T10:00:00Z", 200'000)});
    const auto page = browse::searchSpotifyArtists(db, api, "marathon", 0, {});
    ASSERT_TRUE(page.ok()) << page.error().message;
    ASSERT_EQ(page->hits.size(), 1U);
    const auto& hit = page->hits[0];
    EXPECT_EQ(hit.spotifyId, artist.id);
    EXPECT_EQ(hit.name, artist.name);
    EXPECT_TRUE(hit.inHistory);
    EXPECT_EQ(hit.historyPlays, 1);
    // Development Mode: no genres, followers or popularity; the 64 px image for the list row.
    EXPECT_TRUE(hit.genres.empty());
    EXPECT_FALSE(hit.followers.has_value());
    EXPECT_FALSE(hit.popularity.has_value());
    ASSERT_TRUE(hit.imageUrl.has_value());
    EXPECT_NE(hit.imageUrl->find("-64"), std::string::npos) << *hit.imageUrl;
    EXPECT_FALSE(page->nextOffset.has_value());
    EXPECT_EQ(
        queryInt(db, "SELECT COUNT(*) FROM spotify_artists WHERE spotify_id = '" + artist.id + "' AND complete = 1"),
        1);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM spotify_images WHERE owner_id = '" + artist.id + "'"), 3);
}

TEST_F(BrowseSpotifySearch, ExtendedQuotaAppsSeeGenresAndFollowers)
{
    fake.setExtendedQuota(true);
    const auto page = browse::searchSpotifyArtists(db, api, "marathon", 0, {});
    ASSERT_TRUE(page.ok()) << page.error().message;
    ASSERT_EQ(page->hits.size(), 1U);
    EXPECT_EQ(page->hits[0].genres, artist.genres);
    EXPECT_EQ(page->hits[0].followers, artist.followers);
    EXPECT_EQ(page->hits[0].popularity, artist.popularity);
}

TEST_F(BrowseSpotifySearch, MorePagesOnDemandTenAtATimeUntilTheEnd)
{
    std::size_t matching = 0;
    for (const auto& candidate : fake.catalogue().artists()) {
        std::string lower = candidate.name;
        for (auto& c : lower) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        matching += lower.find("the") != std::string::npos ? 1U : 0U;
    }
    ASSERT_GT(matching, 10U);
    std::set<std::string> seen;
    std::optional<int> offset = 0;
    int pages = 0;
    while (offset) {
        const auto page = browse::searchSpotifyArtists(db, api, "the", *offset, {});
        ASSERT_TRUE(page.ok()) << page.error().message;
        EXPECT_LE(page->hits.size(), 10U);
        for (const auto& hit : page->hits) {
            EXPECT_TRUE(seen.insert(hit.spotifyId).second) << hit.name << " came twice";
        }
        offset = page->nextOffset;
        ++pages;
        ASSERT_LT(pages, 50);
    }
    EXPECT_EQ(seen.size(), matching);
    EXPECT_EQ(pages, static_cast<int>((matching + 9) / 10));
    for (const auto& request : fake.requests()) {
        EXPECT_EQ(fakes::paramValue(request.query, "limit"), "10");
        EXPECT_EQ(request.status, 200);
    }
}

TEST_F(BrowseSpotifySearch, ARefusalIsAnErrorAndNothingIsCached)
{
    fake.fail("/v1/search", fakes::Fault::forbidden(std::string(fakes::kUserNotRegistered)));
    const auto page = browse::searchSpotifyArtists(db, api, "marathon", 0, {});
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM spotify_artists"), 0);
}

TEST(BrowseMergeHits, SpotifysOrderFirstThenHistoryArtistsSpotifyDidNotName)
{
    browse::ArtistHit spotifyHit{"id1", "Café Orbit", {}, {}, {}, {}, true, 2, 400'000};
    browse::ArtistHit other{"id2", "Orbit Machine", {}, {}, {}, {}, false, 0, 0};
    browse::ArtistHit sameInHistory{"", "CAFÉ  ORBIT", {}, {}, {}, {}, true, 2, 400'000};
    browse::ArtistHit onlyInHistory{"", "Orbital Youth", {}, {}, {}, {}, true, 3, 540'000};
    const auto merged = browse::mergeArtistHits({spotifyHit, other}, {sameInHistory, onlyInHistory});
    EXPECT_EQ(namesOf(merged), (std::vector<std::string>{"Café Orbit", "Orbit Machine", "Orbital Youth"}));
    EXPECT_EQ(namesOf(browse::mergeArtistHits({}, {onlyInHistory})), (std::vector<std::string>{"Orbital Youth"}));
}

} // namespace
} // namespace tunescope
