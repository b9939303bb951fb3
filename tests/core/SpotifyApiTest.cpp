// SpotifyApi over a scripted HttpSender: the requests it sends, paging, ids, cancellation.
// (Login and error handling: SpotifyApiAuthTest.cpp.)

#include "SpotifyTestDoubles.h"

#include "spotify/SpotifyApi.h"

#include <gtest/gtest.h>

namespace tunescope::spotify {
namespace {

using testing::headerOf;
using testing::kApiBase;
using testing::ScriptedSender;
using testing::spotifyFixture;

const std::string kTopArtistsShort = kApiBase + "/me/top/artists?time_range=short_term&limit=50";
const std::string kTopArtistsPage2 = kApiBase + "/me/top/artists?offset=50&limit=50&time_range=short_term";
const std::string kArtistId = "VelvetHarborTs01234567";

class SpotifyApiTest : public testing::SpotifyApiFixture {};

TEST_F(SpotifyApiTest, TopArtistsFollowNextToTheEnd)
{
    sender.on(kTopArtistsShort, 200, spotifyFixture("top_artists_page1.json"));
    sender.on(kTopArtistsPage2, 200, spotifyFixture("top_artists_page2.json"));

    const auto artists = api.topArtists(TimeRange::ShortTerm, {});
    ASSERT_TRUE(artists.ok()) << artists.error().message;
    ASSERT_EQ(artists->items.size(), 3U);
    EXPECT_EQ(artists->items[0].name, "Velvet Harbor");
    EXPECT_EQ(artists->items[2].name, "The Paper Lanterns");
    EXPECT_FALSE(artists->next.has_value());
    EXPECT_EQ(artists->total, 53);
    EXPECT_EQ(sender.urls(), (std::vector<std::string>{kTopArtistsShort, kTopArtistsPage2}));
    EXPECT_EQ(api.requestsSent(), 2U);
}

TEST_F(SpotifyApiTest, EveryRequestCarriesTheTokenAndAcceptsJson)
{
    sender.on(kApiBase + "/me", 200, spotifyFixture("me.json"));
    ASSERT_TRUE(api.me({}).ok());
    ASSERT_EQ(sender.requests.size(), 1U);
    const auto& request = sender.requests[0];
    EXPECT_EQ(request.method, "GET");
    EXPECT_EQ(headerOf(request, "Authorization"), "Bearer " + tokens.current());
    EXPECT_EQ(headerOf(request, "Accept"), "application/json");
}

TEST_F(SpotifyApiTest, ANextLinkToAnotherServerIsRefused)
{
    for (const std::string foreign : {"https://collector.example.net/v1/me/top/artists?offset=50",
                                      "http://api.spotify.com/v1/me/top/artists?offset=50",
                                      "https://api.spotify.com@collector.example.net/v1/me/top/artists?offset=50"}) {
        ScriptedSender local;
        SpotifyApi client(local, tokens, kApiBase);
        local.on(kTopArtistsShort, 200,
                 R"({"items":[{"id":"VelvetHarborTs01234567","name":"Velvet Harbor"}],"next":")" + foreign + R"("})");
        const auto artists = client.topArtists(TimeRange::ShortTerm, {});
        ASSERT_FALSE(artists.ok()) << foreign;
        EXPECT_EQ(artists.error().code, ErrorCode::Remote);
        EXPECT_NE(artists.error().message.find("another server"), std::string::npos) << artists.error().message;
        EXPECT_EQ(local.urls(), std::vector<std::string>{kTopArtistsShort}) << "the token never left for " << foreign;
    }
}

TEST_F(SpotifyApiTest, PagingStopsOnARepeatedLink)
{
    sender.on(kTopArtistsShort, 200, R"({"items":[{"id":"a1"}],"next":")" + kTopArtistsPage2 + R"("})");
    sender.on(kTopArtistsPage2, 200, R"({"items":[{"id":"a2"}],"next":")" + kTopArtistsShort + R"("})");
    const auto artists = api.topArtists(TimeRange::ShortTerm, {});
    ASSERT_TRUE(artists.ok());
    EXPECT_EQ(artists->items.size(), 2U);
    EXPECT_EQ(api.requestsSent(), 2U);
}

TEST_F(SpotifyApiTest, PagingStopsOnAnEmptyPageThatStillOffersMore)
{
    // Top lists past their cap: offset 50 answers no items but a next link.
    sender.on(kTopArtistsShort, 200, R"({"items":[{"id":"a1"}],"next":")" + kTopArtistsPage2 + R"("})");
    sender.on(kTopArtistsPage2, 200, R"({"items":[],"next":")" + kApiBase + R"(/me/top/artists?offset=100&limit=50"})");
    const auto artists = api.topArtists(TimeRange::ShortTerm, {});
    ASSERT_TRUE(artists.ok());
    EXPECT_EQ(artists->items.size(), 1U);
    EXPECT_EQ(api.requestsSent(), 2U);
}

TEST_F(SpotifyApiTest, EndlessPagingStopsAtThePageCap)
{
    int served = 0;
    sender.fallback = [&](const http::HttpRequest&) -> Result<http::HttpResponse> {
        ++served;
        return testing::jsonResponse(200, R"({"items":[{"id":"t)" + std::to_string(served) + R"("}],"next":")" +
                                              kApiBase + "/me/tracks?offset=" + std::to_string(served * 50) + R"("})");
    };
    const auto saved = api.savedTracks({});
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(served, SpotifyApi::kMaxPages);
    EXPECT_TRUE(saved->next.has_value()) << "the caller can see the list was cut";
    EXPECT_EQ(saved->skipped, static_cast<std::size_t>(SpotifyApi::kMaxPages)) << "no added_at: skipped";
}

