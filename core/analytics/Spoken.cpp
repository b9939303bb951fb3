#include "analytics/Spoken.h"

#include "analytics/PlayScan.h"
#include "ingest/PlayRecord.h"

#include <algorithm>
#include <unordered_map>

namespace tunescope::analytics {
namespace {

struct ShowTally {
    ingest::PlayKind kind = ingest::PlayKind::Podcast;
    std::int64_t plays = 0;
    std::int64_t msPlayed = 0;
    bool finishedKnown = false;
};

struct EpisodeTally {
    std::int64_t creator = 0;
    bool finished = false;
};

// Best first by the metric, then the other measure, then the name: the same order every time.
void rank(std::vector<SpokenEntry>& entries, Metric metric, std::size_t limit)
{
    const auto primary = [metric](const SpokenEntry& e) { return metric == Metric::Plays ? e.plays : e.msPlayed; };
    const auto secondary = [metric](const SpokenEntry& e) { return metric == Metric::Plays ? e.msPlayed : e.plays; };
    std::erase_if(entries, [&](const SpokenEntry& e) { return primary(e) == 0; });
    std::sort(entries.begin(), entries.end(), [&](const SpokenEntry& a, const SpokenEntry& b) {
        if (primary(a) != primary(b)) {
            return primary(a) > primary(b);
        }
        if (secondary(a) != secondary(b)) {
            return secondary(a) > secondary(b);
        }
        return a.name < b.name;
    });
    entries.resize(std::min(entries.size(), limit));
}

} // namespace

Result<SpokenStats> querySpoken(store::Database& db, const Period& period, Metric metric, std::size_t limit)
{
    // `kind <> 1` lets SQLite use the small partial index plays_spoken instead of every play.
    auto rows = db.prepare("SELECT p.kind, i.creator_id, p.item_id, p.ms_played, p.reason_end IS NOT NULL, "
                           "p.reason_end = 'trackdone' FROM plays p JOIN items i ON i.id = p.item_id "
                           "WHERE p.kind <> 1 AND p.started_at >= ? AND p.started_at < ?");
    if (!rows) {
        return rows.error();
    }
    rows->bind(1, period.begin).bind(2, period.end);
    SpokenStats stats;
    std::unordered_map<std::int64_t, ShowTally> shows; // by creator: shows and books
    std::unordered_map<std::int64_t, EpisodeTally> episodes;
    while (rows->step()) {
        const auto kind = static_cast<ingest::PlayKind>(rows->int64(0));
        if (kind != ingest::PlayKind::Podcast && kind != ingest::PlayKind::Audiobook) {
            continue; // videos
        }
        const std::int64_t creator = rows->int64(1);
        const std::int64_t ms = rows->int64(3);
        const bool known = rows->int64(4) != 0;
        auto& show = shows[creator];
        show.kind = kind;
        show.plays += ms >= kPlayThresholdMs ? 1 : 0;
        show.msPlayed += ms;
        show.finishedKnown = show.finishedKnown || known;
        stats.finishedKnown = stats.finishedKnown || known;
        (kind == ingest::PlayKind::Podcast ? stats.podcastMs : stats.audiobookMs) += ms;
        auto& episode = episodes[rows->int64(2)];
        episode.creator = creator;
        episode.finished = episode.finished || (known && rows->int64(5) != 0);
    }
    if (rows->failed()) {
        return rows->error();
    }

    std::unordered_map<std::int64_t, SpokenEntry> entries;
    for (const auto& [creator, show] : shows) {
        entries[creator] = SpokenEntry{{}, show.plays, show.msPlayed, 0, 0, show.finishedKnown};
    }
    for (const auto& [item, episode] : episodes) {
        auto& entry = entries[episode.creator];
        ++entry.episodes;
        entry.episodesFinished += episode.finished ? 1 : 0;
        stats.episodesFinished += episode.finished ? 1 : 0;
    }

    auto names = db.prepare("SELECT name FROM creators WHERE id = ?");
    if (!names) {
        return names.error();
    }
    for (auto& [creator, entry] : entries) {
        names->bind(1, creator);
        entry.name = names->step() ? names->text(0) : std::string();
        names->reset();
        auto& list = shows[creator].kind == ingest::PlayKind::Podcast ? stats.shows : stats.books;
        list.push_back(std::move(entry));
    }
    rank(stats.shows, metric, limit);
    rank(stats.books, metric, limit);
    return stats;
}

} // namespace tunescope::analytics
