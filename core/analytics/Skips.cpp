#include "analytics/Skips.h"

#include "analytics/PlayScan.h"

#include <algorithm>
#include <unordered_map>

namespace tunescope::analytics {
namespace {

struct Named {
    std::string name;
    std::string artist;
};

void sortByRate(std::vector<SkipEntry>& entries)
{
    std::sort(entries.begin(), entries.end(), [](const SkipEntry& a, const SkipEntry& b) {
        return a.count.rate() != b.count.rate() ? a.count.rate() > b.count.rate() : a.count.rows > b.count.rows;
    });
}

void cut(std::vector<SkipEntry>& entries, std::size_t limit)
{
    entries.resize(std::min(entries.size(), limit));
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
    const auto trackEntry = [&names](std::int64_t id, const SkipCount& count) {
        names->bind(1, id);
        SkipEntry entry{{}, {}, count};
        if (names->step()) {
            entry.name = names->text(0);
            entry.artist = names->text(1);
        }
        names->reset();
        return entry;
    };
    std::vector<std::pair<std::int64_t, SkipCount>> ranked;
    for (std::size_t id = 0; id < tracks.size(); ++id) {
        if (tracks[id].rows >= kMinRowsToRank / 2) {
            ranked.emplace_back(static_cast<std::int64_t>(id), tracks[id]);
        }
    }
    for (const auto& [id, count] : ranked) {
        if (count.skipped == 0) {
            stats.neverSkippedFavourites.push_back(trackEntry(id, count));
        } else {
            stats.mostSkippedTracks.push_back(trackEntry(id, count));
        }
    }
    std::sort(stats.neverSkippedFavourites.begin(), stats.neverSkippedFavourites.end(),
              [](const auto& a, const auto& b) {
                  return a.count.rows != b.count.rows ? a.count.rows > b.count.rows : a.name < b.name;
              });
    sortByRate(stats.mostSkippedTracks);
    for (std::size_t id = 0; id < artists.size(); ++id) {
        const SkipCount& count = artists[id];
        if (count.rows >= kMinRowsToRank && count.skipped > 0) {
            artistNames->bind(1, static_cast<std::int64_t>(id));
            SkipEntry entry{artistNames->step() ? artistNames->text(0) : std::string(), {}, count};
            artistNames->reset();
            stats.mostSkippedArtists.push_back(std::move(entry));
        }
    }
    sortByRate(stats.mostSkippedArtists);
    cut(stats.mostSkippedTracks, limit);
    cut(stats.mostSkippedArtists, limit);
    cut(stats.neverSkippedFavourites, limit);
    return stats;
}

} // namespace tunescope::analytics
