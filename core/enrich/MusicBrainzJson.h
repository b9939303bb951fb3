#pragma once

#include "util/Result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The three MusicBrainz answers genre enrichment reads (web service v2, fmt=json), read
// tolerantly: an item that is not usable (no name, a name that is not text, an id that is not an
// MBID) is skipped; a body that is not the expected shape at all is an error saying so.
namespace tunescope::enrich {

// A genre or tag with its votes (MusicBrainz "count"; may be 0 or negative after down-votes).
struct VotedName {
    std::string name;
    std::int64_t count = 0;
};

// /artist/<mbid>?inc=genres+tags: the curated genres and the free-form tags.
struct MusicBrainzArtist {
    std::string mbid;
    std::string name;
    std::vector<VotedName> genres;
    std::vector<VotedName> tags;
};

// One hit of /artist?query=...: MusicBrainz's score is 0..100.
struct ArtistCandidate {
    std::string mbid;
    std::string name;
    int score = 0;
    std::string disambiguation; // "US rapper", "Swedish band": what tells namesakes apart
};

// "b10bbbfc-cf9e-42e0-be17-e2c3e1d2600d": 8-4-4-4-12 lower- or upper-case hex digits.
bool isMbid(std::string_view text);

// /url?resource=...&inc=artist-rels: the distinct artists in relations[].artist.id, in order.
Result<std::vector<std::string>> parseUrlLookupArtists(std::string_view body);

Result<MusicBrainzArtist> parseArtistLookup(std::string_view body);

// /artist?query=...: artists[] with their scores, as sent (best first).
Result<std::vector<ArtistCandidate>> parseArtistSearch(std::string_view body);

// The "error" text of a MusicBrainz error body ({"error":"Not Found","help":"..."}), short and
// printable; empty when there is none.
std::string musicBrainzErrorText(std::string_view body);

} // namespace tunescope::enrich
