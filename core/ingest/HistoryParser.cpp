#include "ingest/HistoryParser.h"

#include "ingest/JsonScanner.h"
#include "util/Text.h"

#include <array>
#include <cstdint>
#include <vector>

namespace tunescope::ingest {
namespace {

enum class Field : std::uint8_t {
    Unknown,
    Ts,
    EndTime,
    MsPlayed,     // ms_played
    MsPlayedAcct, // msPlayed
    Platform,
    Country,
    TrackName,   // master_metadata_track_name
    AlbumArtist, // master_metadata_album_artist_name
    AlbumName,   // master_metadata_album_album_name
    TrackUri,
    EpisodeName, // episode_name
    ShowName,    // episode_show_name
    EpisodeUri,
    BookTitle, // audiobook_title
    BookUri,
    ChapterUri,
    ChapterTitle, // audiobook_chapter_title
    ReasonStart,
    ReasonEnd,
    Shuffle,
    Skipped,
    Offline,
    OfflineTimestamp,
    Incognito,
    ArtistNameAcct,  // artistName
    TrackNameAcct,   // trackName
    PodcastName,     // podcastName
    EpisodeNameAcct, // episodeName
    BookNameAcct,    // audiobookName / audiobookTitle
    ChapterAcct,     // chapterName / chapterTitle
    Username,
    IpDecrypted,
    IpAddr,
    UserAgent,
    Count
};

struct FieldName {
    std::string_view name;
    Field field;
};

constexpr std::array kFields = {
    FieldName{"ts", Field::Ts},
    FieldName{"endTime", Field::EndTime},
    FieldName{"ms_played", Field::MsPlayed},
    FieldName{"msPlayed", Field::MsPlayedAcct},
    FieldName{"platform", Field::Platform},
    FieldName{"conn_country", Field::Country},
    FieldName{"master_metadata_track_name", Field::TrackName},
    FieldName{"master_metadata_album_artist_name", Field::AlbumArtist},
    FieldName{"master_metadata_album_album_name", Field::AlbumName},
    FieldName{"spotify_track_uri", Field::TrackUri},
    FieldName{"episode_name", Field::EpisodeName},
    FieldName{"episode_show_name", Field::ShowName},
    FieldName{"spotify_episode_uri", Field::EpisodeUri},
    FieldName{"audiobook_title", Field::BookTitle},
    FieldName{"audiobook_uri", Field::BookUri},
    FieldName{"audiobook_chapter_uri", Field::ChapterUri},
    FieldName{"audiobook_chapter_title", Field::ChapterTitle},
    FieldName{"reason_start", Field::ReasonStart},
    FieldName{"reason_end", Field::ReasonEnd},
    FieldName{"shuffle", Field::Shuffle},
    FieldName{"skipped", Field::Skipped},
    FieldName{"offline", Field::Offline},
    FieldName{"offline_timestamp", Field::OfflineTimestamp},
    FieldName{"incognito_mode", Field::Incognito},
    FieldName{"artistName", Field::ArtistNameAcct},
    FieldName{"trackName", Field::TrackNameAcct},
    FieldName{"podcastName", Field::PodcastName},
    FieldName{"episodeName", Field::EpisodeNameAcct},
    FieldName{"audiobookName", Field::BookNameAcct},
    FieldName{"audiobookTitle", Field::BookNameAcct},
    FieldName{"chapterName", Field::ChapterAcct},
    FieldName{"chapterTitle", Field::ChapterAcct},
    FieldName{"username", Field::Username},
    FieldName{"ip_addr_decrypted", Field::IpDecrypted},
    FieldName{"ip_addr", Field::IpAddr},
    FieldName{"user_agent_decrypted", Field::UserAgent},
};

constexpr std::size_t kLongestKey = 40;

// Keys bucketed by length and first letter: a key costs one or two string compares.
class FieldTable {
public:
    FieldTable()
    {
        for (const auto& f : kFields) {
            auto& bucket = buckets_[f.name.size()][static_cast<unsigned char>(f.name[0]) & 0x3Fu];
            bucket.push_back(f);
        }
    }
    [[nodiscard]] Field find(std::string_view key) const
    {
        if (key.empty() || key.size() > kLongestKey) {
            return Field::Unknown;
        }
        for (const auto& f : buckets_[key.size()][static_cast<unsigned char>(key[0]) & 0x3Fu]) {
            if (f.name == key) {
                return f.field;
            }
        }
        return Field::Unknown;
    }

private:
    std::array<std::array<std::vector<FieldName>, 64>, kLongestKey + 1> buckets_;
};

Field fieldFor(std::string_view key)
{
    static const FieldTable table;
    return table.find(key);
}

using FieldSet = std::uint64_t;

constexpr FieldSet bit(Field f)
{
    return FieldSet{1} << static_cast<unsigned>(f);
}

// The text fields of one entry. Views point into the input or into the per-field scratch
// strings, which live as long as the row.
struct RawRow {
    std::array<std::string_view, static_cast<size_t>(Field::Count)> text{};
    std::array<std::string, static_cast<size_t>(Field::Count)> scratch{};
    std::array<JsonScanner::ValueKind, static_cast<size_t>(Field::Count)> kind{};
    FieldSet present = 0;

