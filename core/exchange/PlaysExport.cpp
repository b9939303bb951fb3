#include "exchange/PlaysExport.h"

#include "exchange/Csv.h"
#include "exchange/JsonText.h"
#include "exchange/ReplaceFile.h"
#include "ingest/ImportReport.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <string>

namespace tunescope::exchange {

namespace {

// What a cancelled export leaves: nothing new, and a file that was already there as it was.
Error exportCancelled(const std::filesystem::path& out)
{
    std::error_code ec;
    const bool kept = std::filesystem::exists(out, ec);
    return makeError(ErrorCode::Cancelled, "Export to " + out.string() + " cancelled; " +
                                               (kept ? "the file there was left as it was." : "no file written."));
}

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

// One JSON object, written key by key into `out` as nlohmann::json's dump() writes it (no spaces).
class JsonObjectWriter {
public:
    explicit JsonObjectWriter(std::string& out) : out_(out) {}
    JsonObjectWriter(const JsonObjectWriter&) = delete;
    JsonObjectWriter& operator=(const JsonObjectWriter&) = delete;
    ~JsonObjectWriter()
    {
        if (first_) {
            out_.push_back('{');
        }
        out_.push_back('}');
    }

    void null(std::string_view key)
    {
        this->key(key);
        out_.append("null");
    }
    void text(std::string_view key, std::string_view value)
    {
        this->key(key);
        appendJsonString(out_, value);
    }
    void number(std::string_view key, std::int64_t value)
    {
        this->key(key);
        std::array<char, 24> digits{};
        const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
        out_.append(digits.data(), static_cast<std::size_t>(end - digits.data()));
    }
    // The column's text, or null when the column is NULL or `when` is false.
    void text(std::string_view key, const store::Statement& row, int column, bool when = true)
    {
        if (!when || row.isNull(column)) {
            null(key);
        } else {
            text(key, row.textView(column));
        }
    }
    void flag(std::string_view key, const store::Statement& row, int column)
    {
        if (row.isNull(column)) {
            null(key);
        } else {
            this->key(key);
            out_.append(row.int64(column) != 0 ? "true" : "false");
        }
    }
    void number(std::string_view key, const store::Statement& row, int column)
    {
        if (row.isNull(column)) {
            null(key);
        } else {
            number(key, row.int64(column));
        }
    }

private:
    void key(std::string_view name)
    {
        out_.push_back(first_ ? '{' : ',');
        first_ = false;
        appendJsonString(out_, name);
        out_.push_back(':');
    }

