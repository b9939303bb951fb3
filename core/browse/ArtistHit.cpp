#include "browse/ArtistHit.h"

namespace tunescope::browse {

std::optional<std::string> pickImage(const std::vector<spotify::Image>& images, int minPx)
{
    const spotify::Image* bigEnough = nullptr; // the smallest known width >= minPx
    const spotify::Image* unsized = nullptr;
    const spotify::Image* largest = nullptr;
    for (const auto& image : images) {
        if (image.url.empty()) {
            continue;
        }
        if (!image.width) {
            unsized = unsized != nullptr ? unsized : &image;
            continue;
        }
        if (*image.width >= minPx && (bigEnough == nullptr || *image.width < *bigEnough->width)) {
            bigEnough = &image;
        }
        if (largest == nullptr || *image.width > *largest->width) {
            largest = &image;
        }
    }
    const spotify::Image* chosen = bigEnough != nullptr ? bigEnough : (unsized != nullptr ? unsized : largest);
    return chosen != nullptr ? std::optional<std::string>(chosen->url) : std::nullopt;
}

ArtistHit hitFromSpotify(const spotify::Artist& artist)
{
    ArtistHit hit;
    hit.spotifyId = artist.id;
    hit.name = artist.name;
    hit.genres = artist.genres.value_or(std::vector<std::string>{});
    hit.followers = artist.followers;
    hit.popularity = artist.popularity;
    hit.imageUrl = pickImage(artist.images, kThumbnailPx);
    return hit;
}

} // namespace tunescope::browse
