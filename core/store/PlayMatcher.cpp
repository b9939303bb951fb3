#include "store/PlayMatcher.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <string_view>

namespace tunescope::store {
namespace {

constexpr std::int64_t kEndToleranceMs = 60'000;
constexpr std::int64_t kDurationToleranceMs = 1'000;

std::uint64_t uriHash(std::string_view uri)
{
    return uri.empty() ? 0 : (std::hash<std::string_view>{}(uri) | 1U);
}

} // namespace

PlayMatcher::Play PlayMatcher::keyOf(std::int64_t item, const ingest::PlayRecord& record)
{
    return Play{item, record.endedAt, record.msPlayed, uriHash(record.uri), record.source};
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
    auto stmt = db.prepare("SELECT item_id, ended_at, ms_played, source, COALESCE(spotify_uri, '') FROM plays "
                           "WHERE started_at BETWEEN ? AND ?");
    if (!stmt) {
        return stmt.error();
    }
    // |start difference| <= end tolerance + duration tolerance for any two matching rows.
    const std::int64_t margin = kEndToleranceMs + kDurationToleranceMs;
    stmt->bind(1, fromStart - margin).bind(2, toStart + margin);
    PlayMatcher matcher;
    while (stmt->step()) {
        matcher.stored_.push_back(Play{stmt->int64(0), stmt->int64(1), stmt->int64(2), uriHash(stmt->textView(4)),
                                       static_cast<ingest::PlaySource>(stmt->int64(3))});
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    std::sort(matcher.stored_.begin(), matcher.stored_.end(),
              [](const Play& a, const Play& b) { return a.item != b.item ? a.item < b.item : a.endedAt < b.endedAt; });
    return matcher;
}

bool PlayMatcher::isKnown(std::int64_t item, const ingest::PlayRecord& record) const
{
    const Play play = keyOf(item, record);
    if (addedContains(play)) {
        return true;
    }
    auto from = std::lower_bound(
        stored_.begin(), stored_.end(), Play{item, record.endedAt - kEndToleranceMs},
        [](const Play& a, const Play& b) { return a.item != b.item ? a.item < b.item : a.endedAt < b.endedAt; });
    for (auto it = from; it != stored_.end() && it->item == item && it->endedAt <= record.endedAt + kEndToleranceMs;
         ++it) {
        if (it->source == play.source) {
            if (*it == play) {
                return true;
            }
            continue;
        }
        if (it->uriHash != 0 && play.uriHash != 0 && it->uriHash != play.uriHash) {
            continue;
        }
        if (std::llabs(it->msPlayed - play.msPlayed) <= kDurationToleranceMs) {
            return true;
        }
    }
    return false;
}

bool PlayMatcher::addedContains(const Play& play) const
{
    if (added_.empty()) {
        return false;
    }
    const std::size_t mask = added_.size() - 1;
    for (std::size_t i = hashOf(play) & mask; added_[i].item != 0; i = (i + 1) & mask) {
        if (added_[i] == play) {
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
