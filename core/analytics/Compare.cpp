#include "analytics/Compare.h"

#include "analytics/Aggregates.h"

#include <limits>

namespace tunescope::analytics {
namespace {

using detail::Tally;

// A period's whole ranking: ids best first, and each id's place (0: not played by the metric).
struct Ranking {
    std::vector<std::int64_t> order;
    std::vector<int> placeOf;

    [[nodiscard]] std::optional<int> place(std::int64_t id) const
    {
        const int at = placeOf[static_cast<std::size_t>(id)];
        return at == 0 ? std::nullopt : std::optional<int>(at);
    }
};

Ranking rankAll(const Tally& tally, Metric metric)
{
    Ranking ranking;
    ranking.order = detail::rankTop(tally, metric, std::numeric_limits<std::size_t>::max());
    ranking.placeOf.assign(tally.plays.size(), 0);
    for (std::size_t i = 0; i < ranking.order.size(); ++i) {
        ranking.placeOf[static_cast<std::size_t>(ranking.order[i])] = static_cast<int>(i) + 1;
    }
    return ranking;
}

RankStatus statusOf(std::optional<int> rankA, int rankB)
{
    if (!rankA) {
        return RankStatus::New;
    }
    return *rankA > rankB ? RankStatus::Up : *rankA < rankB ? RankStatus::Down : RankStatus::Same;
}

// One list compared: both periods' tallies for the same ids (the same item index).
Result<RankedComparison> compareTallies(store::Database& db, TopKind kind, const Tally& a, const Tally& b,
                                        Metric metric, std::size_t limit)
{
    const Ranking rankedA = rankAll(a, metric);
    const Ranking rankedB = rankAll(b, metric);
    const std::vector<std::int64_t> topB(rankedB.order.begin(),
                                         rankedB.order.begin() +
                                             static_cast<std::ptrdiff_t>(std::min(limit, rankedB.order.size())));
    std::vector<std::int64_t> goneIds;
    for (std::size_t i = 0; i < rankedA.order.size() && i < limit; ++i) {
        const auto place = rankedB.place(rankedA.order[i]);
        if (!place || static_cast<std::size_t>(*place) > limit) {
            goneIds.push_back(rankedA.order[i]);
        }
    }
    auto namedB = detail::nameTop(db, kind, b, topB);
    if (!namedB) {
        return namedB.error();
    }
    auto namedGone = detail::nameTop(db, kind, a, goneIds);
    if (!namedGone) {
        return namedGone.error();
    }
    auto change = [&](const TopEntry& entry) {
        const auto at = static_cast<std::size_t>(entry.id);
        RankChange row;
        row.id = entry.id;
        row.name = entry.name;
        row.artist = entry.artist;
        row.rankA = rankedA.place(entry.id);
        row.rankB = rankedB.place(entry.id);
        row.playsA = a.plays[at];
        row.msPlayedA = a.msPlayed[at];
        row.playsB = b.plays[at];
        row.msPlayedB = b.msPlayed[at];
        return row;
    };
    RankedComparison result;
    result.top.reserve(namedB->size());
    for (const auto& entry : *namedB) {
        auto row = change(entry);
        row.status = statusOf(row.rankA, entry.rank);
        result.top.push_back(std::move(row));
    }
    result.gone.reserve(namedGone->size());
    for (const auto& entry : *namedGone) {
        auto row = change(entry);
        row.status = RankStatus::Gone;
        result.gone.push_back(std::move(row));
    }
    return result;
}

} // namespace

std::optional<double> relativeChange(std::int64_t a, std::int64_t b)
{
    if (a == 0) {
        return std::nullopt;
    }
    return static_cast<double>(b - a) / static_cast<double>(a);
}

const char* rankStatusName(RankStatus status)
{
    switch (status) {
    case RankStatus::New: return "new";
    case RankStatus::Up: return "up";
    case RankStatus::Down: return "down";
    case RankStatus::Same: return "same";
    case RankStatus::Gone: return "gone";
    }
    return "same";
}

Result<PeriodComparison> queryComparison(store::Database& db, const Period& a, const Period& b, Metric metric,
                                         std::size_t limit)
{
    auto scanA = detail::scanAndTally(db, a);
    if (!scanA) {
        return scanA.error();
    }
    // B is tallied through A's item index, so both tallies count the same ids.
    auto columnsB = scanMusicPlays(db, b);
    if (!columnsB) {
        return columnsB.error();
    }
    const auto& index = scanA->index;
    const Tally itemsB = detail::tallyItems(*columnsB, index.creatorOf.size());
    const Tally creatorsB = detail::rollUp(itemsB, index.creatorOf, static_cast<std::size_t>(index.creatorCount));

    PeriodComparison comparison;
    comparison.a = detail::computeTotals(scanA->columns, scanA->items, scanA->creators);
    comparison.b = detail::computeTotals(*columnsB, itemsB, creatorsB);
    const auto albumCount = static_cast<std::size_t>(index.albumCount);
    const Tally albumsA = detail::rollUp(scanA->items, index.albumOf, albumCount);
    const Tally albumsB = detail::rollUp(itemsB, index.albumOf, albumCount);
    const struct {
        TopKind kind;
        const Tally& a;
        const Tally& b;
        RankedComparison& target;
    } lists[] = {{TopKind::Artists, scanA->creators, creatorsB, comparison.artists},
                 {TopKind::Tracks, scanA->items, itemsB, comparison.tracks},
                 {TopKind::Albums, albumsA, albumsB, comparison.albums}};
    for (const auto& list : lists) {
        auto compared = compareTallies(db, list.kind, list.a, list.b, metric, limit);
        if (!compared) {
            return compared.error();
        }
        list.target = std::move(compared).value();
    }
    return comparison;
}

} // namespace tunescope::analytics
