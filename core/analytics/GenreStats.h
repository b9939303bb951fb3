#pragma once

#include "analytics/Overview.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tunescope::analytics {

// Genre figures share each play out among its artist's genres by weight, after the user's
// mapping (folds and renames add up, hidden genres are left out and the artist's other genres
// take their part). Plays are fractional for that reason.
struct GenreEntry {
    int rank = 0;
    std::string name;
    double plays = 0;
    double msPlayed = 0;
    double share = 0; // of the listening whose genres are known, by the request's metric
};

// How much of the period's music has genres: plays and listening time whose artist has at least
// one genre shown. Artists looked up with none found count as unknown.
struct GenreCoverage {
    std::int64_t knownPlays = 0;
    std::int64_t totalPlays = 0;
    std::int64_t knownMs = 0;
    std::int64_t totalMs = 0;

    [[nodiscard]] double fraction(Metric metric) const;
};

// Share of each genre per local month; the last series is "other" (every genre beyond the top
// ones) when there are more genres than series. Months without known genres are left out, so
// each month's shares add up to 1.
struct GenreMonth {
    CivilDate start;
    std::vector<double> shares; // one per series
};

struct GenresOverTime {
    std::vector<std::string> series;
    std::vector<GenreMonth> months;
};

inline constexpr const char* kOtherGenres = "other";

struct GenreOverview {
    GenreCoverage coverage;
    std::vector<GenreEntry> top;
    GenresOverTime overTime;
    bool anyGenresStored = false; // false: nothing was looked up yet (the page's empty state)
};

struct GenreRequest {
    Period period;
    Metric metric = Metric::Plays;
    std::size_t topLimit = 10;
    std::size_t overTimeSeries = 8; // top genres over time, "other" comes on top of them
};

// Everything the Genres page and `tunescope top genres` show, from one scan.
Result<GenreOverview> queryGenreOverview(store::Database& db, const GenreRequest& request);

// The genres of artists as shown (mapping applied, hidden left out), strongest first.
Result<std::map<std::int64_t, std::vector<std::string>>>
queryGenresOfArtists(store::Database& db, const std::vector<std::int64_t>& creatorIds);

// Every stored genre with the listening behind it (unmapped, shared by weight) and what the
// mapping makes of it: the list the mapping dialog edits.
struct GenreTotal {
    std::string genre;
    std::optional<std::string> target;  // its own fold or rename
    std::optional<std::string> shownAs; // where its chain ends; nothing when hidden
    bool hidden = false;
    std::int64_t artists = 0;
    double plays = 0;
    double msPlayed = 0;
};

Result<std::vector<GenreTotal>> queryGenreTotals(store::Database& db, const Period& period);

} // namespace tunescope::analytics
