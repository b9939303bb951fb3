#pragma once

#include "ingest/PlayRecord.h"
#include "store/Database.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tunescope::store {

// Tells whether a record is a play the profile already holds. From the same source it must be
// the identical row; between the two exports (account data, extended history) the same item with
// end times within 60 s and ms_played within 1 s, and the same URI when both rows have one.
// A Web API play (recently played: a moment, `played_at`, and no real ms_played) is the same
// play as an export row of the same item whose playback, widened by 60 s each side, contains
// that moment.
class PlayMatcher {
public:
    // Loads the stored plays that could match records starting in [fromStart, toStart].
    static Result<PlayMatcher> load(Database& db, UtcMs fromStart, UtcMs toStart);

    struct Match {
        std::int64_t playId = 0; // 0: a row added earlier in this write
        ingest::PlaySource source = ingest::PlaySource::AccountData;
    };
    [[nodiscard]] std::optional<Match> find(std::int64_t item, const ingest::PlayRecord& record) const;
    [[nodiscard]] bool isKnown(std::int64_t item, const ingest::PlayRecord& record) const
    {
        return find(item, record).has_value();
    }
    // A record just stored: later rows of the same file that repeat it are duplicates.
    void remember(std::int64_t item, const ingest::PlayRecord& record);
    // A stored Web API play was replaced by the export's row for it: it matches nothing more.
    void retire(std::int64_t playId);

private:
    struct Play {
        std::int64_t item = 0;
        UtcMs endedAt = 0;
        std::int64_t msPlayed = 0;
        std::uint64_t uriHash = 0; // 0: no URI
        ingest::PlaySource source = ingest::PlaySource::AccountData;
        std::int64_t id = 0; // stored rows only; not part of the identity
        bool retired = false;
        [[nodiscard]] bool sameRow(const Play& other) const
        {
            return item == other.item && endedAt == other.endedAt && msPlayed == other.msPlayed &&
                   uriHash == other.uriHash && source == other.source;
        }
    };
    static bool samePlay(const Play& stored, const Play& incoming);

    static Play keyOf(std::int64_t item, const ingest::PlayRecord& record);
    static std::size_t hashOf(const Play& play);
    [[nodiscard]] bool addedContains(const Play& play) const;
    void growAdded();

    std::vector<Play> stored_; // sorted by item, then end time
    std::vector<Play> added_;  // open-addressing set; item 0 marks an empty slot
    std::size_t addedCount_ = 0;
};

} // namespace tunescope::store
