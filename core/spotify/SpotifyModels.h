#pragma once

#include "util/CivilTime.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// What the Spotify Web API tells us, as plain values. Every field a Development Mode app may not
// receive any more is optional, so callers can tell "Spotify did not send it" from "empty" and
// light up features only when the data is really there (Extended Quota apps still get it).
namespace tunescope::spotify {

struct Image {
    std::string url;
    std::optional<int> width;
    std::optional<int> height;
};

// An artist as it appears inside a track or album: just enough to link to it.
struct ArtistRef {
    std::string id;
    std::string name;
};

struct Artist {
    std::string id;
    std::string name;
    std::string uri;
    std::vector<Image> images;
    // Absent (not sent, as in Development Mode) is not the same as empty (sent, not classified).
    std::optional<std::vector<std::string>> genres;
    std::optional<int> popularity;
    std::optional<std::int64_t> followers;
};

struct AlbumSummary {
    std::string id;
    std::string name;
    std::string albumType;            // "album", "single", "compilation" (lower-cased)
    std::string releaseDate;          // as sent: "1981", "1981-12" or "1981-12-15"
    std::string releaseDatePrecision; // "year", "month", "day"
    std::optional<int> totalTracks;
    std::vector<Image> images;
    std::vector<ArtistRef> artists;
    // How the album relates to the artist whose discography was asked for ("album", "single",
    // "compilation", "appears_on"). Spotify no longer sends it; SpotifyApi::artistAlbums fills it
    // from the group it asked for.
    std::optional<std::string> albumGroup;
};

struct Track {
    std::string id;
    std::string name;
    std::string uri;
    std::int64_t durationMs = 0;
    bool explicitContent = false;
    std::optional<int> trackNumber;
    std::optional<int> discNumber;
    std::vector<ArtistRef> artists;
    std::optional<AlbumSummary> album; // absent on an album's own track list
    std::optional<std::string> isrc;
    std::optional<int> popularity;
};

// One page of an offset-paged list. When SpotifyApi follows `next` to the end, `items` holds every
// page and `next` is empty unless paging stopped early (page cap).
template <class T>
struct Page {
    std::vector<T> items;
    std::optional<std::string> next;
    std::optional<int> total;
    int offset = 0;
    int limit = 0;
    std::size_t skipped = 0; // items Spotify sent that we could not use (no id, e.g. local files)
};

struct Album {
    AlbumSummary summary;
    std::optional<std::string> label;
    std::optional<std::string> upc;
    Page<Track> tracks; // the first page, as embedded in the album; albumTracks() has them all
};

struct RecentPlay {
    Track track;
    UtcMs playedAtMs = 0;
    std::optional<std::string> contextUri; // the playlist, album or artist it was played from
};

struct RecentlyPlayed {
    std::vector<RecentPlay> items;           // newest first, as Spotify sends them
    std::optional<std::string> cursorAfter;  // UTC ms as text: ask with after=<this> next time
    std::optional<std::string> cursorBefore; // UTC ms as text
    std::size_t skipped = 0;
};

struct Profile {
    std::string id;
    std::optional<std::string> displayName;
    std::optional<std::string> accountId; // stable; prefer it for telling accounts apart
    std::vector<Image> images;
};

struct SavedTrack {
    UtcMs addedAtMs = 0;
    Track track;
};

} // namespace tunescope::spotify
