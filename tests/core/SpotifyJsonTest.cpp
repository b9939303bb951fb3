// Mapping of Spotify Web API bodies (hand-written fixtures in tests/data/spotify) to models.

#include "TestSupport.h"

#include "spotify/SpotifyJson.h"

#include <gtest/gtest.h>

namespace tunescope::spotify {
namespace {

std::string body(const std::string& name)
{
    return testing::readFile(testing::fixture("spotify/" + name));
}

TEST(SpotifyJson, ProfileKeepsAccountIdAndImagesWithoutSize)
{
    const auto profile = parseProfile(body("me.json"), "/me");
    ASSERT_TRUE(profile.ok()) << profile.error().message;
    EXPECT_EQ(profile->id, "UserListenerTs23456789");
    EXPECT_EQ(profile->displayName, "Robin Fictional");
    EXPECT_EQ(profile->accountId, "xQ7fR2pL9v");
    ASSERT_EQ(profile->images.size(), 2U);
    EXPECT_EQ(profile->images[0].width, 300);
    EXPECT_FALSE(profile->images[1].width.has_value());
    EXPECT_FALSE(profile->images[1].height.has_value());
}

TEST(SpotifyJson, ProfileWithNullNameAndNoAccountId)
{
    const auto profile = parseProfile(R"({"id":"someone","display_name":null,"images":null})", "/me");
    ASSERT_TRUE(profile.ok());
    EXPECT_FALSE(profile->displayName.has_value());
    EXPECT_FALSE(profile->accountId.has_value());
    EXPECT_TRUE(profile->images.empty());
}

TEST(SpotifyJson, TopArtistsPageInDevelopmentModeHasNoGenresPopularityOrFollowers)
{
    const auto page = parseArtistPage(body("top_artists_page1.json"), "/me/top/artists");
    ASSERT_TRUE(page.ok()) << page.error().message;
    ASSERT_EQ(page->items.size(), 2U);
    EXPECT_EQ(page->next, "https://api.spotify.com/v1/me/top/artists?offset=50&limit=50&time_range=short_term");
    EXPECT_EQ(page->total, 53);
    EXPECT_EQ(page->offset, 0);
    EXPECT_EQ(page->limit, 50);
    EXPECT_EQ(page->skipped, 0U);

    const Artist& first = page->items[0];
    EXPECT_EQ(first.id, "VelvetHarborTs01234567");
    EXPECT_EQ(first.name, "Velvet Harbor");
    EXPECT_EQ(first.uri, "spotify:artist:VelvetHarborTs01234567");
    ASSERT_EQ(first.images.size(), 2U);
    EXPECT_EQ(first.images[1].height, 320);
    EXPECT_FALSE(first.genres.has_value()) << "absent genres must not look like 'no genres'";
    EXPECT_FALSE(first.popularity.has_value());
    EXPECT_FALSE(first.followers.has_value());
}

TEST(SpotifyJson, LastPageHasNoNext)
{
    const auto page = parseArtistPage(body("top_artists_page2.json"), "/me/top/artists");
    ASSERT_TRUE(page.ok());
    EXPECT_FALSE(page->next.has_value());
    EXPECT_EQ(page->offset, 50);
    ASSERT_EQ(page->items.size(), 1U);
    EXPECT_EQ(page->items[0].name, "The Paper Lanterns");
}

TEST(SpotifyJson, ExtendedQuotaFieldsAreUsedWhenPresent)
{
    const auto page = parseArtistPage(body("top_artists_extended_quota.json"), "/me/top/artists");
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->items.size(), 2U);
    const Artist& rich = page->items[0];
    ASSERT_TRUE(rich.genres.has_value());
    EXPECT_EQ(*rich.genres, (std::vector<std::string>{"dream pop", "shoegaze"}));
    EXPECT_EQ(rich.popularity, 57);
    EXPECT_EQ(rich.followers, 48213);

