#include "analytics/Discovery.h"

#include "analytics/Aggregates.h"
#include "analytics/PlayScan.h"

#include <algorithm>
#include <optional>

namespace tunescope::analytics {
namespace {

constexpr std::int64_t kNever = -1; // no play yet

std::int32_t monthKeyOf(CivilDate date)
{
    return date.year * 12 + static_cast<std::int32_t>(date.month) - 1;
}

CivilDate monthOfKey(std::int32_t key)
{
    const auto year = static_cast<int>(floorDiv(key, 12));
    return CivilDate{year, static_cast<unsigned>(key - year * 12 + 1), 1};
}

// The same day of the month `months` earlier, or that month's last day when it is shorter.
CivilDate monthsEarlier(CivilDate date, int months)
{
    CivilDate first = monthOfKey(monthKeyOf(date) - months);
    const CivilDate next = monthOfKey(monthKeyOf(first) + 1);
    const auto lastDay = civilFromDays(daysFromCivil(next) - 1).day;
    first.day = std::min(date.day, lastDay);
    return first;
}

CivilDate localDay(UtcMs instant, const TimeZone& zone)
{
    return civilFromDays(floorDiv(instant + zone.offsetMsAt(instant), kMsPerDay));
}

// The local day a row started on, as the scan placed it.
CivilDate dayOfRow(const PlayColumns& rows, std::size_t row)
{
    return civilFromDays(floorDiv(rows.localStart[row], kMsPerDay));
}

// The local month of every row; the calendar work runs once per local day, not once per row.
std::vector<std::int32_t> localMonths(const PlayColumns& rows)
{
    std::vector<std::int32_t> months;
    months.reserve(rows.size());
    std::int64_t lastDay = 0;
    std::int32_t month = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (const std::int64_t day = floorDiv(rows.localStart[i], kMsPerDay); i == 0 || day != lastDay) {
            lastDay = day;
            month = monthKeyOf(civilFromDays(day));
        }
        months.push_back(month);
    }
    return months;
}

// Everything one pass over the whole history learns.
struct HistoryPass {
    std::vector<std::int64_t> firstPlayOfItem;    // row index, kNever
    std::vector<std::int64_t> firstPlayOfCreator; // row index, kNever
    detail::Tally periodCreators;                 // listening in the period
    detail::Tally creatorsUpToReference;          // listening before the faded reference point
    std::vector<std::int64_t> lastPlayOfCreator;  // before the reference point, row index, kNever
};

struct RowRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    [[nodiscard]] bool contains(std::int64_t row) const
    {
        return row >= static_cast<std::int64_t>(begin) && row < static_cast<std::int64_t>(end);
    }
};

RowRange rowsBetween(const PlayColumns& rows, UtcMs begin, UtcMs end)
{
    const auto first = std::lower_bound(rows.startedAt.begin(), rows.startedAt.end(), begin);
    const auto last = std::lower_bound(first, rows.startedAt.end(), end);
    return RowRange{static_cast<std::size_t>(first - rows.startedAt.begin()),
                    static_cast<std::size_t>(last - rows.startedAt.begin())};
}

