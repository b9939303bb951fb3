#pragma once

#include "store/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The artists of the user's own history (catalogue creators of music plays), found by name or by
// a Spotify artist id, with their all-time figures. Everything here is local: it works offline.
namespace tunescope::browse {

struct HistoryArtist {
    std::int64_t creatorId = 0;
    std::string name;
    std::int64_t plays = 0;    // plays of at least 30 s
    std::int64_t msPlayed = 0; // every music row
};

// Music artists whose normalised name (text::matchKey) contains the query's.
Result<std::vector<std::int64_t>> historyArtistsContaining(store::Database& db, std::string_view query);

// The music artist whose normalised name equals this one's, if the history has it.
Result<std::optional<std::int64_t>> historyArtistNamed(store::Database& db, std::string_view name);

// The history artists whose plays include tracks Spotify credits first to this artist, as far as
// the cache knows the artist's tracks (a loaded discography, synced plays). Catches names that the
// export spells differently from Spotify's artist page.
Result<std::vector<std::int64_t>> historyArtistsOfSpotifyArtist(store::Database& db, const std::string& spotifyId);

// Every music artist of the history with all-time figures, most listening time first (then most
// plays, then the lower id): the order in which work on artists pays off most.
Result<std::vector<HistoryArtist>> historyArtistsByListening(store::Database& db);

// Names and all-time figures of these artists, in the same order, from one scan of the plays.
Result<std::vector<HistoryArtist>> historyArtistFigures(store::Database& db,
                                                        const std::vector<std::int64_t>& creatorIds);

} // namespace tunescope::browse