    const Artist& unclassified = page->items[1];
    ASSERT_TRUE(unclassified.genres.has_value()) << "sent but empty is not absent";
    EXPECT_TRUE(unclassified.genres->empty());
    EXPECT_EQ(unclassified.popularity, 0);
    EXPECT_FALSE(unclassified.followers.has_value()) << "followers.total null";
}

TEST(SpotifyJson, TopTracksCarryAlbumArtistsAndIsrc)
{
    const auto page = parseTrackPage(body("top_tracks.json"), "/me/top/tracks");
    ASSERT_TRUE(page.ok()) << page.error().message;
    ASSERT_EQ(page->items.size(), 2U);
    const Track& track = page->items[0];
    EXPECT_EQ(track.id, "TrackTideWalkerTs34567");
    EXPECT_EQ(track.name, "Tide Walker");
    EXPECT_EQ(track.uri, "spotify:track:TrackTideWalkerTs34567");
    EXPECT_EQ(track.durationMs, 214306);
    EXPECT_TRUE(track.explicitContent);
    EXPECT_EQ(track.trackNumber, 3);
    EXPECT_EQ(track.discNumber, 1);
    EXPECT_EQ(track.isrc, "ZZFIC2400101");
    EXPECT_FALSE(track.popularity.has_value());
    ASSERT_EQ(track.artists.size(), 2U);
    EXPECT_EQ(track.artists[1].id, "MiraSolenneTs789012345");
    EXPECT_EQ(track.artists[1].name, "Mira Solenne");
    ASSERT_TRUE(track.album.has_value());
    EXPECT_EQ(track.album->id, "AlbumLowTideTs23456789");
    EXPECT_EQ(track.album->albumType, "album");
    EXPECT_EQ(track.album->releaseDate, "2024-05-17");
    EXPECT_EQ(track.album->releaseDatePrecision, "day");
    EXPECT_EQ(track.album->totalTracks, 3);
    EXPECT_FALSE(track.album->albumGroup.has_value());

    EXPECT_EQ(page->items[1].album->releaseDate, "2025");
    EXPECT_EQ(page->items[1].album->releaseDatePrecision, "year");
}

TEST(SpotifyJson, RecentlyPlayedReadsTimesWithAndWithoutFractionalSeconds)
{
    const auto played = parseRecentlyPlayed(body("recently_played.json"), "/me/player/recently-played");
    ASSERT_TRUE(played.ok()) << played.error().message;
    ASSERT_EQ(played->items.size(), 2U);
    EXPECT_EQ(played->items[0].playedAtMs, 1'759'514'651'482); // 2025-10-03T18:04:11.482Z
    EXPECT_EQ(played->items[1].playedAtMs, 1'759'510'951'000); // 2025-10-03T17:02:31Z
    EXPECT_EQ(played->items[0].track.id, "TrackTideWalkerTs34567");
    EXPECT_EQ(played->items[0].contextUri, "spotify:playlist:3RoadTripMixTs00000000");
    EXPECT_FALSE(played->items[1].contextUri.has_value()) << "context: null";
    EXPECT_EQ(played->cursorAfter, "1759514651482");
    EXPECT_EQ(played->cursorBefore, "1759510951000");
    EXPECT_EQ(played->skipped, 0U);
}

TEST(SpotifyJson, RecentlyPlayedSkipsPlaysWithoutAReadableTime)
{
    const auto played = parseRecentlyPlayed(
        R"({"items":[{"track":{"id":"a1"},"played_at":"yesterday"},{"track":{"id":"a2"}},
                     {"track":{"id":"a3"},"played_at":"2025-10-03T17:02:31.5Z"}],
            "cursors":{"after":1759510951500,"before":null}})",
        "/me/player/recently-played");
    ASSERT_TRUE(played.ok());
    ASSERT_EQ(played->items.size(), 1U);
    EXPECT_EQ(played->items[0].playedAtMs, 1'759'510'951'500);
    EXPECT_EQ(played->skipped, 2U);
    EXPECT_EQ(played->cursorAfter, "1759510951500") << "a numeric cursor is kept as text";
    EXPECT_FALSE(played->cursorBefore.has_value());
}

TEST(SpotifyJson, ArtistSearchPageSitsUnderArtists)
{
    const auto page = parseArtistSearch(body("search_artists.json"), "/search");
    ASSERT_TRUE(page.ok()) << page.error().message;
    ASSERT_EQ(page->items.size(), 2U);
    EXPECT_EQ(page->items[1].name, "Northwind Harbor Choir");
    EXPECT_EQ(page->limit, 10);
    EXPECT_EQ(page->total, 34);
    EXPECT_TRUE(page->next.has_value());
}

