// An artist's page against the fake Spotify: a discography of 40 releases over the four groups,
// paged 10 at a time as Spotify does, every release's track list (one album of 60 tracks on two
// discs needs two pages), all cached so that a second visit asks nothing and works offline.

#include "BrowseTestFixture.h"
#include "CoreTestHelpers.h"

#include "browse/Discography.h"
#include "store/SpotifyCache.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

namespace tunescope {
namespace {

using browse::Discography;
using spotify::AlbumGroup;
using testing::queryInt;

// The fake's truth for one group: its releases newest first, as the page must show them.
std::vector<std::string> truthGroup(const fakes::FakeCatalogue& catalogue, const fakes::FakeArtist& artist,
                                    AlbumGroup group)
{
    const std::string name(spotify::albumGroupParam(group));
    std::vector<const fakes::FakeAlbum*> albums;
    for (const auto& id : group == AlbumGroup::AppearsOn ? artist.appearsOnIds : artist.albumIds) {
        const auto* album = catalogue.album(id);
        if (group == AlbumGroup::AppearsOn || album->albumType == name) {
            albums.push_back(album);
        }
    }
    std::stable_sort(albums.begin(), albums.end(), [](const fakes::FakeAlbum* a, const fakes::FakeAlbum* b) {
        return a->releaseDate > b->releaseDate;
    });
    std::vector<std::string> ids;
    for (const auto* album : albums) {
        ids.push_back(album->id);
    }
    return ids;
}

std::vector<std::string> idsOf(const Discography& page, AlbumGroup group)
{
    std::vector<std::string> ids;
    for (const auto& release : page.releases) {
        if (release.group == group) {
            ids.push_back(release.albumId);
        }
    }
    return ids;
}

int pagesOf(std::size_t items, std::size_t pageSize)
{
    return std::max(1, static_cast<int>((items + pageSize - 1) / pageSize));
}

class BrowseDiscography : public testing::BrowseAgainstFake {
protected:
    Result<Discography> load(spotify::SpotifyApi* with, const browse::DiscographyProgressFn& progress = {},
                             std::stop_token stop = {})
    {
        browse::DiscographyOptions options;
        options.clock = &clock;
        return browse::loadDiscography(db, with, artist.id, options, progress, std::move(stop));
    }

    // The fewest requests for the whole page: the artist, every group's pages, every release's
    // track-list pages.
    int requestsForEverything() const
    {
        int requests = 1;
        for (const auto group : browse::kGroupOrder) {
            const auto ids = truthGroup(fake.catalogue(), artist, group);
            requests += pagesOf(ids.size(), 10);
            for (const auto& id : ids) {
                requests += pagesOf(fake.catalogue().album(id)->trackIds.size(), 50);
            }
        }
        return requests;
    }

