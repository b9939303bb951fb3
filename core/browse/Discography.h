#pragma once

#include "browse/ArtistHit.h"
#include "spotify/SpotifyApi.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

// An artist's page: the discography grouped as Spotify groups it, each release with its tracks,
// cached in the profile so a second visit asks Spotify nothing and works offline.
namespace tunescope::browse {

struct ReleaseTrack {
    std::string spotifyId;
    std::string name;
    int discNumber = 1;
    int trackNumber = 0;
    std::optional<std::int64_t> durationMs;
    std::optional<bool> explicitContent;
};

struct Release {
    std::string albumId;
    std::string name;
    spotify::AlbumGroup group = spotify::AlbumGroup::Album;
    std::string releaseDate; // as Spotify sends it: "1981", "1981-12" or "1981-12-15"
    std::optional<int> totalTracks;
    std::optional<std::string> imageUrl; // a cover of at least 300 px when Spotify sent one
    std::vector<ReleaseTrack> tracks;    // empty until the track list was fetched
    bool tracksKnown = false;            // the whole track list is in the cache
};

struct Discography {
    ArtistHit artist;
    // Grouped in the order albums, singles, compilations, appears-on; within a group newest first.
    std::vector<Release> releases;
    UtcMs fetchedAt = 0;   // when the oldest part of what is shown was fetched (0: never)
    bool complete = false; // false when offline/cancelled/refused left parts unknown
    // Why fetching stopped before the end (rate limit, network, refusal); what is shown is what
    // the cache had. Empty when nothing went wrong.
    std::optional<Error> stoppedEarly;
};

struct DiscographyProgress {
    int done = 0;
    int total = 0;    // grows once the releases are known (their track lists are steps too)
    std::string step; // for the user: "Singles", "Tracks of <album>"
};

struct DiscographyOptions {
    // Parts fetched within this time are not asked for again.
    std::chrono::milliseconds freshness = std::chrono::hours(24 * 7);
    // Also every release's track list (one request per release).
    bool withTracks = true;
    Clock* clock = &systemClock();
};

using DiscographyProgressFn = std::function<void(const DiscographyProgress&)>;

// From the cache when fresh (no request), else from Spotify (api non-null): the artist, each group
// of releases (/artists/{id}/albums?include_groups=<one group>, 10 a page), each release's track
// list; every part is stored in its own transaction, so a cancel or a failure keeps what was done
// and the next call asks only for the rest. api == nullptr: the cache only (offline), complete=false
// if anything is missing; NotFound if nothing is known. A rate limit, network failure or refusal
// partway returns what the cache has with `stoppedEarly` set (the error itself when the cache has
// nothing); a cancel returns Cancelled.
Result<Discography> loadDiscography(store::Database& db, spotify::SpotifyApi* api, const std::string& artistId,
                                    const DiscographyOptions& options, const DiscographyProgressFn& progress,
                                    std::stop_token stop);

// The groups in the order the page shows them, and their names for people and for Spotify.
inline constexpr std::array<spotify::AlbumGroup, 4> kGroupOrder{spotify::AlbumGroup::Album, spotify::AlbumGroup::Single,
                                                                spotify::AlbumGroup::Compilation,
                                                                spotify::AlbumGroup::AppearsOn};
std::string_view groupTitle(spotify::AlbumGroup group); // "Albums", "Singles", "Compilations", "Appears on"

// The Spotify ids of the artist's own tracks (albums, singles, compilations; not appears-on), each
// once, in the page's order: what the artist's track features are about.
std::vector<std::string> ownTrackIds(const Discography& discography);

} // namespace tunescope::browse
