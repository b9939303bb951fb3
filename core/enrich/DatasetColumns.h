#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tunescope::enrich {

// What a column of a features dataset holds, whatever the file calls it.
enum class DatasetField {
    TrackId, // id, track_id, spotify_id, uri, track_uri, url ... (several may be present)
    Artist,  // artist, artists, artist_name, artist(s)_name ...
    Title,   // name, track_name, title, song ...
    Acousticness,
    Danceability,
    Energy,
    Instrumentalness,
    Liveness,
    Speechiness,
    Valence,
    Loudness,
    Tempo, // tempo, bpm
    Key,
    Mode,
    TimeSignature,
    DurationMs,
};
inline constexpr std::size_t kDatasetFieldCount = 16;

// Which column (0-based) holds each field, from the header row. Names are compared without case,
// spaces or punctuation ("Artist(s) Name" = artist_s_name = artistsname); a '%' in a name marks
// a column of percentages ("danceability_%").
struct DatasetColumns {
    std::vector<std::size_t> trackIds; // every id-like column, most specific first
    std::array<std::optional<std::size_t>, kDatasetFieldCount> column;
    std::array<bool, kDatasetFieldCount> percent{};
    // "header -> field" for each recognised column, for the import report.
    std::vector<std::string> recognised;

    [[nodiscard]] std::optional<std::size_t> of(DatasetField field) const
    {
        return column[static_cast<std::size_t>(field)];
    }
    [[nodiscard]] bool identifiesTracks() const
    {
        return !trackIds.empty() || (of(DatasetField::Artist) && of(DatasetField::Title));
    }
    [[nodiscard]] bool hasFeatures() const;
};

DatasetColumns mapDatasetColumns(const std::vector<std::string>& header);

// "acousticness", "tempo", "key", ... as the report names fields.
std::string_view datasetFieldName(DatasetField field);

// How a cell reads: empty or a "no value" word (NA, N/A, NaN, null, None, -), a value, or
// something that is neither.
enum class CellState { Missing, Value, Unreadable };

// A decimal number ("0.754", "8.29E-05", "-5.4", "0,75" with a decimal comma).
CellState readNumber(std::string_view cell, double& out);
// A pitch class 0..11, as a number or a note name ("C", "C#", "Db", "F♯", "Bb"); -1 (Spotify's
// "no key detected") is Missing.
CellState readKey(std::string_view cell, int& out);
// 1 major, 0 minor, as 1/0 or the words (Major, minor, maj, min).
CellState readMode(std::string_view cell, int& out);

// The artists a cell names, best guess first: the whole cell as written, then its first name when
// it lists several ("A, B", "A; B", Python's "['A', 'B']"), for matching against a history that
// knows the main artist only.
std::vector<std::string> artistCandidates(std::string_view cell);

} // namespace tunescope::enrich
