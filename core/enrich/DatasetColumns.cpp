#include "enrich/DatasetColumns.h"
#include "util/Text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <utility>

namespace tunescope::enrich {
namespace {

struct KnownName {
    std::string_view name; // normalised: lower-case letters and digits only
    DatasetField field;
};

// In order of preference: when two columns name the same field, the earlier name wins.
constexpr KnownName kKnownNames[] = {
    {"trackid", DatasetField::TrackId},
    {"spotifytrackid", DatasetField::TrackId},
    {"spotifyid", DatasetField::TrackId},
    {"id", DatasetField::TrackId},
    {"trackuri", DatasetField::TrackId},
    {"spotifytrackuri", DatasetField::TrackId},
    {"spotifyuri", DatasetField::TrackId},
    {"uri", DatasetField::TrackId},
    {"trackurl", DatasetField::TrackId},
    {"spotifyurl", DatasetField::TrackId},
    {"url", DatasetField::TrackId},
    {"artistsname", DatasetField::Artist},
    {"artistname", DatasetField::Artist},
    {"artist", DatasetField::Artist},
    {"artists", DatasetField::Artist},
    {"artistnames", DatasetField::Artist},
    {"trackartist", DatasetField::Artist},
    {"singer", DatasetField::Artist},
    {"performer", DatasetField::Artist},
    {"trackname", DatasetField::Title},
    {"tracktitle", DatasetField::Title},
    {"songname", DatasetField::Title},
    {"songtitle", DatasetField::Title},
    {"title", DatasetField::Title},
    {"song", DatasetField::Title},
    {"name", DatasetField::Title},
    {"track", DatasetField::Title},
    {"acousticness", DatasetField::Acousticness},
    {"danceability", DatasetField::Danceability},
    {"energy", DatasetField::Energy},
    {"instrumentalness", DatasetField::Instrumentalness},
    {"liveness", DatasetField::Liveness},
    {"speechiness", DatasetField::Speechiness},
    {"valence", DatasetField::Valence},
    {"loudness", DatasetField::Loudness},
    {"loudnessdb", DatasetField::Loudness},
    {"tempo", DatasetField::Tempo},
    {"bpm", DatasetField::Tempo},
    {"key", DatasetField::Key},
    {"mode", DatasetField::Mode},
    {"timesignature", DatasetField::TimeSignature},
    {"timesig", DatasetField::TimeSignature},
    {"durationms", DatasetField::DurationMs},
};

constexpr std::string_view kFieldNames[kDatasetFieldCount] = {
    "track id",       "artist",       "title",   "acousticness", "danceability", "energy", "instrumentalness",
    "liveness",       "speechiness",  "valence", "loudness",     "tempo",        "key",    "mode",
    "time signature", "duration (ms)"};

struct Normalised {
    std::string name;
    bool percent = false;
};

Normalised normalise(std::string_view header)
{
    Normalised out{text::headerKey(header), header.find('%') != std::string_view::npos};
    for (const std::string_view suffix : {"percent", "pct"}) {
        if (out.name.size() > suffix.size() && out.name.ends_with(suffix)) {
            out.name.resize(out.name.size() - suffix.size());
            out.percent = true;
        }
    }
    return out;
}

bool isNoValue(std::string_view cell)
{
    if (cell.empty()) {
        return true;
    }
    const std::string word = text::asciiLower(cell);
    return word == "na" || word == "n/a" || word == "nan" || word == "null" || word == "none" || word == "-" ||
           word == "?" || word == "#n/a";
}

// A note letter, an optional sharp or flat, and optionally a mode word after it.
CellState readNoteName(std::string_view cell, int& out)
{
    static constexpr int kNaturals[] = {9, 11, 0, 2, 4, 5, 7}; // A B C D E F G
    const char letter = static_cast<char>(cell[0] >= 'a' && cell[0] <= 'z' ? cell[0] - 'a' + 'A' : cell[0]);
    if (letter < 'A' || letter > 'G') {
        return CellState::Unreadable;
    }
    int pitch = kNaturals[letter - 'A'];
    std::string_view rest = cell.substr(1);
    if (rest.starts_with("#")) {
        pitch += 1;
        rest.remove_prefix(1);
    } else if (rest.starts_with("\xE2\x99\xAF")) { // U+266F MUSIC SHARP SIGN
        pitch += 1;
        rest.remove_prefix(3);
    } else if (rest.starts_with("b")) {
        pitch -= 1;
        rest.remove_prefix(1);
    } else if (rest.starts_with("\xE2\x99\xAD")) { // U+266D MUSIC FLAT SIGN
        pitch -= 1;
        rest.remove_prefix(3);
    }
    const std::string word = text::asciiLower(text::trimmed(rest));
    if (!word.empty() && word != "major" && word != "minor" && word != "maj" && word != "min" && word != "m") {
        return CellState::Unreadable;
    }
    out = (pitch + 12) % 12;
    return CellState::Value;
}

// The quoted names of a Python or JSON list: ['A', "B's"] -> A, B's.
std::vector<std::string> listedNames(std::string_view list)
{
    std::vector<std::string> names;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const char quote = list[i];
        if (quote != '\'' && quote != '"') {
            continue;
        }
        std::string name;
        for (++i; i < list.size() && list[i] != quote; ++i) {
            if (list[i] == '\\' && i + 1 < list.size()) {
                ++i;
            }
            name += list[i];
        }
        if (!text::trimmed(name).empty()) {
            names.emplace_back(text::trimmed(name));
        }
    }
    return names;
}

} // namespace

