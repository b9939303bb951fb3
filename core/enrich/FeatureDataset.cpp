#include "enrich/FeatureDataset.h"

#include "enrich/SpotifyTrackId.h"
#include "ingest/CsvRecords.h"
#include "util/Text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace tunescope::enrich {

using ingest::CsvRecord;
using ingest::CsvScan;
using ingest::scanCsv;

namespace {

constexpr std::array<DatasetField, 7> kUnitFields{
    DatasetField::Acousticness, DatasetField::Danceability, DatasetField::Energy, DatasetField::Instrumentalness,
    DatasetField::Liveness,     DatasetField::Speechiness,  DatasetField::Valence};

std::optional<double>& unitValue(AudioFeatures& f, DatasetField field)
{
    switch (field) {
    case DatasetField::Acousticness: return f.acousticness;
    case DatasetField::Danceability: return f.danceability;
    case DatasetField::Energy: return f.energy;
    case DatasetField::Instrumentalness: return f.instrumentalness;
    case DatasetField::Liveness: return f.liveness;
    case DatasetField::Speechiness: return f.speechiness;
    default: return f.valence;
    }
}

// About eleven days: beyond it a duration is broken (and would not fit the milliseconds we store).
constexpr double kLongestDurationMs = 1.0e9;

// A cell shown in a problem message: quoted, cut when long.
std::string shown(std::string_view cell)
{
    std::string out = "\"";
    out.append(text::excerpt(cell)).push_back('"');
    return out;
}

// 130 -> "130", 0.25 -> "0.25": the shortest text that reads back as the same number.
std::string formatNumber(double value)
{
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return ec == std::errc() ? std::string(buffer.data(), end) : std::string("?");
}

// Reads one record into a row, unscaled; the problem when it cannot be used.
class RowReader {
public:
    RowReader(const DatasetColumns& columns, std::size_t headerSize) : columns_(columns), headerSize_(headerSize) {}

    std::string read(const CsvRecord& record, DatasetRow& row) const
    {
        const auto& cells = record.fields;
        const bool extraAreEmpty =
            std::all_of(cells.begin() + static_cast<std::ptrdiff_t>(std::min(cells.size(), headerSize_)), cells.end(),
                        [](const std::string& cell) { return text::trimmed(cell).empty(); });
        if (cells.size() < headerSize_ || !extraAreEmpty) {
            return "has " + std::to_string(cells.size()) + " fields where the header has " +
                   std::to_string(headerSize_);
        }
        row.line = record.line;
        for (const std::size_t c : columns_.trackIds) {
            if ((row.spotifyId = spotifyTrackId(cells[c]))) {
                break;
            }
        }
        if (const auto c = columns_.of(DatasetField::Artist)) {
            row.artists = artistCandidates(cells[*c]);
        }
        if (const auto c = columns_.of(DatasetField::Title)) {
            row.title = text::toNfc(text::trimmed(cells[*c]));
        }
        if (!row.spotifyId && (row.artists.empty() || row.title.empty())) {
            return "names no track (no Spotify id, and no artist and title)";
        }
        return readFeatures(cells, row.features);
    }

private:
    std::string readFeatures(const std::vector<std::string>& cells, AudioFeatures& f) const
    {
        for (const DatasetField field : kUnitFields) {
            if (auto problem = number(cells, field, unitValue(f, field)); !problem.empty()) {
                return problem;
            }
        }
        for (const auto& [field, target] :
             {std::pair{DatasetField::Loudness, &f.loudness}, std::pair{DatasetField::Tempo, &f.tempo}}) {
            if (auto problem = number(cells, field, *target); !problem.empty()) {
                return problem;
            }
        }
        std::optional<double> timeSignature;
        std::optional<double> duration;
        if (auto problem = number(cells, DatasetField::TimeSignature, timeSignature); !problem.empty()) {
            return problem;
        }
        if (auto problem = number(cells, DatasetField::DurationMs, duration); !problem.empty()) {
            return problem;
        }
        if (timeSignature && *timeSignature >= 1.0 && *timeSignature <= 16.0 &&
            std::floor(*timeSignature) == *timeSignature) {
            f.timeSignature = static_cast<int>(*timeSignature);
        }
        if (duration && *duration > kLongestDurationMs) {
            return std::string(datasetFieldName(DatasetField::DurationMs)) + " " + formatNumber(*duration) +
                   " is longer than any track";
        }
        if (duration && *duration > 0.0) {
            f.durationMs = static_cast<std::int64_t>(std::llround(*duration));
        }
        if (const auto c = columns_.of(DatasetField::Key)) {
            int key = 0;
            const auto state = readKey(cells[*c], key);
            if (state == CellState::Unreadable) {
                return "key " + shown(cells[*c]) + " is neither 0..11 nor a note name";
            }
            f.key = state == CellState::Value ? std::optional<int>(key) : std::nullopt;
        }
        if (const auto c = columns_.of(DatasetField::Mode)) {
            int mode = 0;
            const auto state = readMode(cells[*c], mode);
            if (state == CellState::Unreadable) {
                return "mode " + shown(cells[*c]) + " is neither 0/1 nor Major/Minor";
            }
            f.mode = state == CellState::Value ? std::optional<int>(mode) : std::nullopt;
        }
        return {};
    }