TEST_F(SpotifyApiTest, PageSizesAreTheLimitsSpotifyAccepts)
{
    sender.on(kApiBase + "/me/top/tracks?time_range=long_term&limit=50", 200, spotifyFixture("top_tracks.json"));
    sender.on(kApiBase + "/search?q=velvet%20harbor%20%26%20co&type=artist&limit=10&offset=20", 200,
              spotifyFixture("search_artists.json"));
    sender.on(kApiBase + "/albums/AlbumLowTideTs23456789/tracks?limit=50", 200, spotifyFixture("album_tracks.json"));
    sender.on(kApiBase + "/me/tracks?limit=50", 200, spotifyFixture("saved_tracks.json"));
    sender.on(kApiBase + "/me/player/recently-played?limit=50", 200, spotifyFixture("recently_played.json"));
    sender.on(kApiBase + "/me/player/recently-played?limit=50&after=1759514651482", 200,
              R"({"items":[],"cursors":null})");

    EXPECT_TRUE(api.topTracks(TimeRange::LongTerm, {}).ok());
    const auto found = api.searchArtists("velvet harbor & co", 20, {});
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->items.size(), 2U) << "search is one page";
    EXPECT_TRUE(api.albumTracks("AlbumLowTideTs23456789", {}).ok());
    EXPECT_TRUE(api.savedTracks({}).ok());
    const auto recent = api.recentlyPlayed(std::nullopt, {});
    ASSERT_TRUE(recent.ok());
    EXPECT_EQ(recent->items.size(), 2U) << "one page; the before cursor is not followed";
    const auto newer = api.recentlyPlayed(1'759'514'651'482, {});
    ASSERT_TRUE(newer.ok());
    EXPECT_TRUE(newer->items.empty());
    EXPECT_EQ(api.requestsSent(), 6U);
}

TEST_F(SpotifyApiTest, ArtistAlbumsAskForOneGroupPerCallAndLabelEachAlbum)
{
    const std::string first = kApiBase + "/artists/" + kArtistId + "/albums?include_groups=single&limit=10";
    // The fixture's next link names include_groups=album; the client follows it as given.
    const std::string second = kApiBase + "/artists/" + kArtistId + "/albums?offset=10&limit=10&include_groups=album";
    sender.on(first, 200, spotifyFixture("artist_albums.json"));
    sender.on(second, 200, R"({"items":[{"id":"SingleEmberRunTs678901","name":"Ember Run","album_type":"single"}],
                               "next":null,"offset":10,"limit":10})");

    const auto singles = api.artistAlbums(kArtistId, AlbumGroup::Single, {});
    ASSERT_TRUE(singles.ok()) << singles.error().message;
    ASSERT_EQ(singles->items.size(), 3U);
    for (const auto& album : singles->items) {
        EXPECT_EQ(album.albumGroup, "single") << album.name;
    }
    EXPECT_EQ(sender.urls(), (std::vector<std::string>{first, second}));

    sender.on(kApiBase + "/artists/" + kArtistId + "/albums?include_groups=appears_on&limit=10", 200,
              R"({"items":[],"next":null})");
    EXPECT_TRUE(api.artistAlbums(kArtistId, AlbumGroup::AppearsOn, {}).ok());
    EXPECT_EQ(sender.urls().back(), kApiBase + "/artists/" + kArtistId + "/albums?include_groups=appears_on&limit=10");
}

