#pragma once

#include "spotify/SpotifyModels.h"
#include "store/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace tunescope::store {

// What Spotify told us about artists, albums and tracks, kept with the time we learnt it, so a
// sync within the freshness time asks nothing again and everything shows offline. A full artist
// object (from /artists/{id}, top artists, search) is "complete"; an artist only named inside a
// track or album is a mention, to be completed later.
class SpotifyCache {
public:
    explicit SpotifyCache(Database& db) : db_(&db) {}

    Status putArtist(const spotify::Artist& artist, UtcMs fetchedAt);
    Status putArtistMention(const spotify::ArtistRef& artist, UtcMs seenAt);
    Status putAlbum(const spotify::AlbumSummary& album, UtcMs fetchedAt);
    // The track, its album and the artists it names.
    Status putTrack(const spotify::Track& track, UtcMs fetchedAt);

    // Of these artist ids, the ones without a complete entry fetched at or after `freshSince`.
    Result<std::vector<std::string>> artistsToRefresh(const std::vector<std::string>& ids, UtcMs freshSince);
    Result<std::optional<std::string>> artistName(const std::string& id);
    Result<std::optional<std::string>> trackName(const std::string& id);

private:
    Status putImages(const std::string& ownerId, const std::vector<spotify::Image>& images);

    Database* db_;
};

} // namespace tunescope::store