bool DatasetColumns::hasFeatures() const
{
    for (std::size_t f = static_cast<std::size_t>(DatasetField::Acousticness); f < kDatasetFieldCount; ++f) {
        if (column[f]) {
            return true;
        }
    }
    return false;
}

std::string_view datasetFieldName(DatasetField field)
{
    return kFieldNames[static_cast<std::size_t>(field)];
}

DatasetColumns mapDatasetColumns(const std::vector<std::string>& header)
{
    DatasetColumns columns;
    std::array<std::size_t, kDatasetFieldCount> rank{};
    rank.fill(std::size(kKnownNames));
    std::vector<std::pair<std::size_t, std::size_t>> ids; // (rank, column)
    for (std::size_t c = 0; c < header.size(); ++c) {
        const Normalised name = normalise(header[c]);
        for (std::size_t r = 0; r < std::size(kKnownNames); ++r) {
            if (kKnownNames[r].name != name.name) {
                continue;
            }
            const auto field = static_cast<std::size_t>(kKnownNames[r].field);
            if (kKnownNames[r].field == DatasetField::TrackId) {
                ids.emplace_back(r, c);
            } else if (r < rank[field]) {
                rank[field] = r;
                columns.column[field] = c;
                columns.percent[field] = name.percent;
            }
            break;
        }
    }
    std::sort(ids.begin(), ids.end());
    for (const auto& [r, c] : ids) {
        columns.trackIds.push_back(c);
        columns.recognised.push_back(header[c] + " -> track id");
    }
    for (std::size_t f = 1; f < kDatasetFieldCount; ++f) {
        if (const auto c = columns.column[f]) {
            columns.recognised.push_back(header[*c] + " -> " + std::string(kFieldNames[f]) +
                                         (columns.percent[f] ? " (percent)" : ""));
        }
    }
    return columns;
}

CellState readNumber(std::string_view cell, double& out)
{
    cell = text::trimmed(cell);
    if (isNoValue(cell)) {
        return CellState::Missing;
    }
    std::string text(cell.starts_with('+') ? cell.substr(1) : cell);
    if (text.find('.') == std::string::npos && std::count(text.begin(), text.end(), ',') == 1) {
        text[text.find(',')] = '.'; // a decimal comma
    }
    double value = 0.0;
    const char* end = text.data() + text.size();
    const auto [stop, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || stop != end || !std::isfinite(value)) {
        return CellState::Unreadable;
    }
    out = value;
    return CellState::Value;
}

CellState readKey(std::string_view cell, int& out)
{
    cell = text::trimmed(cell);
    double number = 0.0;
    const CellState state = readNumber(cell, number);
    if (state == CellState::Missing) {
        return state;
    }
    if (state == CellState::Value) {
        if (number == -1.0) {
            return CellState::Missing;
        }
        if (std::floor(number) != number || number < 0.0 || number > 11.0) {
            return CellState::Unreadable;
        }
        out = static_cast<int>(number);
        return CellState::Value;
    }
    return readNoteName(cell, out);
}

CellState readMode(std::string_view cell, int& out)
{
    cell = text::trimmed(cell);
    double number = 0.0;
    const CellState state = readNumber(cell, number);
    if (state == CellState::Missing) {
        return state;
    }
    if (state == CellState::Value) {
        if (number != 0.0 && number != 1.0) {
            return CellState::Unreadable;
        }
        out = static_cast<int>(number);
        return CellState::Value;
    }
    const std::string word = text::asciiLower(cell);
    if (word == "major" || word == "maj") {
        out = 1;
        return CellState::Value;
    }
    if (word == "minor" || word == "min") {
        out = 0;
        return CellState::Value;
    }
    return CellState::Unreadable;
}

std::vector<std::string> artistCandidates(std::string_view cell)
{
    cell = text::trimmed(cell);
    if (cell.empty()) {
        return {};
    }
    if (cell.front() == '[' && cell.back() == ']') {
        auto names = listedNames(cell);
        if (names.size() > 1) {
            names.resize(1); // the main artist; the others are featured
        }
        return names;
    }
    std::vector<std::string> candidates{std::string(cell)};
    const auto cut = std::min(cell.find(", "), cell.find(';'));
    if (cut != std::string_view::npos && !text::trimmed(cell.substr(0, cut)).empty()) {
        candidates.emplace_back(text::trimmed(cell.substr(0, cut)));
    }
    return candidates;
}

} // namespace tunescope::enrich
