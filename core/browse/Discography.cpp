#include "browse/Discography.h"

#include "browse/DiscographyCache.h"
#include "browse/HistoryArtists.h"
#include "spotify/SpotifyUrls.h"

#include <algorithm>
#include <set>

namespace tunescope::browse {
namespace {

// Errors after which the page still shows what the cache has; the rest end the load.
bool showsCacheAfter(const Error& error)
{
    switch (error.code) {
    case ErrorCode::RateLimited:
    case ErrorCode::Network:
    case ErrorCode::Remote:
    case ErrorCode::LoginRequired:
    case ErrorCode::Forbidden: return true;
    default: return false;
    }
}

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, "Stopped loading the discography; what was fetched so far is kept.");
}

// Fetches every part of the discography that is missing or older than the freshness time, one
// part (and one transaction) at a time.
class DiscographyFetch {
public:
    DiscographyFetch(DiscographyCache& cache, spotify::SpotifyApi& api, const std::string& artistId,
                     const DiscographyOptions& options, const DiscographyProgressFn& progress, std::stop_token stop)
        : cache_(cache), api_(api), artistId_(artistId), options_(options), progress_(progress), stop_(std::move(stop)),
          freshSince_(options.clock->now() - options.freshness.count())
    {
    }

    Status run()
    {
        total_ = 1 + static_cast<int>(kGroupOrder.size());
        if (auto s = artist(); !s) {
            return s;
        }
        for (const auto group : kGroupOrder) {
            if (auto s = releases(group); !s) {
                return s;
            }
        }
        if (options_.withTracks) {
            if (auto s = trackLists(); !s) {
                return s;
            }
        }
        announce("Done");
        return {};
    }

private:
    void announce(std::string step)
    {
        if (progress_) {
            progress_(DiscographyProgress{done_, total_, std::move(step)});
        }
    }

    // True when the part was fetched within the freshness time.
    static bool fresh(const Result<std::optional<UtcMs>>& fetchedAt, UtcMs freshSince)
    {
        return fetchedAt && fetchedAt->has_value() && **fetchedAt >= freshSince;
    }

    Status checkStop() const { return stop_.stop_requested() ? Status(cancelled()) : Status(); }

    Status artist()
    {
        auto fetchedAt = cache_.artistFetchedAt(artistId_);
        if (!fetchedAt) {
            return fetchedAt.error();
        }
        if (!fresh(fetchedAt, freshSince_)) {
            announce("Artist");
            auto artist = api_.artist(artistId_, stop_);
            if (!artist) {
                return artist.error();
            }
            if (auto s = cache_.storeArtist(*artist, options_.clock->now()); !s) {
                return s;
            }
        }
        ++done_;
        return checkStop();
    }

    Status releases(spotify::AlbumGroup group)
    {
        auto fetchedAt = cache_.groupFetchedAt(artistId_, group);
        if (!fetchedAt) {
            return fetchedAt.error();
        }
        if (!fresh(fetchedAt, freshSince_)) {
            announce(std::string(groupTitle(group)));
            auto albums = api_.artistAlbums(artistId_, group, stop_);
            if (!albums) {
                return albums.error();
            }
            if (auto s = cache_.storeGroup(artistId_, group, albums->items, options_.clock->now()); !s) {
                return s;
            }
        }
        ++done_;
        return checkStop();
    }

    Status trackLists()
    {
        auto releases = cache_.releases(artistId_);
        if (!releases) {
            return releases.error();
        }
        // An album listed in two groups is fetched once.
        std::set<std::string> seen;
        std::vector<const Release*> due;
        for (const auto& release : *releases) {
            if (!seen.insert(release.albumId).second) {
                continue;
            }
            auto fetchedAt = cache_.tracksFetchedAt(release.albumId);
            if (!fetchedAt) {
                return fetchedAt.error();
            }
            if (!fresh(fetchedAt, freshSince_)) {
                due.push_back(&release);
            }
        }
        total_ = done_ + static_cast<int>(due.size());
        for (const auto* release : due) {
            announce("Tracks of " + release->name);
            auto tracks = api_.albumTracks(release->albumId, stop_);
            if (!tracks) {
                return tracks.error();
            }
            if (auto s = cache_.storeTracks(release->albumId, tracks->items, options_.clock->now()); !s) {
                return s;
            }
            ++done_;
            if (auto s = checkStop(); !s) {
                return s;
            }
        }
        return {};
    }