TEST(SpotifyJson, SingleArtist)
{
    const auto artist = parseArtist(body("artist.json"), "/artists/{id}");
    ASSERT_TRUE(artist.ok());
    EXPECT_EQ(artist->name, "Velvet Harbor");
    EXPECT_EQ(artist->images.size(), 3U);
    EXPECT_FALSE(artist->genres.has_value());
}

TEST(SpotifyJson, ArtistAlbumsWithoutAlbumGroup)
{
    const auto page = parseAlbumPage(body("artist_albums.json"), "/artists/{id}/albums");
    ASSERT_TRUE(page.ok()) << page.error().message;
    ASSERT_EQ(page->items.size(), 2U);
    EXPECT_EQ(page->limit, 10);
    EXPECT_EQ(page->items[1].name, "Salt Lines");
    EXPECT_EQ(page->items[1].releaseDate, "2019-03");
    EXPECT_EQ(page->items[1].releaseDatePrecision, "month");
    EXPECT_EQ(page->items[1].totalTracks, 9);
    ASSERT_EQ(page->items[1].artists.size(), 1U);
    EXPECT_FALSE(page->items[0].albumGroup.has_value()) << "the mapper does not invent a group";
}

TEST(SpotifyJson, AlbumWithUpcAndFirstTrackPage)
{
    const auto album = parseAlbum(body("album.json"), "/albums/{id}");
    ASSERT_TRUE(album.ok()) << album.error().message;
    EXPECT_EQ(album->summary.id, "AlbumLowTideTs23456789");
    EXPECT_EQ(album->summary.name, "Low Tide Letters");
    EXPECT_EQ(album->upc, "0000000000017");
    EXPECT_FALSE(album->label.has_value()) << "label is gone for new apps";
    ASSERT_EQ(album->tracks.items.size(), 2U);
    EXPECT_EQ(album->tracks.items[1].name, "Quiet Glass");
    EXPECT_EQ(album->tracks.total, 3);
    EXPECT_TRUE(album->tracks.next.has_value());
}

TEST(SpotifyJson, AlbumTracksHaveNoAlbum)
{
    const auto page = parseTrackPage(body("album_tracks.json"), "/albums/{id}/tracks");
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->items.size(), 3U);
    EXPECT_EQ(page->items[2].trackNumber, 3);
    EXPECT_FALSE(page->items[0].album.has_value());
    EXPECT_FALSE(page->items[0].isrc.has_value());
}

TEST(SpotifyJson, SingleTrack)
{
    const auto track = parseTrack(body("track.json"), "/tracks/{id}");
    ASSERT_TRUE(track.ok());
    EXPECT_EQ(track->name, "Hollow Sun");
    EXPECT_EQ(track->isrc, "ZZFIC2400099");
    EXPECT_EQ(track->durationMs, 251900);
    EXPECT_FALSE(track->explicitContent);
}

TEST(SpotifyJson, SavedTracksSkipALikedLocalFile)
{
    const auto page = parseSavedTrackPage(body("saved_tracks.json"), "/me/tracks");
    ASSERT_TRUE(page.ok()) << page.error().message;
    ASSERT_EQ(page->items.size(), 1U);
    EXPECT_EQ(page->skipped, 1U);
    EXPECT_EQ(page->items[0].track.id, "TrackHollowSunTs012345");
    EXPECT_EQ(page->items[0].addedAtMs, 1'755'163'800'000); // 2025-08-14T09:30:00Z
}

