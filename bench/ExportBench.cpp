// Export of every play of a profile, as JSON and CSV: the writer before the streaming rewrite (one
// nlohmann object per play, one string per CSV field; kept here as the reference) against
// exchange::exportPlays, in the same run, and whether both write the same bytes.
// Usage: tunescope_export_bench DATABASE OUT_DIR
//   DATABASE  a profile's tunescope.sqlite3 (e.g. after `tunescope import` of
//             bench/generate_history.py's json folder); opened read-only
//   OUT_DIR   where the four files go (they are removed at the end)
#include "exchange/Csv.h"
#include "exchange/PlaysExport.h"
#include "ingest/ImportReport.h"
#include "ingest/PlayRecord.h"
#include "util/CivilTime.h"

#include <nlohmann/json.hpp>

#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>

using namespace tunescope;

namespace {

constexpr std::string_view kSelectPlays = R"sql(
SELECT p.ended_at, p.ms_played, p.kind, c.name, i.name, a.name, p.spotify_uri, pl.raw, p.country,
       p.reason_start, p.reason_end, p.shuffle, p.skipped, p.offline, p.offline_at, p.incognito
FROM plays p
JOIN items i ON i.id = p.item_id
JOIN creators c ON c.id = i.creator_id
LEFT JOIN albums a ON a.id = i.album_id
LEFT JOIN platforms pl ON pl.id = p.platform_id
ORDER BY p.started_at, p.id)sql";

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

// The writer before: one nlohmann object per play.
nlohmann::ordered_json textOrNull(const store::Statement& row, int column)
{
    return row.isNull(column) ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(row.text(column));
}

nlohmann::ordered_json flagOrNull(const store::Statement& row, int column)
{
    return row.isNull(column) ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(row.int64(column) != 0);
}

nlohmann::ordered_json historyEntry(const store::Statement& row)
{
    const auto kind = static_cast<ingest::PlayKind>(row.int64(Kind));
    const bool music = kind == ingest::PlayKind::Music;
    const bool book = kind == ingest::PlayKind::Audiobook;
    const bool episode = !music && !book;
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

// The CSV line before: a string per field.
std::string csvLine(const store::Statement& row)
{
    const auto ended = row.int64(EndedAt);
    const auto ms = row.int64(MsPlayed);
    std::string line;
    const auto field = [&line](std::string_view value) {
        if (!line.empty()) {
            line += ',';
        }
        line.append(exchange::csvField(value));
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

constexpr std::string_view kCsvHeader = "ended_at,started_at,ms_played,kind,creator,title,album,spotify_uri,platform,"
                                        "country,reason_start,reason_end,shuffle,skipped,offline,incognito\r\n";

bool exportBefore(store::Database& db, bool json, const std::filesystem::path& out)
{
    auto stmt = db.prepare(kSelectPlays);
    if (!stmt) {
        return false;
    }
    std::ofstream file(out, std::ios::binary | std::ios::trunc);
    file << (json ? std::string_view("[") : kCsvHeader);
    std::int64_t count = 0;
    while (stmt->step()) {
        if (json) {
            file << (count == 0 ? "\n  " : ",\n  ") << historyEntry(*stmt).dump();
        } else {
            file << csvLine(*stmt);
        }
        ++count;
    }
    if (json) {
        file << (count == 0 ? "]\n" : "\n]\n");
    }
    return !stmt->failed() && static_cast<bool>(file);
}

struct Seconds {
    double wall = 0;
    double cpu = 0; // this process's processor time: what counts on a busy machine
};

Seconds secondsOf(const std::function<bool()>& work, bool& ok)
{
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpuStart = std::clock();
    ok = work();
    return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
            static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC};
}

bool sameBytes(const std::filesystem::path& a, const std::filesystem::path& b)
{
    std::ifstream first(a, std::ios::binary);
    std::ifstream second(b, std::ios::binary);
    return std::equal(std::istreambuf_iterator<char>(first), std::istreambuf_iterator<char>(),
                      std::istreambuf_iterator<char>(second), std::istreambuf_iterator<char>());
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "Usage: tunescope_export_bench DATABASE OUT_DIR\n");
        return 1;
    }
    auto db = store::Database::open(argv[1], store::OpenMode::ReadOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().message.c_str());
        return 1;
    }
    const std::filesystem::path dir = argv[2];
    int failures = 0;
    for (const bool json : {true, false}) {
        const char* format = json ? "json" : "csv";
        const auto before = dir / (std::string("before.") + format);
        const auto after = dir / (std::string("after.") + format);
        bool beforeOk = false;
        bool afterOk = false;
        std::int64_t plays = 0;
        const Seconds old = secondsOf([&] { return exportBefore(*db, json, before); }, beforeOk);
        const Seconds now = secondsOf(
            [&] {
                const auto count = exchange::exportPlays(
                    *db, {}, json ? exchange::PlaysFormat::Json : exchange::PlaysFormat::Csv, after);
                plays = count ? *count : -1;
                return count.ok();
            },
            afterOk);
        const bool same = beforeOk && afterOk && sameBytes(before, after);
        std::error_code ec;
        const auto bytes = std::filesystem::file_size(after, ec);
        std::printf("%-4s %lld plays, %.0f MB: before %.2f s (cpu %.2f s), now %.2f s (cpu %.2f s): %.1fx faster "
                    "(cpu), same bytes: %s\n",
                    format, static_cast<long long>(plays), static_cast<double>(bytes) / 1e6, old.wall, old.cpu,
                    now.wall, now.cpu, old.cpu / now.cpu, same ? "yes" : "NO");
        failures += same ? 0 : 1;
        std::filesystem::remove(before, ec);
        std::filesystem::remove(after, ec);
    }
    return failures == 0 ? 0 : 2;
}
