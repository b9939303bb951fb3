#pragma once

#include "util/CivilTime.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tunescope::ingest {

enum class PlayKind : std::uint8_t { Music = 1, Podcast = 2, Audiobook = 3, Video = 4 };
enum class PlaySource : std::uint8_t { AccountData = 1, ExtendedHistory = 2, RecentlyPlayedApi = 3 };

// A tri-state flag from the export (true, false, or not stated).
enum class Flag : std::int8_t { Unknown = -1, No = 0, Yes = 1 };

// One row of listening as read from an export, before it meets the database. Names are NFC.
// IP addresses, user agents and user names are never read into this struct.
struct PlayRecord {
    UtcMs endedAt = 0; // the END of playback, UTC
    std::int64_t msPlayed = 0;
    PlayKind kind = PlayKind::Music;
    PlaySource source = PlaySource::ExtendedHistory;
    std::string creator; // artist, podcast show or audiobook
    std::string title;   // track, episode or chapter
    std::string album;   // music only; empty when unknown
    std::string uri;     // spotify:track:..., spotify:episode:...; empty when unknown
    std::string platform;
    std::string country;
    std::string reasonStart;
    std::string reasonEnd;
    Flag shuffle = Flag::Unknown;
    Flag skipped = Flag::Unknown;
    Flag offline = Flag::Unknown;
    Flag incognito = Flag::Unknown;
    std::optional<UtcMs> offlineAt;

    [[nodiscard]] UtcMs startedAt() const { return endedAt - msPlayed; }
};

} // namespace tunescope::ingest