    // Track-list requests still needed for the releases whose tracks the page lacks.
    int trackRequestsMissing(const Discography& page) const
    {
        int requests = 0;
        for (const auto& release : page.releases) {
            if (!release.tracksKnown) {
                requests += pagesOf(fake.catalogue().album(release.albumId)->trackIds.size(), 50);
            }
        }
        return requests;
    }
};

TEST_F(BrowseDiscography, FirstVisitFetchesEveryGroupAndTrackListNewestFirst)
{
    const auto page = load(&api);
    ASSERT_TRUE(page.ok()) << page.error().message;
    EXPECT_TRUE(page->complete);
    EXPECT_FALSE(page->stoppedEarly.has_value());
    EXPECT_EQ(page->artist.spotifyId, artist.id);
    EXPECT_EQ(page->artist.name, artist.name);
    EXPECT_TRUE(page->artist.genres.empty()); // Development Mode: Spotify sends none
    EXPECT_FALSE(page->artist.followers.has_value());
    EXPECT_TRUE(page->artist.imageUrl.has_value());

    ASSERT_EQ(page->releases.size(), 40U);
    // Grouped albums, singles, compilations, appears-on; within a group Spotify's newest first.
    const std::map<AlbumGroup, std::size_t> sizes{
        {AlbumGroup::Album, 16}, {AlbumGroup::Single, 10}, {AlbumGroup::Compilation, 4}, {AlbumGroup::AppearsOn, 10}};
    std::size_t at = 0;
    for (const auto group : browse::kGroupOrder) {
        EXPECT_EQ(idsOf(*page, group), truthGroup(fake.catalogue(), artist, group));
        EXPECT_EQ(idsOf(*page, group).size(), sizes.at(group));
        for (std::size_t i = 0; i < sizes.at(group); ++i, ++at) {
            EXPECT_EQ(page->releases[at].group, group) << at;
        }
    }
    // Every release with its whole track list, in order, with the sleeve's numbers.
    for (const auto& release : page->releases) {
        const auto* truth = fake.catalogue().album(release.albumId);
        ASSERT_NE(truth, nullptr);
        EXPECT_EQ(release.name, truth->name);
        EXPECT_EQ(release.releaseDate, truth->releaseDate);
        EXPECT_EQ(release.totalTracks, static_cast<int>(truth->trackIds.size()));
        EXPECT_TRUE(release.tracksKnown);
        ASSERT_EQ(release.tracks.size(), truth->trackIds.size()) << release.name;
        for (std::size_t t = 0; t < release.tracks.size(); ++t) {
            const auto* track = fake.catalogue().track(truth->trackIds[t]);
            EXPECT_EQ(release.tracks[t].spotifyId, track->id);
            EXPECT_EQ(release.tracks[t].name, track->name);
            EXPECT_EQ(release.tracks[t].trackNumber, track->trackNumber);
            EXPECT_EQ(release.tracks[t].discNumber, track->discNumber);
            EXPECT_EQ(release.tracks[t].durationMs, track->durationMs);
            EXPECT_EQ(release.tracks[t].explicitContent, track->explicitLyrics);
        }
    }
    const auto longest = std::find_if(page->releases.begin(), page->releases.end(),
                                      [](const browse::Release& r) { return r.tracks.size() == 60; });
    ASSERT_NE(longest, page->releases.end());
    EXPECT_EQ(longest->tracks[30].discNumber, 2);
    EXPECT_EQ(longest->tracks[30].trackNumber, 1);
}

TEST_F(BrowseDiscography, AsksOneGroupAtATimeWithinSpotifysLimitsAndNothingTwice)
{
    fake.clearRequestLog();
    ASSERT_TRUE(load(&api).ok());
    EXPECT_EQ(fake.requestCount("/v1/"), requestsForEverything()) << ::testing::PrintToString(fake.endpointCounts());
    std::set<std::string> groupsAsked;
    for (const auto& request : fake.requests()) {
        EXPECT_EQ(request.status, 200) << request.path; // no "Invalid limit", nothing unknown
        const auto limit = fakes::paramValue(request.query, "limit");
        if (request.endpoint == "GET /v1/artists/{id}/albums") {
            ASSERT_TRUE(limit.has_value());
            EXPECT_LE(std::stoi(*limit), 10);
            const auto groups = fakes::paramValue(request.query, "include_groups").value_or("");
            EXPECT_EQ(groups.find(','), std::string::npos) << groups; // one group per request
            groupsAsked.insert(groups);
        } else if (request.endpoint == "GET /v1/albums/{id}/tracks") {
            ASSERT_TRUE(limit.has_value());
            EXPECT_LE(std::stoi(*limit), 50);
        }
    }
    EXPECT_EQ(groupsAsked, (std::set<std::string>{"album", "single", "compilation", "appears_on"}));
    // The 16 albums take two pages (next link followed), the 60-track album two track pages.
    EXPECT_EQ(fake.endpointCounts()["GET /v1/artists/{id}/albums"], 2 + 1 + 1 + 1);
    EXPECT_EQ(fake.endpointCounts()["GET /v1/albums/{id}/tracks"], 41);
}

TEST_F(BrowseDiscography, SecondVisitAsksNothingAndShowsTheSamePage)
{
    const auto first = load(&api);
    ASSERT_TRUE(first.ok()) << first.error().message;
    fake.clearRequestLog();
    const auto second = load(&api);
    ASSERT_TRUE(second.ok()) << second.error().message;
    EXPECT_EQ(fake.requestCount("/"), 0);
    EXPECT_TRUE(second->complete);
    ASSERT_EQ(second->releases.size(), first->releases.size());
    for (std::size_t i = 0; i < first->releases.size(); ++i) {
        EXPECT_EQ(second->releases[i].albumId, first->releases[i].albumId);
        EXPECT_EQ(second->releases[i].tracks.size(), first->releases[i].tracks.size());
    }
    EXPECT_EQ(second->fetchedAt, first->fetchedAt);
}

TEST_F(BrowseDiscography, OfflineTheCacheIsThePageAndNothingCachedIsNotFound)
{
    const auto nothing = load(nullptr);
    ASSERT_FALSE(nothing.ok());
    EXPECT_EQ(nothing.error().code, ErrorCode::NotFound);

    ASSERT_TRUE(load(&api).ok());
    const auto offline = load(nullptr);
    ASSERT_TRUE(offline.ok()) << offline.error().message;
    EXPECT_TRUE(offline->complete);
    EXPECT_EQ(offline->releases.size(), 40U);
    EXPECT_EQ(offline->artist.name, artist.name);
}

TEST_F(BrowseDiscography, AfterTheFreshnessTimeEverythingIsAskedAgain)
{
    ASSERT_TRUE(load(&api).ok());
    const auto firstFetch = load(nullptr)->fetchedAt;
    clock.sleepFor(std::chrono::hours(24 * 8), {});
    fake.clearRequestLog();
    const auto again = load(&api);
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(fake.requestCount("/v1/"), requestsForEverything());
    EXPECT_GT(again->fetchedAt, firstFetch);
}

TEST_F(BrowseDiscography, ProgressCountsTheStepsAndACancelKeepsWhatWasDone)
{
    std::stop_source stop;
    std::vector<browse::DiscographyProgress> seen;
    const auto progress = [&](const browse::DiscographyProgress& p) {
        seen.push_back(p);
        if (p.step.rfind("Tracks of ", 0) == 0 && p.done == 5 + 7) {
            stop.request_stop(); // after the artist, four groups and seven track lists
        }
    };
    const auto cancelled = load(&api, progress, stop.get_token());
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.front().step, "Artist");
    EXPECT_EQ(seen.front().total, 5);
    EXPECT_EQ(seen.back().total, 5 + 40); // once the releases are known, their track lists count
    for (std::size_t i = 1; i < seen.size(); ++i) {
        EXPECT_GE(seen[i].done, seen[i - 1].done);
    }
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM spotify_album_tracklists"), 7);

