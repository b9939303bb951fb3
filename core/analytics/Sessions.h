#pragma once

#include "analytics/Period.h"
#include "store/Database.h"
#include "util/Result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tunescope::analytics {

// A gap of more than 30 minutes between one music row's end and the next one's start ends a
// listening session.
inline constexpr std::int64_t kSessionGapMs = 30LL * 60'000;

struct ListeningSession {
    UtcMs start = 0;
    UtcMs end = 0;
    std::size_t rows = 0;
    [[nodiscard]] std::int64_t lengthMs() const { return end - start; }
};

struct SessionStats {
    std::size_t count = 0;
    ListeningSession longest;
    std::int64_t medianMs = 0;           // the typical session
    std::vector<std::int64_t> lengthsMs; // every session, in start order (for a histogram)
};

// Sessions of the period's music rows (every row, skips too: they are listening).
Result<SessionStats> querySessions(store::Database& db, const Period& period);

// Consecutive local days (in the period's zone) with at least one play of 30 s or more.
struct Streak {
    int days = 0;
    CivilDate first;
    CivilDate last;
};

struct StreakStats {
    Streak listening; // any music
    Streak artist;    // one artist every day
    std::string artistName;
};

Result<StreakStats> queryStreaks(store::Database& db, const Period& period);

} // namespace tunescope::analytics