HistoryPass passOverHistory(const PlayColumns& rows, const ItemIndex& index, RowRange period, std::size_t referenceEnd)
{
    const std::size_t items = index.creatorOf.size();
    const auto creators = static_cast<std::size_t>(index.creatorCount);
    const auto zeros = [](std::size_t n) { return std::vector<std::int64_t>(n, 0); };
    HistoryPass pass{std::vector<std::int64_t>(items, kNever), std::vector<std::int64_t>(creators, kNever),
                     detail::Tally{zeros(creators), zeros(creators)}, detail::Tally{zeros(creators), zeros(creators)},
                     std::vector<std::int64_t>(creators, kNever)};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto item = static_cast<std::size_t>(rows.item[i]);
        if (item >= items) {
            continue; // an item added after the index was read
        }
        const auto creator = static_cast<std::size_t>(index.creatorOf[item]);
        const std::int64_t ms = rows.msPlayed[i];
        const bool play = ms >= kPlayThresholdMs;
        const auto row = static_cast<std::int64_t>(i);
        if (play) {
            if (pass.firstPlayOfItem[item] == kNever) {
                pass.firstPlayOfItem[item] = row;
            }
            if (pass.firstPlayOfCreator[creator] == kNever) {
                pass.firstPlayOfCreator[creator] = row;
            }
        }
        if (i < referenceEnd) {
            pass.creatorsUpToReference.plays[creator] += play ? 1 : 0;
            pass.creatorsUpToReference.msPlayed[creator] += ms;
            pass.lastPlayOfCreator[creator] = play ? row : pass.lastPlayOfCreator[creator];
        }
        if (period.contains(row)) {
            pass.periodCreators.plays[creator] += play ? 1 : 0;
            pass.periodCreators.msPlayed[creator] += ms;
        }
    }
    return pass;
}

// Months of the period with their listening and how much of it was new.
std::vector<DiscoveryMonth> discoveryMonths(const PlayColumns& rows, const std::vector<std::int32_t>& rowMonth,
                                            const HistoryPass& pass, RowRange period)
{
    if (period.begin >= period.end) {
        return {};
    }
    // Rows are in UTC order, so local months almost always ascend; a DST change (or local time
    // that follows travel) can step back, so take the real extremes.
    const auto [lowest, highest] = std::minmax_element(rowMonth.begin() + static_cast<std::ptrdiff_t>(period.begin),
                                                       rowMonth.begin() + static_cast<std::ptrdiff_t>(period.end));
    const std::int32_t firstMonth = *lowest;
    const std::int32_t lastMonth = *highest;
    std::vector<DiscoveryMonth> months;
    months.reserve(static_cast<std::size_t>(lastMonth - firstMonth) + 1);
    for (std::int32_t key = firstMonth; key <= lastMonth; ++key) {
        months.push_back(DiscoveryMonth{monthOfKey(key), 0, 0, 0, 0, 0, 0});
    }
    const auto monthAt = [&](std::size_t row) -> DiscoveryMonth& {
        return months[static_cast<std::size_t>(rowMonth[row] - firstMonth)];
    };
    for (std::size_t i = period.begin; i < period.end; ++i) {
        const auto item = static_cast<std::size_t>(rows.item[i]);
        const std::int64_t ms = rows.msPlayed[i];
        const std::int64_t first = item < pass.firstPlayOfItem.size() ? pass.firstPlayOfItem[item] : kNever;
        const bool isNew = first != kNever && rowMonth[static_cast<std::size_t>(first)] == rowMonth[i];
        const std::int64_t play = ms >= kPlayThresholdMs ? 1 : 0;
        auto& month = monthAt(i);
        month.plays += play;
        month.msPlayed += ms;
        month.newPlays += isNew ? play : 0;
        month.newMsPlayed += isNew ? ms : 0;
    }
    for (const std::int64_t first : pass.firstPlayOfItem) {
        if (period.contains(first)) {
            ++monthAt(static_cast<std::size_t>(first)).newTracks;
        }
    }
    for (const std::int64_t first : pass.firstPlayOfCreator) {
        if (period.contains(first)) {
            ++monthAt(static_cast<std::size_t>(first)).newArtists;
        }
    }
    return months;
}

// Keeps the tally of the creators `keep` accepts, zero elsewhere (rankTop skips zeros).
template <class Keep>
detail::Tally onlyCreators(const detail::Tally& tally, Keep keep)
{
    detail::Tally kept{std::vector<std::int64_t>(tally.plays.size(), 0),
                       std::vector<std::int64_t>(tally.plays.size(), 0)};
    for (std::size_t creator = 0; creator < tally.plays.size(); ++creator) {
        if (keep(creator)) {
            kept.plays[creator] = tally.plays[creator];
            kept.msPlayed[creator] = tally.msPlayed[creator];
        }
    }
    return kept;
}

} // namespace

