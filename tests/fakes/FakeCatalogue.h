#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// A deterministic, fictional music catalogue for the fake Spotify Web API. The same seed always
// gives the same artists, albums, tracks and ids, so tests can compare what a client fetched with
// the truth held here.
namespace tunescope::fakes {

struct FakeArtist {
    std::string id; // base62, 22 characters
    std::string name;
    bool hasImages = true;                 // a few artists have no images, as on the real service
    std::vector<std::string> genres;       // served only with Extended Quota
    int popularity = 0;                    // served only with Extended Quota
    int followers = 0;                     // served only with Extended Quota
    std::vector<std::string> albumIds;     // own releases (album, single, compilation), oldest first
    std::vector<std::string> appearsOnIds; // other artists' albums with a track featuring this artist
};

struct FakeAlbum {
    std::string id;
    std::string name;
    std::string albumType;            // "album", "single" or "compilation"
    std::string releaseDate;          // "1998", "1998-04" or "1998-04-17"
    std::string releaseDatePrecision; // "year", "month" or "day"
    std::vector<std::string> artistIds;
    std::vector<std::string> trackIds; // in track-number order
    std::string label;                 // served only with Extended Quota
    std::string upc;
    int popularity = 0; // served only with Extended Quota
};

struct FakeTrack {
    std::string id;
    std::string name;
    std::string albumId;
    std::vector<std::string> artistIds; // main artist first, then featured artists
    int durationMs = 0;
    int trackNumber = 1;
    int discNumber = 1;
    bool explicitLyrics = false;
    int popularity = 0; // served only with Extended Quota
    std::string isrc;
};

struct CatalogueShape {
    std::uint64_t seed = 20261122;
    int artistCount = 100;
    // > 0: one more artist, kProlificArtistName, with this many releases across the four groups
    // (40% albums, 25% singles, 10% compilations, 25% appearances on other artists' albums: 16,
    // 10, 4 and 10 of 40), so the groups page (10 a page). Its albums have 11-14 tracks, its newest one 60 tracks on
    // two discs (two pages of album tracks). The rest of the catalogue stays as without it.
    int prolificReleases = 0;
};

inline constexpr std::string_view kProlificArtistName = "Ida Marathon & the Long Players";

class FakeCatalogue {
public:
    static FakeCatalogue generate(const CatalogueShape& shape);

    [[nodiscard]] const std::vector<FakeArtist>& artists() const { return artists_; }
    [[nodiscard]] const std::vector<FakeAlbum>& albums() const { return albums_; }
    [[nodiscard]] const std::vector<FakeTrack>& tracks() const { return tracks_; }

    // nullptr when the id is unknown.
    [[nodiscard]] const FakeArtist* artist(std::string_view id) const;
    [[nodiscard]] const FakeAlbum* album(std::string_view id) const;
    [[nodiscard]] const FakeTrack* track(std::string_view id) const;
    // The artist CatalogueShape::prolificReleases adds; nullptr without one.
    [[nodiscard]] const FakeArtist* prolificArtist() const;

private:
    void index();
    void addProlificArtist(const CatalogueShape& shape);

    std::vector<FakeArtist> artists_;
    std::vector<FakeAlbum> albums_;
    std::vector<FakeTrack> tracks_;
    std::unordered_map<std::string, std::size_t> artistIndex_;
    std::unordered_map<std::string, std::size_t> albumIndex_;
    std::unordered_map<std::string, std::size_t> trackIndex_;
};

// True for a 22-character base62 string, the shape of every Spotify id.
bool isSpotifyId(std::string_view id);

} // namespace tunescope::fakes