    void clear() { present = 0; }
    [[nodiscard]] bool has(Field f) const { return (present & bit(f)) != 0; }
    [[nodiscard]] std::string_view str(Field f) const
    {
        const auto i = static_cast<size_t>(f);
        return has(f) && kind[i] == JsonScanner::ValueKind::String ? text[i] : std::string_view();
    }
    [[nodiscard]] Flag flag(Field f) const
    {
        if (!has(f)) {
            return Flag::Unknown;
        }
        switch (kind[static_cast<size_t>(f)]) {
        case JsonScanner::ValueKind::True: return Flag::Yes;
        case JsonScanner::ValueKind::False: return Flag::No;
        default: return Flag::Unknown;
        }
    }
    [[nodiscard]] std::optional<std::int64_t> integer(Field f) const
    {
        const auto i = static_cast<size_t>(f);
        if (!has(f) || kind[i] != JsonScanner::ValueKind::Number) {
            return std::nullopt;
        }
        return jsonInteger(text[i]);
    }
};

HistoryShape detectShape(FieldSet keys)
{
    if ((keys & bit(Field::Ts)) != 0) {
        if ((keys & (bit(Field::Username) | bit(Field::IpDecrypted) | bit(Field::UserAgent))) != 0) {
            return HistoryShape::Extended2021;
        }
        if ((keys & (bit(Field::IpAddr) | bit(Field::BookTitle) | bit(Field::BookUri) | bit(Field::ChapterUri) |
                     bit(Field::ChapterTitle))) != 0) {
            return HistoryShape::Extended2024;
        }
        return HistoryShape::Extended2020;
    }
    if ((keys & bit(Field::EndTime)) != 0) {
        if ((keys & (bit(Field::PodcastName) | bit(Field::EpisodeNameAcct))) != 0) {
            return HistoryShape::AccountPodcast;
        }
        if ((keys & (bit(Field::BookNameAcct) | bit(Field::ChapterAcct))) != 0) {
            return HistoryShape::AccountAudiobook;
        }
        return HistoryShape::AccountMusic;
    }
    return HistoryShape::Empty; // not history
}

bool isExtended(HistoryShape shape)
{
    return shape == HistoryShape::Extended2020 || shape == HistoryShape::Extended2021 ||
           shape == HistoryShape::Extended2024;
}

// No stream lasts a week; beyond it ms_played is broken, and a few such rows would overflow every
// total of listening time.
constexpr std::int64_t kLongestPlayMs = 7LL * 24 * 3600 * 1000;

std::string nameOr(std::string_view value, std::string_view fallback)
{
    return text::toNfc(value.empty() ? fallback : value);
}

// Turns one entry into a record, or returns the reason it is skipped.
std::optional<std::string> convertRow(const RawRow& row, HistoryShape shape, PlayRecord& out)
{
    const bool extended = isExtended(shape);
    std::optional<UtcMs> ended;
    if (extended) {
        if (!row.has(Field::Ts)) {
            return "missing timestamp";
        }
        ended = parseIsoTimestamp(row.str(Field::Ts));
    } else {
        if (!row.has(Field::EndTime)) {
            return "missing timestamp";
        }
        ended = parseMinuteTimestamp(row.str(Field::EndTime));
    }
    if (!ended) {
        return "unreadable timestamp";
    }
    const Field msField = extended ? Field::MsPlayed : Field::MsPlayedAcct;
    if (!row.has(msField)) {
        return "missing ms_played";
    }
    const auto ms = row.integer(msField);
    if (!ms || *ms < 0) {
        return "invalid ms_played";
    }
    if (*ms > kLongestPlayMs) {
        return "ms_played longer than a week";
    }

    out = PlayRecord{};
    out.endedAt = *ended;
    out.msPlayed = *ms;
    if (extended) {
        out.source = PlaySource::ExtendedHistory;
        const auto track = row.str(Field::TrackName);
        const auto episode = row.str(Field::EpisodeName);
        const auto episodeUri = row.str(Field::EpisodeUri);
        const auto chapter = row.str(Field::ChapterTitle);
        const auto book = row.str(Field::BookTitle);
        if (!track.empty()) {
            out.kind = PlayKind::Music;
            out.creator = nameOr(row.str(Field::AlbumArtist), "Unknown artist");
            out.title = text::toNfc(track);
            out.album = text::toNfc(row.str(Field::AlbumName));
            out.uri = row.str(Field::TrackUri);
        } else if (!episode.empty() || !episodeUri.empty()) {
            out.kind = PlayKind::Podcast;
            out.creator = nameOr(row.str(Field::ShowName), "Unknown show");
            out.title = nameOr(episode, episodeUri);
            out.uri = episodeUri;
        } else if (!chapter.empty() || !book.empty()) {
            out.kind = PlayKind::Audiobook;
            out.creator = nameOr(book, "Unknown audiobook");
            out.title = nameOr(chapter, book);
            out.uri = row.str(Field::ChapterUri).empty() ? row.str(Field::BookUri) : row.str(Field::ChapterUri);
        } else {
            return "no track, episode or audiobook metadata";
        }
        out.platform = row.str(Field::Platform);
        out.country = row.str(Field::Country);
        out.reasonStart = row.str(Field::ReasonStart);
        out.reasonEnd = row.str(Field::ReasonEnd);
        out.shuffle = row.flag(Field::Shuffle);
        out.skipped = row.flag(Field::Skipped);
        out.offline = row.flag(Field::Offline);
        out.incognito = row.flag(Field::Incognito);
        if (const auto offlineAt = row.integer(Field::OfflineTimestamp); offlineAt && *offlineAt > 0) {
            // Older exports write milliseconds, newer ones seconds.
            out.offlineAt = *offlineAt < 100'000'000'000LL ? *offlineAt * 1000 : *offlineAt;
        }
        return std::nullopt;
    }

    out.source = PlaySource::AccountData;
    const auto artist = row.str(Field::ArtistNameAcct);
    const auto track = row.str(Field::TrackNameAcct);
    const auto show = row.str(Field::PodcastName);
    const auto episode = row.str(Field::EpisodeNameAcct);
    const auto book = row.str(Field::BookNameAcct);
    const auto chapter = row.str(Field::ChapterAcct);
    if (!track.empty() || !artist.empty()) {
        out.kind = PlayKind::Music;
        out.creator = nameOr(artist, "Unknown artist");
        out.title = nameOr(track, "Unknown track");
    } else if (!show.empty() || !episode.empty()) {
        out.kind = PlayKind::Podcast;
        out.creator = nameOr(show, "Unknown show");
        out.title = nameOr(episode, "Unknown episode");
    } else if (!book.empty() || !chapter.empty()) {
        out.kind = PlayKind::Audiobook;
        out.creator = nameOr(book, "Unknown audiobook");
        out.title = nameOr(chapter, book);
    } else {
        return "no track, episode or audiobook metadata";
    }
    return std::nullopt;
}

std::string_view stripBom(std::string_view bytes)
{
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    return bytes.substr(0, 3) == bom ? bytes.substr(3) : bytes;
}

// The encoding a byte-order mark other than UTF-8's names: an export an editor saved again.
std::string_view otherEncoding(std::string_view bytes)
{
    using namespace std::string_view_literals;
    if (bytes.starts_with("\xFF\xFE\0\0"sv) || bytes.starts_with("\0\0\xFE\xFF"sv)) {
        return "UTF-32";
    }
    if (bytes.starts_with("\xFF\xFE"sv) || bytes.starts_with("\xFE\xFF"sv)) {
        return "UTF-16";
    }
    return {};
}

// " at byte N (entry M)": where a fault is, counted in the file as it is on disk.
std::string place(std::size_t offset, std::size_t entry)
{
    return " at byte " + std::to_string(offset) + (entry > 0 ? " (entry " + std::to_string(entry) + ")" : "");
}

Error notHistory(const std::string& why, std::size_t offset, std::size_t entry)
{
    return makeError(ErrorCode::Unsupported, "not a Spotify streaming-history file: " + why + place(offset, entry));
}

// Longer than any name, URI or number in an export: a broken or hostile file, whose value we
// would otherwise store and show.
constexpr std::size_t kLongestValue = std::size_t{16} << 10;

} // namespace

std::string_view shapeName(HistoryShape shape)
{
    switch (shape) {
    case HistoryShape::Empty: return "empty";
    case HistoryShape::AccountMusic: return "account data (music)";
    case HistoryShape::AccountPodcast: return "account data (podcasts)";
    case HistoryShape::AccountAudiobook: return "account data (audiobooks)";
    case HistoryShape::Extended2020: return "extended history (2020)";
    case HistoryShape::Extended2021: return "extended history (2021-2023)";
    case HistoryShape::Extended2024: return "extended history (2024+)";
    }
    return "unknown";
}

bool looksLikeHistory(std::string_view bytes)
{
    const auto body = stripBom(bytes);
    JsonScanner scanner(body.substr(0, 4096));
    try {
        if (!scanner.tryConsume('[')) {
            return false;
        }
        if (scanner.tryConsume(']')) {
            return true;
        }
        if (!scanner.tryConsume('{')) {
            return false;
        }
        std::string scratch;
        const auto key = scanner.readString(scratch);
        return fieldFor(key) != Field::Unknown;
    } catch (const JsonSyntaxError&) {
        return false;
    }
}

Result<ParsedHistory> parseHistory(std::string_view bytes)
{
    if (const auto encoding = otherEncoding(bytes); !encoding.empty()) {
        return makeError(ErrorCode::Unsupported, "the file is " + std::string(encoding) +
                                                     " text (a byte-order mark at byte 0); Spotify's exports are "
                                                     "UTF-8: save it as UTF-8");
    }
    const auto body = stripBom(bytes);
    const std::size_t bomLength = bytes.size() - body.size();
    ParsedHistory parsed;
    JsonScanner scanner(body);
    std::size_t entry = 0;
    try {
        const char first = scanner.peek();
        if (first == '\0' && scanner.atEnd()) {
            return makeError(ErrorCode::Corrupt,
                             body.empty() ? "the file is empty" : "the file holds nothing but white space");
        }
        if (first == '{') {
            return notHistory("it holds a JSON object, not a list of plays", scanner.offset() + bomLength, 0);
        }
        if (first != '[') {
            return notHistory("it is not a JSON list", scanner.offset() + bomLength, 0);
        }
        scanner.expect('[', "'['");
        if (scanner.tryConsume(']')) {
            if (!scanner.atEnd()) {
                scanner.fail("unexpected data after the end of the list");
            }
            return parsed;
        }
        // Rows take 150 (account data) to 800 bytes (extended, pretty-printed): a fair first guess.
        parsed.records.reserve(body.size() / 400);
        RawRow row;
        PlayRecord record;
        std::string keyScratch;
        while (true) {
            ++entry;
            const char opening = scanner.peek();
            const std::size_t entryStart = scanner.offset() + bomLength;
            if (entry == 1 && opening != '{' && !scanner.atEnd()) {
                return notHistory("its entries are not objects", entryStart, entry);
            }
            scanner.expect('{', "an object for the entry");
            row.clear();
            if (!scanner.tryConsume('}')) {
                while (true) {
                    const auto key = scanner.readString(keyScratch);
                    const Field field = fieldFor(key);
                    scanner.expect(':', "':' after a key");
                    scanner.peek();
                    const std::size_t valueStart = scanner.offset();
                    const auto i = static_cast<size_t>(field);
                    const auto value = scanner.readValue(row.scratch[i]);
                    if (field != Field::Unknown) {
                        if (value.text.size() > kLongestValue) {
                            throw JsonSyntaxError{valueStart, "\"" + std::string(key) + "\" is " +
                                                                  std::to_string(value.text.size() >> 10) +
                                                                  " KiB long, longer than any value of an export"};
                        }
                        row.present |= bit(field);
                        row.kind[i] = value.kind;
                        row.text[i] = value.text;
                    }
                    if (scanner.tryConsume('}')) {
                        break;
                    }
                    scanner.expect(',', "',' or '}' in an entry");
                }
            }
            if (entry == 1) {
                parsed.shape = detectShape(row.present);
                if (parsed.shape == HistoryShape::Empty) {
                    return notHistory("its first entry has neither \"ts\" nor \"endTime\"", entryStart, entry);
                }
            }
            ++parsed.rowsRead;
            if (auto reason = convertRow(row, parsed.shape, record)) {
                ++parsed.skipped[*reason];
            } else {
                parsed.records.push_back(std::move(record));
            }
            if (scanner.tryConsume(',')) {
                continue;
            }
            scanner.expect(']', "',' or ']' after an entry");
            break;
        }
        if (!scanner.atEnd()) {
            scanner.fail("unexpected data after the end of the list");
        }
    } catch (const JsonSyntaxError& e) {
        return makeError(ErrorCode::Corrupt, e.message + " at byte " + std::to_string(e.offset + bomLength) +
                                                 " (entry " + std::to_string(entry) + ")");
    }
    return parsed;
}

} // namespace tunescope::ingest
