#include "analytics/Sessions.h"

#include "analytics/PlayScan.h"

#include <algorithm>
#include <unordered_map>

namespace tunescope::analytics {
namespace {

// Tracks the longest run of consecutive days fed in ascending order (repeats of a day ignored).
class RunOfDays {
public:
    void add(std::int64_t day)
    {
        if (length_ > 0 && day == last_) {
            return;
        }
        length_ = (length_ > 0 && day == last_ + 1) ? length_ + 1 : 1;
        first_ = length_ == 1 ? day : first_;
        last_ = day;
        if (length_ > best_.days) {
            best_ = Streak{length_, civilFromDays(first_), civilFromDays(last_)};
        }
    }
    [[nodiscard]] const Streak& best() const { return best_; }

private:
    int length_ = 0;
    std::int64_t first_ = 0;
    std::int64_t last_ = 0;
    Streak best_;
};

Result<std::string> creatorName(store::Database& db, std::int32_t creator)
{
    auto stmt = db.prepare("SELECT name FROM creators WHERE id = ?");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, static_cast<std::int64_t>(creator));
    return stmt->step() ? stmt->text(0) : std::string();
}

} // namespace

Result<SessionStats> querySessions(store::Database& db, const Period& period)
{
    auto plays = scanMusicPlays(db, period);
    if (!plays) {
        return plays.error();
    }
    SessionStats stats;
    std::vector<ListeningSession> sessions;
    for (std::size_t i = 0; i < plays->size(); ++i) {
        const UtcMs start = plays->startedAt[i];
        const UtcMs end = start + plays->msPlayed[i];
        if (sessions.empty() || start - sessions.back().end > kSessionGapMs) {
            sessions.push_back(ListeningSession{start, end, 1});
        } else {
            auto& current = sessions.back();
            current.end = std::max(current.end, end);
            ++current.rows;
        }
    }
    stats.count = sessions.size();
    stats.lengthsMs.reserve(sessions.size());
    for (const auto& s : sessions) {
        stats.lengthsMs.push_back(s.lengthMs());
        if (s.lengthMs() > stats.longest.lengthMs()) {
            stats.longest = s;
        }
    }
    if (!stats.lengthsMs.empty()) {
        std::vector<std::int64_t> sorted = stats.lengthsMs;
        const auto middle = sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2);
        std::nth_element(sorted.begin(), middle, sorted.end());
        stats.medianMs = *middle;
    }
    return stats;
}

Result<StreakStats> queryStreaks(store::Database& db, const Period& period)
{
    auto plays = scanMusicPlays(db, period);
    if (!plays) {
        return plays.error();
    }
    auto items = loadItemIndex(db);
    if (!items) {
        return items.error();
    }
    RunOfDays listening;
    std::unordered_map<std::int32_t, RunOfDays> artists;
    for (std::size_t i = 0; i < plays->size(); ++i) {
        if (plays->msPlayed[i] < kPlayThresholdMs) {
            continue;
        }
        const std::int64_t day = floorDiv(plays->localStart[i], kMsPerDay);
        listening.add(day);
        const auto item = static_cast<std::size_t>(plays->item[i]);
        if (item < items->creatorOf.size()) {
            artists[items->creatorOf[item]].add(day);
        }
    }
    StreakStats stats;
    stats.listening = listening.best();
    std::int32_t bestArtist = 0;
    for (const auto& [creator, run] : artists) {
        const auto& streak = run.best();
        // Longest wins; on a tie the earlier streak, then the smaller id: the same answer every time.
        if (streak.days > stats.artist.days ||
            (streak.days == stats.artist.days && streak.days > 0 &&
             (streak.first < stats.artist.first || (streak.first == stats.artist.first && creator < bestArtist)))) {
            stats.artist = streak;
            bestArtist = creator;
        }
    }
    if (stats.artist.days > 0) {
        auto name = creatorName(db, bestArtist);
        if (!name) {
            return name.error();
        }
        stats.artistName = *name;
    }
    return stats;
}

} // namespace tunescope::analytics