    DiscographyCache& cache_;
    spotify::SpotifyApi& api_;
    const std::string& artistId_;
    const DiscographyOptions& options_;
    const DiscographyProgressFn& progress_;
    std::stop_token stop_;
    UtcMs freshSince_;
    int done_ = 0;
    int total_ = 0;
};

// The artist page as the cache has it now.
Result<Discography> readDiscography(store::Database& db, DiscographyCache& cache, const std::string& artistId,
                                    bool withTracks)
{
    auto artist = cache.artist(artistId);
    auto releases = cache.releases(artistId);
    if (!artist || !releases) {
        return !artist ? artist.error() : releases.error();
    }
    if (!artist->has_value() && releases->empty()) {
        return makeError(ErrorCode::NotFound,
                         "Tunescope knows nothing about that artist yet; connect to Spotify to load the page.");
    }
    Discography page;
    bool complete = artist->has_value() && (*artist)->complete;
    std::optional<UtcMs> oldest;
    const auto noteFetch = [&oldest](UtcMs at) { oldest = oldest ? std::min(*oldest, at) : at; };
    if (artist->has_value()) {
        page.artist = (*artist)->hit;
        noteFetch((*artist)->fetchedAt);
    } else {
        page.artist.spotifyId = artistId;
    }
    for (const auto group : kGroupOrder) {
        auto fetchedAt = cache.groupFetchedAt(artistId, group);
        if (!fetchedAt) {
            return fetchedAt.error();
        }
        if (fetchedAt->has_value()) {
            noteFetch(**fetchedAt);
        } else {
            complete = false;
        }
    }
    for (auto& release : *releases) {
        auto fetchedAt = cache.tracksFetchedAt(release.albumId);
        if (!fetchedAt) {
            return fetchedAt.error();
        }
        release.tracksKnown = fetchedAt->has_value();
        if (release.tracksKnown) {
            noteFetch(**fetchedAt);
            auto tracks = cache.tracks(release.albumId);
            if (!tracks) {
                return tracks.error();
            }
            release.tracks = std::move(tracks).value();
        } else if (withTracks) {
            complete = false;
        }
    }
    page.releases = std::move(releases).value();
    page.fetchedAt = oldest.value_or(0);
    page.complete = complete;
    if (!page.artist.name.empty()) {
        auto creator = historyArtistNamed(db, page.artist.name);
        if (!creator) {
            return creator.error();
        }
        if (creator->has_value()) {
            auto figures = historyArtistFigures(db, {**creator});
            if (!figures) {
                return figures.error();
            }
            page.artist.inHistory = true;
            page.artist.historyPlays = figures->front().plays;
            page.artist.historyMs = figures->front().msPlayed;
        }
    }
    return page;
}

} // namespace

std::string_view groupTitle(spotify::AlbumGroup group)
{
    switch (group) {
    case spotify::AlbumGroup::Album: return "Albums";
    case spotify::AlbumGroup::Single: return "Singles";
    case spotify::AlbumGroup::Compilation: return "Compilations";
    case spotify::AlbumGroup::AppearsOn: return "Appears on";
    }
    return "Albums";
}

Result<Discography> loadDiscography(store::Database& db, spotify::SpotifyApi* api, const std::string& artistId,
                                    const DiscographyOptions& options, const DiscographyProgressFn& progress,
                                    std::stop_token stop)
{
    if (!spotify::isSpotifyId(artistId)) {
        return makeError(ErrorCode::InvalidInput, "That is not a valid Spotify artist id.");
    }
    DiscographyCache cache(db);
    Status fetched;
    if (api != nullptr) {
        fetched = DiscographyFetch(cache, *api, artistId, options, progress, std::move(stop)).run();
        if (!fetched && !showsCacheAfter(fetched.error())) {
            return fetched.error();
        }
    }
    auto page = readDiscography(db, cache, artistId, options.withTracks);
    if (!page) {
        // Nothing cached: the reason Spotify gave says more than "nothing known".
        return fetched ? page.error() : fetched.error();
    }
    if (!fetched) {
        page->stoppedEarly = fetched.error(); // `complete` still says whether anything is missing
    }
    return page;
}

std::vector<std::string> ownTrackIds(const Discography& discography)
{
    std::vector<std::string> ids;
    std::set<std::string> seen;
    for (const auto& release : discography.releases) {
        if (release.group == spotify::AlbumGroup::AppearsOn) {
            continue;
        }
        for (const auto& track : release.tracks) {
            if (!track.spotifyId.empty() && seen.insert(track.spotifyId).second) {
                ids.push_back(track.spotifyId);
            }
        }
    }
    return ids;
}

} // namespace tunescope::browse
