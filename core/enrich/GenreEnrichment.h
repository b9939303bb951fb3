#pragma once

#include "enrich/MusicBrainzClient.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

// Genres for the artists of the user's history: from Spotify's own data when the cache has them,
// else from MusicBrainz (the artist linked to the Spotify artist, or a confident name match).
// Artists are taken in order of listening time, so the top of every chart fills first; each one
// is stored in its own transaction, so a stop, a quit or a crash loses nothing and the next run
// goes on where this one ended.
namespace tunescope::enrich {

// How long a lookup holds before the artist is asked about again.
struct GenreFreshness {
    std::chrono::milliseconds found{std::chrono::hours(24 * 90)};
    std::chrono::milliseconds notFound{std::chrono::hours(24 * 30)}; // none found, or ambiguous
};

// An artist of the history to look up.
struct GenreLookupTarget {
    std::int64_t creatorId = 0;
    std::string name;
    std::int64_t msPlayed = 0;
    std::optional<std::string> spotifyId; // from the Spotify cache, when the history links to it
};

// Music artists (creators of music plays) whose last lookup is older than its freshness time, or
// who were never looked up; most listening time first.
Result<std::vector<GenreLookupTarget>> artistsDueForGenreLookup(store::Database& db, const GenreFreshness& freshness,
                                                                Clock& clock);

struct GenreEnrichmentOptions {
    std::optional<std::size_t> limit; // at most this many artists this run
    GenreFreshness freshness;
};

struct GenreEnrichmentSummary {
    std::size_t due = 0;         // artists due for a lookup
    std::size_t total = 0;       // of them, the ones this run set out to do (the limit)
    std::size_t lookedUp = 0;    // stored, whatever came of it
    std::size_t found = 0;       // with genres
    std::size_t fromSpotify = 0; // of found: Spotify's own genres, MusicBrainz not asked
    std::size_t none = 0;        // nothing found
    std::size_t ambiguous = 0;   // several artists of that name: no guess
    std::size_t requests = 0;    // HTTP requests to MusicBrainz, retries included
    bool stoppedEarly = false;   // the caller asked to stop; a rerun goes on from here
    std::optional<Error> error;  // what ended the run early otherwise (network, MusicBrainz, database)

    [[nodiscard]] bool complete() const { return !stoppedEarly && !error && lookedUp == total; }
};

// done artists of total so far; `artistName` is the one being looked up now (empty at the end).
using GenreProgressFn = std::function<void(std::size_t done, std::size_t total, const std::string& artistName)>;

// Looks up the due artists, in order, one at a time. A failure (no network, MusicBrainz failing
// after its retries, a database error) ends the run with `error` said and keeps what was stored;
// a stop request ends it after at most the artist in progress (that one is not stored).
// `clock` stamps the lookups and decides what is due.
GenreEnrichmentSummary enrichGenres(store::Database& db, MusicBrainzClient& client,
                                    const GenreEnrichmentOptions& options, const GenreProgressFn& onProgress,
                                    std::stop_token stop, Clock& clock);

} // namespace tunescope::enrich
