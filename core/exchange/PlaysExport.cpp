#include "exchange/PlaysExport.h"

#include "exchange/Csv.h"
#include "exchange/ReplaceFile.h"
#include "ingest/ImportReport.h"

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

namespace tunescope::exchange {

namespace {

enum Column : int {
    EndedAt,
    MsPlayed,
    Kind,
    Creator,
    Title,
    Album,
    Uri,
    Platform,
    Country,
    ReasonStart,
    ReasonEnd,
    Shuffle,
    Skipped,
    Offline,
    OfflineAt,
    Incognito,
};

constexpr std::string_view kSelectPlays = R"sql(
SELECT p.ended_at, p.ms_played, p.kind, c.name, i.name, a.name, p.spotify_uri, pl.raw, p.country,
       p.reason_start, p.reason_end, p.shuffle, p.skipped, p.offline, p.offline_at, p.incognito
FROM plays p
JOIN items i ON i.id = p.item_id
JOIN creators c ON c.id = i.creator_id
LEFT JOIN albums a ON a.id = i.album_id
LEFT JOIN platforms pl ON pl.id = p.platform_id
WHERE p.started_at >= ?1 AND p.started_at < ?2 AND (?3 IS NULL OR p.kind = ?3)
ORDER BY p.started_at, p.id)sql";

// "2024-03-10T04:30:00Z", with milliseconds when the instant has any, as the importer reads it.
std::string isoWithMillis(UtcMs instant)
{
    std::string text = formatIsoUtc(instant);
    const auto millis = ((instant % 1000) + 1000) % 1000;
    if (millis != 0) {
        std::array<char, 8> fraction{};
        std::snprintf(fraction.data(), fraction.size(), ".%03lld", static_cast<long long>(millis));
        text.insert(text.size() - 1, fraction.data());
    }
    return text;
}

nlohmann::ordered_json textOrNull(const store::Statement& row, int column)
{
    return row.isNull(column) ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(row.text(column));
}

nlohmann::ordered_json flagOrNull(const store::Statement& row, int column)
{
    return row.isNull(column) ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(row.int64(column) != 0);
}

// One play as an entry of Spotify's extended streaming history (the 2024 shape, without the
// ip_addr key): the importer turns it back into the same play.
nlohmann::ordered_json historyEntry(const store::Statement& row)
{
    const auto kind = static_cast<ingest::PlayKind>(row.int64(Kind));
    const bool music = kind == ingest::PlayKind::Music;
    const bool book = kind == ingest::PlayKind::Audiobook;
    const bool episode = !music && !book; // podcasts and videos
    const auto text = [&](int column, bool when) {
        return when ? textOrNull(row, column) : nlohmann::ordered_json(nullptr);
    };
    nlohmann::ordered_json entry;
    entry["ts"] = isoWithMillis(row.int64(EndedAt));
    entry["platform"] = textOrNull(row, Platform);
    entry["ms_played"] = row.int64(MsPlayed);
    entry["conn_country"] = textOrNull(row, Country);
    entry["master_metadata_track_name"] = text(Title, music);
    entry["master_metadata_album_artist_name"] = text(Creator, music);
    entry["master_metadata_album_album_name"] = text(Album, music);
    entry["spotify_track_uri"] = text(Uri, music);
    entry["episode_name"] = text(Title, episode);
    entry["episode_show_name"] = text(Creator, episode);
    entry["spotify_episode_uri"] = text(Uri, episode);
    entry["audiobook_title"] = text(Creator, book);
    entry["audiobook_uri"] = nullptr;
    entry["audiobook_chapter_uri"] = text(Uri, book);
    entry["audiobook_chapter_title"] = text(Title, book);
    entry["reason_start"] = textOrNull(row, ReasonStart);
    entry["reason_end"] = textOrNull(row, ReasonEnd);
    entry["shuffle"] = flagOrNull(row, Shuffle);
    entry["skipped"] = flagOrNull(row, Skipped);
    entry["offline"] = flagOrNull(row, Offline);
    entry["offline_timestamp"] =
        row.isNull(OfflineAt) ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(row.int64(OfflineAt));
    entry["incognito_mode"] = flagOrNull(row, Incognito);
    return entry;
}

std::string flagText(const store::Statement& row, int column)
{
    if (row.isNull(column)) {
        return {};
    }
    return row.int64(column) != 0 ? "true" : "false";
}

constexpr std::string_view kCsvHeader = "ended_at,started_at,ms_played,kind,creator,title,album,spotify_uri,platform,"
                                        "country,reason_start,reason_end,shuffle,skipped,offline,incognito\r\n";

std::string csvLine(const store::Statement& row)
{
    const auto ended = row.int64(EndedAt);
    const auto ms = row.int64(MsPlayed);
    std::string line;
    const auto field = [&line](std::string_view value) {
        if (!line.empty()) {
            line += ',';
        }
        line.append(csvField(value));
    };
    field(isoWithMillis(ended));
    field(isoWithMillis(ended - ms));
    field(std::to_string(ms));
    field(ingest::kindName(static_cast<ingest::PlayKind>(row.int64(Kind))));
    for (const int column : {Creator, Title, Album, Uri, Platform, Country, ReasonStart, ReasonEnd}) {
        field(row.isNull(column) ? std::string_view() : row.textView(column));
    }
    for (const int column : {Shuffle, Skipped, Offline, Incognito}) {
        field(flagText(row, column));
    }
    line.append("\r\n");
    return line;
}

} // namespace

Result<std::int64_t> exportPlays(store::Database& db, const PlaysSelection& selection, PlaysFormat format,
                                 const std::filesystem::path& out)
{
    auto stmt = db.prepare(kSelectPlays);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, selection.period.begin).bind(2, selection.period.end);
    if (selection.kind) {
        stmt->bind(3, static_cast<std::int64_t>(*selection.kind));
    } else {
        stmt->bindNull(3);
    }
    std::int64_t count = 0;
    auto written = writeFileReplacing(out, [&](std::ostream& file) -> Status {
        file << (format == PlaysFormat::Json ? std::string_view("[") : kCsvHeader);
        while (stmt->step()) {
            if (format == PlaysFormat::Json) {
                file << (count == 0 ? "\n  " : ",\n  ") << historyEntry(*stmt).dump();
            } else {
                file << csvLine(*stmt);
            }
            ++count;
        }
        if (stmt->failed()) {
            return stmt->error();
        }
        if (format == PlaysFormat::Json) {
            file << (count == 0 ? "]\n" : "\n]\n");
        }
        return {};
    });
    if (!written) {
        return written.error();
    }
    return count;
}

} // namespace tunescope::exchange
