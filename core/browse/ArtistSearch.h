#pragma once

#include "browse/ArtistHit.h"
#include "spotify/SpotifyApi.h"
#include "store/Database.h"

#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

// Type-ahead artist search: the user's own history (local, offline) and Spotify's search, one
// page of 10 at a time.
namespace tunescope::browse {

// Artists of the user's own history whose name matches (normalised, substring), most played
// first (plays, then listening time, then name).
Result<std::vector<ArtistHit>> searchHistoryArtists(store::Database& db, std::string_view query, int limit);

struct SearchPage {
    std::vector<ArtistHit> hits;
    std::optional<int> nextOffset; // ask with this offset for more; empty at the end
};

// One page (10) of Spotify's search from `offset`; every artist is cached (spotify_artists and
// their images). Hits whose name matches a history artist carry the history figures.
Result<SearchPage> searchSpotifyArtists(store::Database& db, spotify::SpotifyApi& api, const std::string& query,
                                        int offset, std::stop_token stop);

// The list a search shows: Spotify's hits in Spotify's order, then the history artists none of
// them matched by name (offline, `spotify` is empty and the history is the whole list).
std::vector<ArtistHit> mergeArtistHits(const std::vector<ArtistHit>& spotify, const std::vector<ArtistHit>& history);

} // namespace tunescope::browse
