#include "store/PlayMatcher.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <string_view>

namespace tunescope::store {
namespace {

constexpr std::int64_t kEndToleranceMs = 60'000;
constexpr std::int64_t kDurationToleranceMs = 1'000;
// The longest export row a Web API play is looked for in (a long track or a mix).
constexpr std::int64_t kLongestPlayMs = std::int64_t{3} * 3'600'000;

bool fromApi(ingest::PlaySource source)
{
    return source == ingest::PlaySource::RecentlyPlayedApi;
}

std::uint64_t uriHash(std::string_view uri)
{
    return uri.empty() ? 0 : (std::hash<std::string_view>{}(uri) | 1U);
}

} // namespace

PlayMatcher::Play PlayMatcher::keyOf(std::int64_t item, const ingest::PlayRecord& record)
{
    return Play{item, record.endedAt, record.msPlayed, uriHash(record.uri), record.source, 0, false};
}

std::size_t PlayMatcher::hashOf(const Play& play)
{
    std::uint64_t h = static_cast<std::uint64_t>(play.item) * 0x9E3779B97F4A7C15ULL;
    h ^= static_cast<std::uint64_t>(play.endedAt) + 0x7F4A7C15ULL + (h << 6) + (h >> 2);
    h ^= static_cast<std::uint64_t>(play.msPlayed) * 0xFF51AFD7ED558CCDULL;
    h ^= play.uriHash;
    return static_cast<std::size_t>(h ^ (h >> 29));
}

Result<PlayMatcher> PlayMatcher::load(Database& db, UtcMs fromStart, UtcMs toStart)
{
    auto stmt = db.prepare("SELECT item_id, ended_at, ms_played, source, COALESCE(spotify_uri, ''), id FROM plays "
                           "WHERE started_at BETWEEN ? AND ?");
    if (!stmt) {
        return stmt.error();
    }
    // Two matching export rows start within the end and duration tolerances of each other; a
    // Web API play and its export row within the longest play plus the end tolerance.
    const std::int64_t margin = kLongestPlayMs + kEndToleranceMs + kDurationToleranceMs;
    stmt->bind(1, fromStart - margin).bind(2, toStart + margin);
    PlayMatcher matcher;
    while (stmt->step()) {
        matcher.stored_.push_back(Play{stmt->int64(0), stmt->int64(1), stmt->int64(2), uriHash(stmt->textView(4)),
                                       static_cast<ingest::PlaySource>(stmt->int64(3)), stmt->int64(5), false});
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    std::sort(matcher.stored_.begin(), matcher.stored_.end(),
              [](const Play& a, const Play& b) { return a.item != b.item ? a.item < b.item : a.endedAt < b.endedAt; });
    return matcher;
}

bool PlayMatcher::samePlay(const Play& stored, const Play& incoming)
{
    if (stored.source == incoming.source) {
        return stored.sameRow(incoming);
    }
    if (stored.uriHash != 0 && incoming.uriHash != 0 && stored.uriHash != incoming.uriHash) {
        return false;
    }
    if (fromApi(stored.source) || fromApi(incoming.source)) {
        const Play& moment = fromApi(stored.source) ? stored : incoming;
        const Play& row = fromApi(stored.source) ? incoming : stored;
        return moment.endedAt >= row.endedAt - row.msPlayed - kEndToleranceMs &&
               moment.endedAt <= row.endedAt + kEndToleranceMs;
    }
    return std::llabs(stored.endedAt - incoming.endedAt) <= kEndToleranceMs &&
           std::llabs(stored.msPlayed - incoming.msPlayed) <= kDurationToleranceMs;
}

std::optional<PlayMatcher::Match> PlayMatcher::find(std::int64_t item, const ingest::PlayRecord& record) const
{
    const Play play = keyOf(item, record);
    if (addedContains(play)) {
        return Match{0, record.source};
    }
    // Candidates by end time: an export row for a Web API moment may end up to a long play later.
    const std::int64_t before = kEndToleranceMs + (fromApi(record.source) ? 0 : record.msPlayed);
    const std::int64_t after = kEndToleranceMs + (fromApi(record.source) ? kLongestPlayMs : 0);
    const auto byItemThenEnd = [](const Play& a, const Play& b) {
        return a.item != b.item ? a.item < b.item : a.endedAt < b.endedAt;
    };
    auto from = std::lower_bound(stored_.begin(), stored_.end(), Play{item, record.endedAt - before}, byItemThenEnd);
    for (auto it = from; it != stored_.end() && it->item == item && it->endedAt <= record.endedAt + after; ++it) {
        if (!it->retired && samePlay(*it, play)) {
            return Match{it->id, it->source};
        }
    }
    return std::nullopt;
}

void PlayMatcher::retire(std::int64_t playId)
{
    for (auto& play : stored_) {
        if (play.id == playId) {
            play.retired = true;
        }
    }
}

bool PlayMatcher::addedContains(const Play& play) const
{
    if (added_.empty()) {
        return false;
    }
    const std::size_t mask = added_.size() - 1;
    for (std::size_t i = hashOf(play) & mask; added_[i].item != 0; i = (i + 1) & mask) {
        if (added_[i].sameRow(play)) {
            return true;
        }
    }
    return false;
}

void PlayMatcher::growAdded()
{
    std::vector<Play> old = std::move(added_);
    added_.assign(old.empty() ? 4096 : old.size() * 2, Play{});
    const std::size_t mask = added_.size() - 1;
    for (const auto& play : old) {
        if (play.item != 0) {
            std::size_t i = hashOf(play) & mask;
            while (added_[i].item != 0) {
                i = (i + 1) & mask;
            }
            added_[i] = play;
        }
    }
}

void PlayMatcher::remember(std::int64_t item, const ingest::PlayRecord& record)
{
    if ((addedCount_ + 1) * 2 > added_.size()) {
        growAdded();
    }
    const Play play = keyOf(item, record);
    const std::size_t mask = added_.size() - 1;
    std::size_t i = hashOf(play) & mask;
    while (added_[i].item != 0) {
        i = (i + 1) & mask;
    }
    added_[i] = play;
    ++addedCount_;
}

} // namespace tunescope::store