    std::string& out_;
    bool first_ = true;
};

// One play as an entry of Spotify's extended streaming history (the 2024 shape, without the
// ip_addr key): the importer turns it back into the same play.
void appendHistoryEntry(std::string& out, const store::Statement& row)
{
    const auto kind = static_cast<ingest::PlayKind>(row.int64(Kind));
    const bool music = kind == ingest::PlayKind::Music;
    const bool book = kind == ingest::PlayKind::Audiobook;
    const bool episode = !music && !book; // podcasts and videos
    JsonObjectWriter entry(out);
    entry.text("ts", isoWithMillis(row.int64(EndedAt)));
    entry.text("platform", row, Platform);
    entry.number("ms_played", row.int64(MsPlayed));
    entry.text("conn_country", row, Country);
    entry.text("master_metadata_track_name", row, Title, music);
    entry.text("master_metadata_album_artist_name", row, Creator, music);
    entry.text("master_metadata_album_album_name", row, Album, music);
    entry.text("spotify_track_uri", row, Uri, music);
    entry.text("episode_name", row, Title, episode);
    entry.text("episode_show_name", row, Creator, episode);
    entry.text("spotify_episode_uri", row, Uri, episode);
    entry.text("audiobook_title", row, Creator, book);
    entry.null("audiobook_uri");
    entry.text("audiobook_chapter_uri", row, Uri, book);
    entry.text("audiobook_chapter_title", row, Title, book);
    entry.text("reason_start", row, ReasonStart);
    entry.text("reason_end", row, ReasonEnd);
    entry.flag("shuffle", row, Shuffle);
    entry.flag("skipped", row, Skipped);
    entry.flag("offline", row, Offline);
    entry.number("offline_timestamp", row, OfflineAt);
    entry.flag("incognito_mode", row, Incognito);
}

std::string_view flagText(const store::Statement& row, int column)
{
    if (row.isNull(column)) {
        return {};
    }
    return row.int64(column) != 0 ? "true" : "false";
}

constexpr std::string_view kCsvHeader = "ended_at,started_at,ms_played,kind,creator,title,album,spotify_uri,platform,"
                                        "country,reason_start,reason_end,shuffle,skipped,offline,incognito\r\n";

void appendCsvLine(std::string& out, const store::Statement& row)
{
    const auto ended = row.int64(EndedAt);
    const auto ms = row.int64(MsPlayed);
    appendCsvField(out, isoWithMillis(ended));
    out.push_back(',');
    appendCsvField(out, isoWithMillis(ended - ms));
    out.push_back(',');
    appendCsvField(out, std::to_string(ms));
    out.push_back(',');
    appendCsvField(out, ingest::kindName(static_cast<ingest::PlayKind>(row.int64(Kind))));
    for (const int column : {Creator, Title, Album, Uri, Platform, Country, ReasonStart, ReasonEnd}) {
        out.push_back(',');
        appendCsvField(out, row.isNull(column) ? std::string_view() : row.textView(column));
    }
    for (const int column : {Shuffle, Skipped, Offline, Incognito}) {
        out.push_back(',');
        appendCsvField(out, flagText(row, column));
    }
    out.append("\r\n");
}

constexpr std::string_view kCountPlays = R"sql(
SELECT COUNT(*) FROM plays p
WHERE p.started_at >= ?1 AND p.started_at < ?2 AND (?3 IS NULL OR p.kind = ?3))sql";

void bindSelection(store::Statement& stmt, const PlaysSelection& selection)
{
    stmt.bind(1, selection.period.begin).bind(2, selection.period.end);
    if (selection.kind) {
        stmt.bind(3, static_cast<std::int64_t>(*selection.kind));
    } else {
        stmt.bindNull(3);
    }
}

// How many plays the selection holds (for progress only: 0 when nobody follows it).
Result<std::int64_t> countPlays(store::Database& db, const PlaysSelection& selection, const ExportControl& control)
{
    if (!control.onProgress) {
        return std::int64_t{0};
    }
    auto stmt = db.prepare(kCountPlays);
    if (!stmt) {
        return stmt.error();
    }
    bindSelection(*stmt, selection);
    if (!stmt->step()) {
        return stmt->failed() ? stmt->error() : makeError(ErrorCode::Database, "Counting the plays gave no answer.");
    }
    return stmt->int64(0);
}

constexpr std::int64_t kRowsPerReport = 4096;
constexpr std::size_t kBufferBytes = std::size_t{1} << 16U;

} // namespace

Result<std::int64_t> exportPlays(store::Database& db, const PlaysSelection& selection, PlaysFormat format,
                                 const std::filesystem::path& out, const ExportControl& control)
{
    const auto total = countPlays(db, selection, control);
    if (!total) {
        return total.error();
    }
    auto stmt = db.prepare(kSelectPlays);
    if (!stmt) {
        return stmt.error();
    }
    bindSelection(*stmt, selection);
    std::int64_t count = 0;
    const auto report = [&] {
        if (control.onProgress) {
            control.onProgress(count, *total);
        }
    };
    auto written = writeFileReplacing(out, [&](std::ostream& file) -> Status {
        std::string buffer(format == PlaysFormat::Json ? std::string_view("[") : kCsvHeader);
        buffer.reserve(kBufferBytes + 4096);
        while (stmt->step()) {
            if (format == PlaysFormat::Json) {
                buffer.append(count == 0 ? "\n  " : ",\n  ");
                appendHistoryEntry(buffer, *stmt);
            } else {
                appendCsvLine(buffer, *stmt);
            }
            ++count;
            if (buffer.size() >= kBufferBytes) {
                file.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
                buffer.clear();
            }
            if (count % kRowsPerReport == 0) {
                if (control.stop.stop_requested()) {
                    return exportCancelled(out);
                }
                report();
            }
        }
        if (stmt->failed()) {
            return stmt->error();
        }
        if (control.stop.stop_requested()) {
            return exportCancelled(out);
        }
        if (format == PlaysFormat::Json) {
            buffer.append(count == 0 ? "]\n" : "\n]\n");
        }
        file.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        return {};
    });
    if (!written) {
        return written.error();
    }
    report();
    return count;
}

} // namespace tunescope::exchange