TEST_F(SpotifyApiTest, SingleItemEndpoints)
{
    sender.on(kApiBase + "/artists/" + kArtistId, 200, spotifyFixture("artist.json"));
    sender.on(kApiBase + "/albums/AlbumLowTideTs23456789", 200, spotifyFixture("album.json"));
    sender.on(kApiBase + "/tracks/TrackHollowSunTs012345", 200, spotifyFixture("track.json"));

    const auto artist = api.artist(kArtistId, {});
    ASSERT_TRUE(artist.ok());
    EXPECT_EQ(artist->name, "Velvet Harbor");
    const auto album = api.album("AlbumLowTideTs23456789", {});
    ASSERT_TRUE(album.ok());
    EXPECT_EQ(album->tracks.items.size(), 2U) << "the embedded first page only";
    const auto track = api.track("TrackHollowSunTs012345", {});
    ASSERT_TRUE(track.ok());
    EXPECT_EQ(track->name, "Hollow Sun");
    EXPECT_EQ(api.requestsSent(), 3U);
}

TEST_F(SpotifyApiTest, BadIdsAreRejectedWithoutARequest)
{
    for (const std::string bad : {"", "../me", "abc/def", "abc?x=1", "abc#frag", "abc%2Fdef", "a b"}) {
        EXPECT_EQ(api.artist(bad, {}).error().code, ErrorCode::InvalidInput) << bad;
        EXPECT_EQ(api.artistAlbums(bad, AlbumGroup::Album, {}).error().code, ErrorCode::InvalidInput) << bad;
        EXPECT_EQ(api.album(bad, {}).error().code, ErrorCode::InvalidInput) << bad;
        EXPECT_EQ(api.albumTracks(bad, {}).error().code, ErrorCode::InvalidInput) << bad;
        EXPECT_EQ(api.track(bad, {}).error().code, ErrorCode::InvalidInput) << bad;
    }
    EXPECT_TRUE(sender.requests.empty());
    EXPECT_EQ(api.requestsSent(), 0U);
    EXPECT_EQ(tokens.accessCalls, 0);
}

TEST_F(SpotifyApiTest, SearchInputIsCheckedBeforeAsking)
{
    EXPECT_EQ(api.searchArtists("   ", 0, {}).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(api.searchArtists("harbor", -1, {}).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(api.searchArtists("harbor", 1001, {}).error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(sender.requests.empty());
}

TEST_F(SpotifyApiTest, StopBetweenPages)
{
    std::stop_source stop;
    sender.on(kTopArtistsShort, 200, spotifyFixture("top_artists_page1.json"));
    sender.on(kTopArtistsPage2, 200, spotifyFixture("top_artists_page2.json"));
    sender.beforeAnswer = [&](const http::HttpRequest&) { stop.request_stop(); };

    const auto artists = api.topArtists(TimeRange::ShortTerm, stop.get_token());
    ASSERT_FALSE(artists.ok());
    EXPECT_EQ(artists.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(sender.urls(), std::vector<std::string>{kTopArtistsShort});
}

TEST_F(SpotifyApiTest, StoppedBeforeTheFirstRequest)
{
    std::stop_source stop;
    stop.request_stop();
    EXPECT_EQ(api.me(stop.get_token()).error().code, ErrorCode::Cancelled);
    EXPECT_TRUE(sender.requests.empty());
}

TEST_F(SpotifyApiTest, BaseUrlIsConfigurable)
{
    ScriptedSender local;
    SpotifyApi client(local, tokens, "http://127.0.0.1:8123/v1/");
    EXPECT_EQ(client.baseUrl(), "http://127.0.0.1:8123/v1");
    local.on("http://127.0.0.1:8123/v1/me/tracks?limit=50", 200,
             R"({"items":[],"next":"http://127.0.0.1:8123/v1/me/tracks?offset=50&limit=50"})");
    EXPECT_TRUE(client.savedTracks({}).ok());

    SpotifyApi defaults(local, tokens);
    EXPECT_EQ(defaults.baseUrl(), "https://api.spotify.com/v1");
}

} // namespace
} // namespace tunescope::spotify