    const auto partial = load(nullptr);
    ASSERT_TRUE(partial.ok()) << partial.error().message;
    EXPECT_FALSE(partial->complete);
    EXPECT_EQ(partial->releases.size(), 40U);
    EXPECT_EQ(std::count_if(partial->releases.begin(), partial->releases.end(),
                            [](const browse::Release& r) { return r.tracksKnown; }),
              7);

    // Next time only the rest is asked for.
    fake.clearRequestLog();
    const auto rest = load(&api);
    ASSERT_TRUE(rest.ok()) << rest.error().message;
    EXPECT_TRUE(rest->complete);
    EXPECT_EQ(fake.requestCount("/v1/artists/"), 0);
    EXPECT_EQ(fake.endpointCounts()["GET /v1/albums/{id}/tracks"], trackRequestsMissing(*partial));
}

TEST_F(BrowseDiscography, ALongRateLimitShowsWhatIsCachedAndTheNextVisitAfterItFinishes)
{
    // Five track lists arrive, then Spotify asks for a day's pause.
    const std::string sixth = truthGroup(fake.catalogue(), artist, AlbumGroup::Album).at(5);
    fake.fail("/v1/albums/" + sixth + "/tracks", fakes::Fault::tooManyRequestsHuge());
    const auto limited = load(&api);
    ASSERT_TRUE(limited.ok()) << limited.error().message;
    ASSERT_TRUE(limited->stoppedEarly.has_value());
    EXPECT_EQ(limited->stoppedEarly->code, ErrorCode::RateLimited);
    EXPECT_FALSE(limited->complete);
    EXPECT_EQ(limited->releases.size(), 40U);
    EXPECT_EQ(std::count_if(limited->releases.begin(), limited->releases.end(),
                            [](const browse::Release& r) { return r.tracksKnown; }),
              5);

    // Within the pause nothing is sent; the page is what the cache has.
    fake.clearRequestLog();
    const auto paused = load(&api);
    ASSERT_TRUE(paused.ok());
    EXPECT_EQ(fake.requestCount("/"), 0);
    EXPECT_TRUE(paused->stoppedEarly.has_value());

    clock.sleepFor(std::chrono::hours(25), {});
    fake.clearRequestLog();
    const auto after = load(&api);
    ASSERT_TRUE(after.ok()) << after.error().message;
    EXPECT_TRUE(after->complete);
    EXPECT_FALSE(after->stoppedEarly.has_value());
    EXPECT_EQ(fake.requestCount("/v1/artists/"), 0);
    EXPECT_EQ(fake.endpointCounts()["GET /v1/albums/{id}/tracks"], trackRequestsMissing(*limited));
}

TEST_F(BrowseDiscography, ABrokenAnswerKeepsTheTrackListsBeforeIt)
{
    const std::string third = truthGroup(fake.catalogue(), artist, AlbumGroup::Album).at(2);
    fake.fail("/v1/albums/" + third + "/tracks", fakes::Fault::malformedJson());
    const auto page = load(&api);
    ASSERT_TRUE(page.ok()) << page.error().message;
    ASSERT_TRUE(page->stoppedEarly.has_value());
    EXPECT_EQ(page->stoppedEarly->code, ErrorCode::Remote);
    EXPECT_FALSE(page->complete);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM spotify_album_tracklists"), 2);
    EXPECT_EQ(queryInt(db, "SELECT COUNT(*) FROM spotify_album_tracks WHERE album_id = '" + third + "'"), 0);
}

TEST_F(BrowseDiscography, AnUnknownArtistIsNotFoundAndAMalformedIdIsRefusedBeforeAnyRequest)
{
    browse::DiscographyOptions options;
    options.clock = &clock;
    const auto unknown = browse::loadDiscography(db, &api, "0000000000000000000000", options, {}, {});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    fake.clearRequestLog();
    const auto malformed = browse::loadDiscography(db, &api, "../me", options, {}, {});
    ASSERT_FALSE(malformed.ok());
    EXPECT_EQ(malformed.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(fake.requestCount("/"), 0);
}

TEST_F(BrowseDiscography, ASyncMeetingATrackAgainKeepsItsPlaceOnTheAlbum)
{
    ASSERT_TRUE(load(&api).ok());
    // A sync stores the same track from recently played: the whole row is replaced.
    auto track = api.track(fake.catalogue().album(artist.albumIds[0])->trackIds[2], {});
    ASSERT_TRUE(track.ok()) << track.error().message;
    ASSERT_TRUE(store::SpotifyCache(db).putTrack(*track, clock.now()).ok());
    const auto page = load(nullptr);
    ASSERT_TRUE(page.ok());
    const auto release = std::find_if(page->releases.begin(), page->releases.end(),
                                      [&](const browse::Release& r) { return r.albumId == artist.albumIds[0]; });
    ASSERT_NE(release, page->releases.end());
    ASSERT_GE(release->tracks.size(), 3U);
    EXPECT_EQ(release->tracks[2].spotifyId, track->id);
    EXPECT_EQ(release->tracks[2].trackNumber, 3);
}

} // namespace
} // namespace tunescope
