#include "analytics/Skips.h"

#include "analytics/PlayScan.h"

#include <algorithm>
#include <unordered_map>

namespace tunescope::analytics {
namespace {

// The ids of the best `limit` eligible counts, best first; ties go to the lower id (the same
// answer every time). Names are looked up for these only.
template <class Eligible, class Better>
std::vector<std::size_t> bestOf(const std::vector<SkipCount>& counts, Eligible eligible, Better better,
                                std::size_t limit)
{
    std::vector<std::size_t> ids;
    for (std::size_t id = 0; id < counts.size(); ++id) {
        if (eligible(counts[id])) {
            ids.push_back(id);
        }
    }
    const auto shown = std::min(limit, ids.size());
    std::partial_sort(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(shown), ids.end(),
                      [&](std::size_t a, std::size_t b) {
                          if (better(counts[a], counts[b]) || better(counts[b], counts[a])) {
                              return better(counts[a], counts[b]);
                          }
                          return a < b;
                      });
    ids.resize(shown);
    return ids;
}

} // namespace

Result<SkipStats> querySkips(store::Database& db, const Period& period, std::size_t limit)
{
    auto plays = scanMusicPlays(db, period);
    if (!plays) {
        return plays.error();
    }
    auto items = loadItemIndex(db);
    if (!items) {
        return items.error();
    }
    SkipStats stats;
    std::vector<SkipCount> tracks(items->creatorOf.size());
    std::vector<SkipCount> artists(static_cast<std::size_t>(items->creatorCount));
    std::unordered_map<std::int32_t, SkipCount> platforms;
    std::int64_t shuffled = 0;
    std::int64_t offline = 0;
    constexpr unsigned kSaysSkipped = store::kFlagSkipped | store::kFlagNextButton;
    for (std::size_t i = 0; i < plays->size(); ++i) {
        const unsigned flags = plays->flags[i];
        const bool skipped = plays->msPlayed[i] < kPlayThresholdMs || (flags & kSaysSkipped) != 0;
        const auto add = [skipped](SkipCount& count) {
            ++count.rows;
            count.skipped += skipped ? 1 : 0;
        };
        add(stats.overall);
        const std::int64_t local = plays->localStart[i];
        add(stats.byHour[static_cast<std::size_t>(floorDiv(local, kMsPerHour) - floorDiv(local, kMsPerDay) * 24)]);
        const auto item = static_cast<std::size_t>(plays->item[i]);
        if (item < tracks.size()) {
            add(tracks[item]);
            add(artists[static_cast<std::size_t>(items->creatorOf[item])]);
        }
        add(platforms[plays->platform[i]]);
        if ((flags & store::kFlagShuffleKnown) != 0) {
            ++stats.rowsWithFlags;
            shuffled += (flags & store::kFlagShuffle) != 0 ? 1 : 0;
            offline += (flags & store::kFlagOffline) != 0 ? 1 : 0;
        }
    }
    if (stats.rowsWithFlags > 0) {
        stats.shuffleShare = static_cast<double>(shuffled) / static_cast<double>(stats.rowsWithFlags);
        stats.offlineShare = static_cast<double>(offline) / static_cast<double>(stats.rowsWithFlags);
    }
    auto platformName = db.prepare("SELECT raw FROM platforms WHERE id = ?");
    if (!platformName) {
        return platformName.error();
    }
    for (const auto& [platform, count] : platforms) {
        platformName->bind(1, static_cast<std::int64_t>(platform));
        std::string name = platformName->step() ? platformName->text(0) : std::string("(unknown)");
        platformName->reset();
        stats.byPlatform.push_back(SkipEntry{std::move(name), {}, count});
    }
    std::sort(stats.byPlatform.begin(), stats.byPlatform.end(),
              [](const auto& a, const auto& b) { return a.count.rows > b.count.rows; });

    // Names only for the entries shown.
    auto names = db.prepare("SELECT i.name, c.name FROM items i JOIN creators c ON c.id = i.creator_id WHERE i.id = ?");
    auto artistNames = db.prepare("SELECT name FROM creators WHERE id = ?");
    if (!names || !artistNames) {
        return names ? artistNames.error() : names.error();
    }
    const auto trackEntry = [&names](std::size_t id, const SkipCount& count) {
        names->bind(1, static_cast<std::int64_t>(id));
        SkipEntry entry{{}, {}, count};
        if (names->step()) {
            entry.name = names->text(0);
            entry.artist = names->text(1);
        }
        names->reset();
        return entry;
    };
    const auto artistEntry = [&artistNames](std::size_t id, const SkipCount& count) {
        artistNames->bind(1, static_cast<std::int64_t>(id));
        SkipEntry entry{artistNames->step() ? artistNames->text(0) : std::string(), {}, count};
        artistNames->reset();
        return entry;
    };
    const auto byRate = [](const SkipCount& a, const SkipCount& b) {
        return a.rate() != b.rate() ? a.rate() > b.rate() : a.rows > b.rows;
    };
    const auto byRows = [](const SkipCount& a, const SkipCount& b) { return a.rows > b.rows; };
    for (const auto id : bestOf(
             tracks, [](const SkipCount& c) { return c.rows >= kMinRowsToRank / 2 && c.skipped > 0; }, byRate, limit)) {
        stats.mostSkippedTracks.push_back(trackEntry(id, tracks[id]));
    }
    for (const auto id : bestOf(
             tracks, [](const SkipCount& c) { return c.rows >= kMinRowsToRank / 2 && c.skipped == 0; }, byRows,
             limit)) {
        stats.neverSkippedFavourites.push_back(trackEntry(id, tracks[id]));
    }
    for (const auto id : bestOf(
             artists, [](const SkipCount& c) { return c.rows >= kMinRowsToRank && c.skipped > 0; }, byRate, limit)) {
        stats.mostSkippedArtists.push_back(artistEntry(id, artists[id]));
    }
    return stats;
}

} // namespace tunescope::analytics
