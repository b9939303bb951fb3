#pragma once

#include "FakeCatalogue.h"
#include "FakeListening.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

// Spotify Web API object shapes built from the fake catalogue. Development Mode (the default)
// leaves out what new apps no longer receive: popularity, followers, genres, album_group, label,
// available_markets, linked_from, preview_url. Extended Quota adds popularity, followers, genres,
// album_group and label back, as the real service still does for those apps.
namespace tunescope::fakes {

class SpotifyJson {
public:
    // `apiOrigin`: "http://127.0.0.1:PORT" of the API server (hrefs and image URLs point there).
    SpotifyJson(const FakeCatalogue& catalogue, std::string apiOrigin, bool extendedQuota);

    [[nodiscard]] nlohmann::json simplifiedArtist(const FakeArtist& artist) const;
    [[nodiscard]] nlohmann::json artist(const FakeArtist& artist) const;
    // `group` is the album_group an artist-albums listing would report (Extended Quota only).
    [[nodiscard]] nlohmann::json simplifiedAlbum(const FakeAlbum& album, std::string_view group = {}) const;
    [[nodiscard]] nlohmann::json album(const FakeAlbum& album) const;
    [[nodiscard]] nlohmann::json simplifiedTrack(const FakeTrack& track) const;
    [[nodiscard]] nlohmann::json track(const FakeTrack& track) const;
    [[nodiscard]] nlohmann::json user(const FakeUser& user) const;
    [[nodiscard]] nlohmann::json context(const RecentPlay& play) const; // null for PlayContext::None
    [[nodiscard]] nlohmann::json audioFeatures(const FakeTrack& track) const;

    // apiOrigin + "/v1" + path
    [[nodiscard]] std::string apiUrl(std::string_view pathFromV1) const;

private:
    [[nodiscard]] nlohmann::json images(std::string_view id, bool present) const;
    [[nodiscard]] nlohmann::json artistList(const std::vector<std::string>& ids) const;

    const FakeCatalogue& catalogue_;
    std::string apiOrigin_;
    bool extended_;
};

} // namespace tunescope::fakes
