#pragma once

#include "enrich/GenreWeights.h"
#include "store/Database.h"
#include "util/CivilTime.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

// The profile's record of genre lookups (artist_genres, artist_genre_lookups; migration 0005).
namespace tunescope::enrich {

// artist_genre_lookups.outcome
enum class GenreLookupOutcome : int {
    Found = 1,     // genres stored
    NoneFound = 2, // looked up, nothing usable: not asked again before its freshness time
    Ambiguous = 3, // several artists of that name: no guess
};

struct GenreLookup {
    std::int64_t creatorId = 0;
    UtcMs lookedUpAt = 0;
    GenreLookupOutcome outcome = GenreLookupOutcome::NoneFound;
    std::optional<std::string> spotifyId; // the Spotify artist used, when known
    std::optional<std::string> mbid;      // the MusicBrainz artist, when found
    std::vector<WeightedGenre> genres;    // empty unless Found
};

// Replaces the artist's genres and lookup row, together in one transaction: an interruption
// leaves either the old state or the new one.
Status saveGenreLookup(store::Database& db, const GenreLookup& lookup);

struct LookupState {
    UtcMs lookedUpAt = 0;
    GenreLookupOutcome outcome = GenreLookupOutcome::NoneFound;
};

// When each artist was last looked up and what came of it, by creator id.
Result<std::map<std::int64_t, LookupState>> genreLookupStates(store::Database& db);

} // namespace tunescope::enrich
