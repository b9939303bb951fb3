#pragma once

#include "enrich/MusicBrainzJson.h"

#include <string>
#include <vector>

// How strongly an artist belongs to each of its genres. Analytics share every play of the artist
// out by these weights, so an artist's weights add up to 1.
namespace tunescope::enrich {

// Where a genre came from, as artist_genres.source stores it.
enum class GenreSource : int {
    Spotify = 1,          // the artist's genres in Spotify's own data
    MusicBrainzGenre = 2, // MusicBrainz's curated genres, weighted by votes
    MusicBrainzTag = 3,   // free-form tags: a weaker signal, used only when there are no genres
};

struct WeightedGenre {
    std::string name; // lower case (text::matchKey), as stored
    GenreSource source = GenreSource::MusicBrainzGenre;
    double weight = 0; // 0..1; one artist's add up to 1
};

// At most this many genres (and tags) per artist: the long tail of single votes says little.
inline constexpr std::size_t kMaxGenresPerArtist = 8;
inline constexpr std::size_t kMaxTagsPerArtist = 5;

// Spotify's genres, equal weights (Spotify does not rank them). Empty for an empty list.
std::vector<WeightedGenre> weightSpotifyGenres(const std::vector<std::string>& genres);

// MusicBrainz genres with at least one net vote, weighted by votes (the kMaxGenresPerArtist most
// voted); when there are none, the tags the same way (kMaxTagsPerArtist) as source 3. Names that
// fold to the same lower-case text are one genre with their votes added. Empty when neither
// has anything with a vote.
std::vector<WeightedGenre> weightMusicBrainzGenres(const MusicBrainzArtist& artist);

} // namespace tunescope::enrich