double DiscoveryStats::newShare(Metric metric) const
{
    const std::int64_t all = metric == Metric::Plays ? plays : msPlayed;
    const std::int64_t fresh = metric == Metric::Plays ? newPlays : newMsPlayed;
    return all == 0 ? 0.0 : static_cast<double>(fresh) / static_cast<double>(all);
}

Result<DiscoveryStats> queryDiscovery(store::Database& db, const Period& period, Metric metric, std::size_t limit)
{
    // First plays are over the whole history, so the scan is always all time.
    Period allTime;
    allTime.zone = period.zone;
    auto scanned = scanMusicPlays(db, allTime);
    if (!scanned) {
        return scanned.error();
    }
    auto index = loadItemIndex(db);
    if (!index) {
        return index.error();
    }
    const PlayColumns& rows = *scanned;
    const RowRange inPeriod = rowsBetween(rows, period.begin, period.end);

    // The faded rule looks back from the period's end, or from the last play when that is earlier.
    const auto lastPlay = std::find_if(rows.msPlayed.rbegin(), rows.msPlayed.rend(),
                                       [](std::int32_t ms) { return ms >= kPlayThresholdMs; });
    std::optional<UtcMs> reference;
    if (lastPlay != rows.msPlayed.rend()) {
        const auto row = static_cast<std::size_t>(rows.msPlayed.rend() - lastPlay - 1);
        reference = std::min(period.end, rows.startedAt[row] + 1);
    }
    const std::size_t referenceEnd = reference ? rowsBetween(rows, *reference, *reference).begin : 0;

    const auto rowMonth = localMonths(rows);
    const HistoryPass pass = passOverHistory(rows, *index, inPeriod, referenceEnd);

    DiscoveryStats stats;
    stats.months = discoveryMonths(rows, rowMonth, pass, inPeriod);
    for (const auto& month : stats.months) {
        stats.plays += month.plays;
        stats.newPlays += month.newPlays;
        stats.msPlayed += month.msPlayed;
        stats.newMsPlayed += month.newMsPlayed;
    }

    auto names = db.prepare("SELECT name FROM creators WHERE id = ?");
    if (!names) {
        return names.error();
    }
    const auto nameOf = [&names](std::int64_t creator) {
        names->bind(1, creator);
        std::string name = names->step() ? names->text(0) : std::string();
        names->reset();
        return name;
    };

    const auto newInPeriod = onlyCreators(
        pass.periodCreators, [&](std::size_t creator) { return inPeriod.contains(pass.firstPlayOfCreator[creator]); });
    for (const std::int64_t id : detail::rankTop(newInPeriod, metric, limit)) {
        const auto creator = static_cast<std::size_t>(id);
        const auto first = static_cast<std::size_t>(pass.firstPlayOfCreator[creator]);
        stats.topNewArtists.push_back(
            NewArtist{nameOf(id), newInPeriod.plays[creator], newInPeriod.msPlayed[creator], dayOfRow(rows, first)});
    }

    if (reference) {
        const CivilDate cutoffDay = monthsEarlier(localDay(*reference, period.zone), kFadedAfterMonths);
        const UtcMs cutoff = period.zone.startOfDay(cutoffDay);
        const auto faded = onlyCreators(pass.creatorsUpToReference, [&](std::size_t creator) {
            const std::int64_t last = pass.lastPlayOfCreator[creator];
            return last != kNever && pass.creatorsUpToReference.plays[creator] >= kFadedMinPlays &&
                   rows.startedAt[static_cast<std::size_t>(last)] < cutoff;
        });
        for (const std::int64_t id : detail::rankTop(faded, metric, limit)) {
            const auto creator = static_cast<std::size_t>(id);
            const auto last = static_cast<std::size_t>(pass.lastPlayOfCreator[creator]);
            stats.fadedArtists.push_back(
                FadedArtist{nameOf(id), faded.plays[creator], faded.msPlayed[creator], dayOfRow(rows, last)});
        }
    }
    return stats;
}

} // namespace tunescope::analytics
