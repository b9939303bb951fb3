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
    // Plain columns only: names are looked up for what is shown, creators through the item index.
    auto rows = db.prepare("SELECT started_at, ms_played, skipped, reason_end = 'fwdbtn', shuffle, offline, item_id, "
                           "coalesce(platform_id, 0) FROM plays WHERE kind = 1 AND started_at >= ? AND started_at < ?");
    if (!rows) {
        return rows.error();
    }
    auto items = loadItemIndex(db);
    if (!items) {
        return items.error();
    }
    rows->bind(1, period.begin).bind(2, period.end);
    SkipStats stats;
    std::unordered_map<std::int64_t, SkipCount> tracks;
    std::unordered_map<std::int64_t, SkipCount> artists;
    std::unordered_map<std::int64_t, SkipCount> platforms;
    std::int64_t shuffled = 0;
    std::int64_t offline = 0;
    TimeZone::Cursor cursor(period.zone);
    while (rows->step()) {
        const bool skipped = rows->int64(1) < kPlayThresholdMs || (!rows->isNull(2) && rows->int64(2) != 0) ||
                             (!rows->isNull(3) && rows->int64(3) != 0);
        const auto add = [skipped](SkipCount& count) {
            ++count.rows;
            count.skipped += skipped ? 1 : 0;
        };
        add(stats.overall);
        const std::int64_t local = cursor.toLocal(rows->int64(0));
        add(stats.byHour[static_cast<std::size_t>(floorDiv(local, kMsPerHour) - floorDiv(local, kMsPerDay) * 24)]);
        const std::int64_t item = rows->int64(6);
        add(tracks[item]);
        if (static_cast<std::size_t>(item) < items->creatorOf.size()) {
            add(artists[items->creatorOf[static_cast<std::size_t>(item)]]);
        }
        add(platforms[rows->int64(7)]);
        if (!rows->isNull(4)) {
            ++stats.rowsWithFlags;
            shuffled += rows->int64(4) != 0 ? 1 : 0;
            offline += !rows->isNull(5) && rows->int64(5) != 0 ? 1 : 0;
        }
    }
    if (rows->failed()) {
        return rows->error();
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
        platformName->bind(1, platform);
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
    for (const auto& [id, count] : tracks) {
        if (count.rows >= kMinRowsToRank / 2) {
            ranked.emplace_back(id, count);
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
    for (const auto& [id, count] : artists) {
        if (count.rows >= kMinRowsToRank && count.skipped > 0) {
            artistNames->bind(1, id);
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
