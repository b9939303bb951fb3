#pragma once

#include "analytics/Overview.h"
#include "analytics/Period.h"
#include "ingest/PlayRecord.h"
#include "store/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tunescope::analytics {

// Which plays the History table lists.
struct HistoryFilter {
    Period period;
    std::string search;                    // matched against artist, title and album (case-insensitive)
    std::optional<ingest::PlayKind> kind;  // all kinds when empty
    std::optional<bool> skipped;           // skipped = under 30 s, or the export says so
    std::optional<std::int64_t> creatorId; // drill-down to one artist (or show)
    std::optional<std::int64_t> itemId;    // drill-down to one track (or episode)
};

enum class HistoryColumn { StartedAt, Creator, Title, Album, MsPlayed, Kind, Platform };

struct HistoryRow {
    std::int64_t playId = 0;
    UtcMs startedAt = 0;
    std::int64_t msPlayed = 0;
    ingest::PlayKind kind = ingest::PlayKind::Music;
    std::int64_t creatorId = 0;
    std::int64_t itemId = 0;
    std::int64_t albumId = 0; // 0 when the export names no album
    std::string creator;
    std::string title;
    std::string album;
    std::string platform;
    bool skipped = false;
};

// The ids of every matching play in display order. A million ids are 8 MB: the table keeps
// them and fetches the rows it shows a page at a time with fetchHistoryRows.
Result<std::vector<std::int64_t>> queryHistoryIds(store::Database& db, const HistoryFilter& filter,
                                                  HistoryColumn sortBy, bool descending);
Result<std::vector<HistoryRow>> fetchHistoryRows(store::Database& db, const std::vector<std::int64_t>& ids);

// One artist's or track's listening: totals, first and last play, monthly timeline.
struct Subject {
    enum class Kind { Creator, Item, Album } kind = Kind::Creator;
    std::int64_t id = 0;
};

struct SubjectDetails {
    std::string name;
    std::string creator; // for items and albums
    std::int64_t plays = 0;
    std::int64_t msPlayed = 0;
    std::optional<UtcMs> firstPlay;
    std::optional<UtcMs> lastPlay;
    std::vector<TimelinePoint> timeline;
    std::vector<std::string> genres; // of the artist (of the track's or album's artist), as shown
};

Result<SubjectDetails> querySubjectDetails(store::Database& db, const Subject& subject, const Period& period);

} // namespace tunescope::analytics
