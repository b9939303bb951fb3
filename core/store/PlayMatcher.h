#pragma once

#include "ingest/PlayRecord.h"
#include "store/Database.h"

#include <cstdint>
#include <vector>

namespace tunescope::store {

// Tells whether a record is a play the profile already holds. From the same source it must be
// the identical row; from another source (account data vs extended history vs the Web API) the
// same item with end times within 60 s and ms_played within 1 s, and the same URI when both
// rows have one.
class PlayMatcher {
public:
    // Loads the stored plays that could match records starting in [fromStart, toStart].
    static Result<PlayMatcher> load(Database& db, UtcMs fromStart, UtcMs toStart);

    [[nodiscard]] bool isKnown(std::int64_t item, const ingest::PlayRecord& record) const;
    // A record just stored: later rows of the same file that repeat it are duplicates.
    void remember(std::int64_t item, const ingest::PlayRecord& record);

private:
    struct Play {
        std::int64_t item = 0;
        UtcMs endedAt = 0;
        std::int64_t msPlayed = 0;
        std::uint64_t uriHash = 0; // 0: no URI
        ingest::PlaySource source = ingest::PlaySource::AccountData;
        bool operator==(const Play&) const = default;
    };

    static Play keyOf(std::int64_t item, const ingest::PlayRecord& record);
    static std::size_t hashOf(const Play& play);
    [[nodiscard]] bool addedContains(const Play& play) const;
    void growAdded();

    std::vector<Play> stored_; // sorted by item, then end time
    std::vector<Play> added_;  // open-addressing set; item 0 marks an empty slot
    std::size_t addedCount_ = 0;
};

} // namespace tunescope::store