TEST(SpotifyJson, OddFieldsAreAbsentAndItemsWithoutIdsAreCounted)
{
    const auto page = parseTrackPage(body("track_page_oddities.json"), "/me/top/tracks");
    ASSERT_TRUE(page.ok()) << page.error().message;
    ASSERT_EQ(page->items.size(), 2U);
    EXPECT_EQ(page->skipped, 3U) << "id null, no id, null entry";
    EXPECT_FALSE(page->next.has_value()) << "an empty next is no next";
    EXPECT_EQ(page->total, 3) << "3.0 is a whole number";
    EXPECT_EQ(page->limit, 0) << "\"50\" is a string, not a number";
    EXPECT_EQ(page->offset, 0);

    const Track& odd = page->items[0];
    EXPECT_EQ(odd.name, "Far Lights");
    EXPECT_EQ(odd.uri, "spotify:track:TrackFarLightsTs123456") << "derived from the id when null";
    EXPECT_EQ(odd.durationMs, 0) << "a string duration is not a duration";
    EXPECT_FALSE(odd.explicitContent);
    EXPECT_FALSE(odd.trackNumber.has_value()) << "2.5 is not a track number";
    EXPECT_FALSE(odd.discNumber.has_value());
    EXPECT_EQ(odd.popularity, 61);
    ASSERT_EQ(odd.artists.size(), 1U) << "artists without ids are left out";
    EXPECT_EQ(odd.artists[0].id, "OddMeridianTs123456789");
    EXPECT_EQ(odd.artists[0].name, "");
    EXPECT_FALSE(odd.album.has_value()) << "an album without an id";
    EXPECT_FALSE(odd.isrc.has_value()) << "a numeric ISRC";

    const Track& salt = page->items[1];
    EXPECT_EQ(salt.durationMs, 175000);
    ASSERT_TRUE(salt.album.has_value());
    EXPECT_EQ(salt.album->albumType, "album") << "upper-case types from older responses";
    EXPECT_EQ(salt.album->albumGroup, "album") << "album_group is used when still sent";
    ASSERT_EQ(salt.album->images.size(), 1U) << "an image without a URL is dropped";
    EXPECT_FALSE(salt.album->images[0].width.has_value());
}

TEST(SpotifyJson, NullItemsIsAnEmptyPage)
{
    const auto page = parseTrackPage(R"({"items":null,"next":null,"total":0})", "/me/tracks");
    ASSERT_TRUE(page.ok());
    EXPECT_TRUE(page->items.empty());
}

TEST(SpotifyJson, GenresOfTheWrongTypeAreAbsent)
{
    const auto artist = parseArtist(R"({"id":"abc","genres":"rock","popularity":"high","followers":7})", "/artists");
    ASSERT_TRUE(artist.ok());
    EXPECT_FALSE(artist->genres.has_value());
    EXPECT_FALSE(artist->popularity.has_value());
    EXPECT_FALSE(artist->followers.has_value());
}

TEST(SpotifyJson, UnreadableBodiesNameTheEndpoint)
{
    struct Case {
        std::string body;
        std::string reason;
    };
    const std::vector<Case> cases = {
        {"<html><body>Bad gateway</body></html>", "not JSON"},
        {R"({"items": [)", "not JSON"},
        {"", "empty"},
        {"[]", "expected a JSON object"},
        {"\"items\"", "expected a JSON object"},
        {R"({"error": "something"})", "no list of items"},
        {R"({"items": {"id": "x"}})", "no list of items"},
    };
    for (const auto& c : cases) {
        const auto page = parseTrackPage(c.body, "/me/top/tracks");
        ASSERT_FALSE(page.ok()) << c.body;
        EXPECT_EQ(page.error().code, ErrorCode::Remote);
        EXPECT_NE(page.error().message.find("Spotify sent a response Tunescope could not read (/me/top/tracks): "),
                  std::string::npos)
            << page.error().message;
        EXPECT_NE(page.error().message.find(c.reason), std::string::npos) << page.error().message;
    }
}

TEST(SpotifyJson, SingleObjectsNeedAnId)
{
    const auto track = parseTrack(R"({"name":"Nameless","id":""})", "/tracks/{id}");
    ASSERT_FALSE(track.ok());
    EXPECT_EQ(track.error().code, ErrorCode::Remote);
    EXPECT_NE(track.error().message.find("(/tracks/{id})"), std::string::npos);

    EXPECT_FALSE(parseProfile(R"({"display_name":"x"})", "/me").ok());
    EXPECT_FALSE(parseAlbum(R"({"name":"x"})", "/albums/{id}").ok());
    EXPECT_FALSE(parseArtistSearch(R"({"tracks":{"items":[]}})", "/search").ok());
}

TEST(SpotifyJson, AlbumWithAnOddTrackListIsStillAnAlbum)
{
    const auto album =
        parseAlbum(R"({"id":"abc","name":"x","tracks":{"items":"none"},"label":"Fictional Label"})", "/albums/{id}");
    ASSERT_TRUE(album.ok());
    EXPECT_TRUE(album->tracks.items.empty());
    EXPECT_EQ(album->label, "Fictional Label") << "label used when an Extended Quota app still gets it";
}

} // namespace
} // namespace tunescope::spotify
