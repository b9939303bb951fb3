#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tunescope::ingest {

// What a column of a chart file holds, whatever the file calls it.
enum class ChartField {
    Rank,    // rank, Position
    Title,   // track_name, "Track Name", title
    Artists, // artist_names, Artist, artist
    Streams, // streams (empty on viral charts)
    Track,   // uri, URL, id: the Spotify track
    Region,  // aggregated datasets: region (a code or a country name)
    Date,    // aggregated datasets: date
    Chart,   // aggregated datasets: chart (top200, viral50)
};
inline constexpr std::size_t kChartFieldCount = 8;

// Which column (0-based) holds each field, from a header row.
struct ChartColumns {
    std::array<std::optional<std::size_t>, kChartFieldCount> column;

    [[nodiscard]] std::optional<std::size_t> of(ChartField field) const
    {
        return column[static_cast<std::size_t>(field)];
    }
    // A chart file names at least the song: its title and artists.
    [[nodiscard]] bool namesSongs() const { return of(ChartField::Title) && of(ChartField::Artists); }
    // One row per entry of many charts: the region and date are columns.
    [[nodiscard]] bool isAggregated() const { return of(ChartField::Region) && of(ChartField::Date); }
    // The highest column index used: shorter rows are broken.
    [[nodiscard]] std::size_t widest() const;
};

ChartColumns mapChartColumns(const std::vector<std::string>& header);

} // namespace tunescope::ingest
