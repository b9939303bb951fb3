#pragma once

#include "browse/Discography.h"
#include "spotify/SpotifyModels.h"
#include "store/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace tunescope::browse {

// The artist-page side of the Spotify cache: which releases belong to which group of an artist's
// discography, every album's track list in order, and when each part was fetched (tables of
// 0003_browse.sql). Artists, albums and images themselves go through store::SpotifyCache.
class DiscographyCache {
public:
    explicit DiscographyCache(store::Database& db) : db_(&db) {}

    // When each part was last fetched in full; nullopt: never.
    Result<std::optional<UtcMs>> artistFetchedAt(const std::string& artistId);
    Result<std::optional<UtcMs>> groupFetchedAt(const std::string& artistId, spotify::AlbumGroup group);
    Result<std::optional<UtcMs>> tracksFetchedAt(const std::string& albumId);

    // Each stores one fetched part in one transaction: all of it or nothing.
    Status storeArtist(const spotify::Artist& artist, UtcMs now);
    // The group's members become exactly `albums` (Spotify's order), each album cached.
    Status storeGroup(const std::string& artistId, spotify::AlbumGroup group,
                      const std::vector<spotify::AlbumSummary>& albums, UtcMs now);
    // The album's track list becomes exactly `tracks` (Spotify's order), each track cached.
    Status storeTracks(const std::string& albumId, const std::vector<spotify::Track>& tracks, UtcMs now);

    // The artist as cached (a full entry or only a name seen on a track); nothing when unknown.
    struct CachedArtist {
        ArtistHit hit;
        bool complete = false;
        UtcMs fetchedAt = 0;
    };
    Result<std::optional<CachedArtist>> artist(const std::string& artistId);
    // Every cached release of the artist, without tracks, in page order: albums, singles,
    // compilations, appears-on; within a group newest first, then in Spotify's order.
    Result<std::vector<Release>> releases(const std::string& artistId);
    // The album's cached tracks in order (empty when its list was never fetched).
    Result<std::vector<ReleaseTrack>> tracks(const std::string& albumId);

private:
    Result<std::optional<UtcMs>> fetchedAt(const char* sql, const std::string& id, const std::string& group = {});
    Result<std::vector<spotify::Image>> images(const std::string& ownerId);

    store::Database* db_;
};

} // namespace tunescope::browse