    std::string number(const std::vector<std::string>& cells, DatasetField field, std::optional<double>& out) const
    {
        const auto c = columns_.of(field);
        if (!c) {
            return {};
        }
        double value = 0.0;
        const auto state = readNumber(cells[*c], value);
        if (state == CellState::Unreadable) {
            return std::string(datasetFieldName(field)) + " " + shown(cells[*c]) + " is not a number";
        }
        out = state == CellState::Value ? std::optional<double>(value) : std::nullopt;
        return {};
    }

    const DatasetColumns& columns_;
    std::size_t headerSize_;
};

// Puts 0..1 features on their scale (percent columns divided by 100) and checks the ranges; the
// problem when a value lies outside.
std::string finish(const DatasetColumns& columns, const std::array<bool, kDatasetFieldCount>& percent, AudioFeatures& f)
{
    for (const DatasetField field : kUnitFields) {
        auto& value = unitValue(f, field);
        const auto index = static_cast<std::size_t>(field);
        if (value && percent[index]) {
            *value /= 100.0;
        }
        if (value && (*value < 0.0 || *value > 1.0)) {
            const bool markedPercent = columns.percent[index];
            return std::string(datasetFieldName(field)) + " " + formatNumber(percent[index] ? *value * 100.0 : *value) +
                   " is outside " + (markedPercent ? "0..100 %" : "0..1 (or 0..100 as a percentage)");
        }
    }
    if (f.tempo && *f.tempo <= 0.0) {
        f.tempo.reset(); // Spotify wrote 0 for tracks without a beat
    }
    if (f == AudioFeatures{}) {
        return "holds no audio features";
    }
    return {};
}

} // namespace

namespace {

// First pass: the header, whether the file is usable at all, and which unmarked 0..1 columns
// hold percentages.
struct Survey {
    DatasetColumns columns;
    std::size_t headerSize = 0;
    std::size_t headerLine = 0;
    std::array<bool, kDatasetFieldCount> percent{};
};

Survey survey(std::string_view text, DatasetScan& out)
{
    Survey found;
    bool header = true;
    const CsvScan csv = scanCsv(text, [&](CsvRecord& record) {
        if (header) {
            header = false;
            found.columns = mapDatasetColumns(record.fields);
            found.headerSize = record.fields.size();
            found.headerLine = record.line;
            found.percent = found.columns.percent;
            return found.columns.identifiesTracks() && found.columns.hasFeatures();
        }
        if (record.fields.size() != found.headerSize) {
            return true; // a broken row says nothing about the scale
        }
        for (const DatasetField field : kUnitFields) {
            const auto index = static_cast<std::size_t>(field);
            const auto column = found.columns.column[index];
            double value = 0.0;
            // 0..1 features above 1: the column is in percent. A value beyond 100 is broken, not a
            // percentage, and must not rescale the column's other rows.
            if (column && !found.percent[index] && readNumber(record.fields[*column], value) == CellState::Value &&
                value > 1.0 && value <= 100.0) {
                found.percent[index] = true;
            }
        }
        return true;
    });
    out.columns = found.columns;
    if (!csv.fatal.empty()) {
        out.fatal = csv.fatal;
        out.fatalLine = csv.fatalLine;
    } else if (csv.recordCount == 0) {
        out.fatal = "the file is empty";
    } else if (!found.columns.identifiesTracks()) {
        out.fatal = "no column names the track: expected a Spotify id (id, track_id, uri) or an artist and a "
                    "title (artist, artists, artist(s)_name with name, track_name, title, song)";
        out.fatalLine = found.headerLine;
    } else if (!found.columns.hasFeatures()) {
        out.fatal = "no audio-feature column (danceability, energy, valence, tempo, key, mode, ...)";
        out.fatalLine = found.headerLine;
    }
    return found;
}

} // namespace

DatasetScan scanFeatureDataset(std::string_view text, const std::function<void(DatasetRow&)>& onRow)
{
    DatasetScan out;
    if (const auto line = ingest::firstNonTextLine(text)) {
        out.fatal = "the file is not UTF-8 text (save it as UTF-8 CSV)";
        out.fatalLine = *line;
        return out;
    }
    const Survey found = survey(text, out);
    if (!out.fatal.empty()) {
        return out;
    }
    const RowReader reader(found.columns, found.headerSize);
    bool header = true;
    const CsvScan csv = scanCsv(text, [&](CsvRecord& record) {
        if (header) {
            header = false;
            return true;
        }
        DatasetRow row;
        std::string problem = reader.read(record, row);
        if (problem.empty()) {
            problem = finish(found.columns, found.percent, row.features);
        }
        if (!problem.empty()) {
            out.rejected.push_back(DatasetProblem{record.line, std::move(problem)});
        } else {
            onRow(row);
        }
        return true;
    });
    out.dataRecords = csv.recordCount - 1 + csv.problems.size();
    for (const auto& problem : csv.problems) {
        out.rejected.push_back(DatasetProblem{problem.line, problem.message});
    }
    std::stable_sort(out.rejected.begin(), out.rejected.end(),
                     [](const DatasetProblem& a, const DatasetProblem& b) { return a.line < b.line; });
    return out;
}

ParsedDataset parseFeatureDataset(std::string_view text)
{
    std::vector<DatasetRow> rows;
    ParsedDataset parsed{scanFeatureDataset(text, [&rows](DatasetRow& row) { rows.push_back(std::move(row)); }), {}};
    parsed.rows = std::move(rows);
    return parsed;
}

} // namespace tunescope::enrich
