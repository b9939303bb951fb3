#include "analytics/Aggregates.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace tunescope::analytics::detail {
namespace {

std::int64_t bucketStartDay(std::int64_t day, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day: return day;
    case Bucket::Week: return day - weekdayFromDays(day);
    case Bucket::Month: {
        CivilDate date = civilFromDays(day);
        date.day = 1;
        return daysFromCivil(date);
    }
    }
    return day;
}

std::int64_t nextBucketStart(std::int64_t start, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day: return start + 1;
    case Bucket::Week: return start + 7;
    case Bucket::Month: {
        CivilDate date = civilFromDays(start);
        date.month = date.month == 12 ? 1 : date.month + 1;
        date.year += date.month == 1 ? 1 : 0;
        date.day = 1;
        return daysFromCivil(date);
    }
    }
    return start + 1;
}

} // namespace

Tally tallyItems(const PlayColumns& columns, std::size_t itemCount)
{
    Tally tally{std::vector<std::int64_t>(itemCount, 0), std::vector<std::int64_t>(itemCount, 0)};
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto item = static_cast<std::size_t>(columns.item[i]);
        if (item >= itemCount) {
            continue;
        }
        const std::int64_t ms = columns.msPlayed[i];
        tally.msPlayed[item] += ms;
        tally.plays[item] += ms >= kPlayThresholdMs ? 1 : 0;
    }
    return tally;
}

Result<Scan> scanAndTally(store::Database& db, const Period& period)
{
    auto columns = scanMusicPlays(db, period);
    if (!columns) {
        return columns.error();
    }
    auto index = loadItemIndex(db);
    if (!index) {
        return index.error();
    }
    Scan result{std::move(columns).value(), std::move(index).value(), {}, {}};
    result.items = tallyItems(result.columns, result.index.creatorOf.size());
    result.creators = rollUp(result.items, result.index.creatorOf, static_cast<std::size_t>(result.index.creatorCount));
    return result;
}

Tally rollUp(const Tally& items, const std::vector<std::int32_t>& ownerOf, std::size_t ownerCount)
{
    Tally owners{std::vector<std::int64_t>(ownerCount, 0), std::vector<std::int64_t>(ownerCount, 0)};
    for (std::size_t item = 0; item < items.plays.size() && item < ownerOf.size(); ++item) {
        const auto owner = static_cast<std::size_t>(ownerOf[item]);
        if (owner == 0 || owner >= ownerCount) {
            continue; // unknown album
        }
        owners.plays[owner] += items.plays[item];
        owners.msPlayed[owner] += items.msPlayed[item];
    }
    return owners;
}

std::vector<std::int64_t> rankTop(const Tally& tally, Metric metric, std::size_t limit)
{
    const auto& primary = metric == Metric::Plays ? tally.plays : tally.msPlayed;
    const auto& secondary = metric == Metric::Plays ? tally.msPlayed : tally.plays;
    std::vector<std::int64_t> ids;
    for (std::size_t id = 1; id < primary.size(); ++id) {
        if (primary[id] > 0) {
            ids.push_back(static_cast<std::int64_t>(id));
        }
    }
    auto better = [&](std::int64_t a, std::int64_t b) {
        const auto ia = static_cast<std::size_t>(a);
        const auto ib = static_cast<std::size_t>(b);
        if (primary[ia] != primary[ib]) {
            return primary[ia] > primary[ib];
        }
        if (secondary[ia] != secondary[ib]) {
            return secondary[ia] > secondary[ib];
        }
        return a < b;
    };
    const std::size_t n = std::min(limit, ids.size());
    std::partial_sort(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(n), ids.end(), better);
    ids.resize(n);
    return ids;
}

Totals computeTotals(const PlayColumns& columns, const Tally& items, const Tally& creators)
{
    Totals totals;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        totals.msPlayed += columns.msPlayed[i];
        if (columns.msPlayed[i] >= kPlayThresholdMs) {
            ++totals.plays;
            if (!totals.firstPlay) {
                totals.firstPlay = columns.startedAt[i];
            }
            totals.lastPlay = columns.startedAt[i];
        }
    }
    auto countPositive = [](const std::vector<std::int64_t>& v) {
        return static_cast<std::int64_t>(std::count_if(v.begin(), v.end(), [](std::int64_t x) { return x > 0; }));
    };
    totals.uniqueTracks = countPositive(items.plays);
    totals.uniqueArtists = countPositive(creators.plays);
    return totals;
}

std::vector<TimelinePoint> computeTimeline(const PlayColumns& columns, Bucket bucket)
{
    std::vector<TimelinePoint> points;
    std::vector<std::int64_t> startDays; // points[i] starts on local day startDays[i]
    std::int64_t lastDay = std::numeric_limits<std::int64_t>::min();
    std::int64_t start = 0;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        // Rows are in time order: the calendar work runs once per day, not once per play.
        if (const std::int64_t day = floorDiv(columns.localStart[i], kMsPerDay); day != lastDay) {
            lastDay = day;
            start = bucketStartDay(day, bucket);
        }
        if (startDays.empty() || start > startDays.back()) {
            // Empty buckets in between stay in the series as zeros, so charts show the gap.
            for (std::int64_t next = startDays.empty() ? start : nextBucketStart(startDays.back(), bucket);
                 next <= start; next = nextBucketStart(next, bucket)) {
                startDays.push_back(next);
                points.push_back(TimelinePoint{civilFromDays(next), 0, 0});
            }
        }
        // Rows come in UTC order, so a local day only steps back inside a DST fall-back hour.
        auto at = static_cast<std::size_t>(std::upper_bound(startDays.begin(), startDays.end(), start) -
                                           startDays.begin() - 1);
        points[at].msPlayed += columns.msPlayed[i];
        points[at].plays += columns.msPlayed[i] >= kPlayThresholdMs ? 1 : 0;
    }
    return points;
}

Heatmap computeHeatmap(const PlayColumns& columns)
{
    Heatmap heatmap;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const std::int64_t local = columns.localStart[i];
        const std::int64_t day = floorDiv(local, kMsPerDay);
        const auto weekday = static_cast<std::size_t>(weekdayFromDays(day));
        const auto hour = static_cast<std::size_t>((local - day * kMsPerDay) / kMsPerHour);
        heatmap.msPlayed[weekday][hour] += columns.msPlayed[i];
        heatmap.plays[weekday][hour] += columns.msPlayed[i] >= kPlayThresholdMs ? 1 : 0;
    }
    return heatmap;
}

} // namespace tunescope::analytics::detail
