#include "analytics/GenreStats.h"

#include "analytics/Aggregates.h"
#include "enrich/GenreMapping.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace tunescope::analytics {
namespace {

using WeightedGenres = std::vector<std::pair<std::string, double>>;

// One artist's stored genres as shown: mapped, merged where folds meet, hidden ones dropped, the
// weights scaled back to add up to 1, strongest first.
WeightedGenres shownGenres(const WeightedGenres& stored, const enrich::GenreResolver& resolver)
{
    WeightedGenres shown;
    double sum = 0;
    for (const auto& [genre, weight] : stored) {
        auto name = resolver.resolve(genre);
        if (!name) {
            continue;
        }
        const double w = std::max(weight, 0.0);
        sum += w;
        auto same = std::find_if(shown.begin(), shown.end(), [&](const auto& g) { return g.first == *name; });
        if (same != shown.end()) {
            same->second += w;
        } else {
            shown.emplace_back(std::move(*name), w);
        }
    }
    for (auto& entry : shown) {
        // A source that gave no weights at all still gets its genres counted, evenly.
        entry.second = sum > 0 ? entry.second / sum : 1.0 / static_cast<double>(shown.size());
    }
    std::stable_sort(shown.begin(), shown.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return shown;
}

// Every artist's shown genres, genre names interned: artist c's genres are the entries
// [offsets[c], offsets[c + 1]).
struct GenreTable {
    std::vector<std::string> names;
    std::vector<std::size_t> offsets;
    std::vector<std::int32_t> genre;
    std::vector<double> weight;
    bool anyStored = false;

    [[nodiscard]] bool known(std::size_t creator) const { return offsets[creator + 1] > offsets[creator]; }
};

Result<GenreTable> loadGenreTable(store::Database& db, const enrich::GenreResolver& resolver, std::size_t creatorCount)
{
    auto stmt = db.prepare("SELECT creator_id, genre, weight FROM artist_genres ORDER BY creator_id");
    if (!stmt) {
        return stmt.error();
    }
    GenreTable table;
    table.offsets.assign(creatorCount + 1, 0);
    std::unordered_map<std::string, std::int32_t> ids;
    std::vector<std::pair<std::size_t, WeightedGenres>> perCreator;
    while (stmt->step()) {
        table.anyStored = true;
        const auto creator = static_cast<std::size_t>(stmt->int64(0));
        if (creator >= creatorCount) {
            continue; // an artist without plays
        }
        if (perCreator.empty() || perCreator.back().first != creator) {
            perCreator.emplace_back(creator, WeightedGenres{});
        }
        perCreator.back().second.emplace_back(stmt->text(1), stmt->real(2));
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    std::size_t next = 0;
    for (const auto& [creator, stored] : perCreator) {
        for (; next <= creator; ++next) {
            table.offsets[next] = table.genre.size();
        }
        for (auto& [name, weight] : shownGenres(stored, resolver)) {
            auto [it, added] = ids.try_emplace(name, static_cast<std::int32_t>(table.names.size()));
            if (added) {
                table.names.push_back(name);
            }
            table.genre.push_back(it->second);
            table.weight.push_back(weight);
        }
    }
    for (; next <= creatorCount; ++next) {
        table.offsets[next] = table.genre.size();
    }
    return table;
}

double measure(Metric metric, double plays, double ms)
{
    return metric == Metric::Plays ? plays : ms;
}

struct GenreSums {
    std::vector<double> plays;
    std::vector<double> msPlayed;
};

GenreSums sumGenres(const GenreTable& table, const detail::Tally& creators)
{
    GenreSums sums{std::vector<double>(table.names.size(), 0), std::vector<double>(table.names.size(), 0)};
    for (std::size_t c = 0; c + 1 < table.offsets.size() && c < creators.plays.size(); ++c) {
        for (std::size_t e = table.offsets[c]; e < table.offsets[c + 1]; ++e) {
            const auto g = static_cast<std::size_t>(table.genre[e]);
            sums.plays[g] += table.weight[e] * static_cast<double>(creators.plays[c]);
            sums.msPlayed[g] += table.weight[e] * static_cast<double>(creators.msPlayed[c]);
        }
    }
    return sums;
}

// Genre indexes by the metric, then the other measure, then name.
std::vector<std::size_t> rankGenres(const GenreTable& table, const GenreSums& sums, Metric metric)
{
    std::vector<std::size_t> order;
    for (std::size_t g = 0; g < table.names.size(); ++g) {
        if (sums.plays[g] > 0 || sums.msPlayed[g] > 0) {
            order.push_back(g);
        }
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const double va = measure(metric, sums.plays[a], sums.msPlayed[a]);
        const double vb = measure(metric, sums.plays[b], sums.msPlayed[b]);
        if (va != vb) {
            return va > vb;
        }
        const double oa = measure(metric, sums.msPlayed[a], sums.plays[a]);
        const double ob = measure(metric, sums.msPlayed[b], sums.plays[b]);
        return oa != ob ? oa > ob : table.names[a] < table.names[b];
    });
    return order;
}

GenreCoverage coverageOf(const GenreTable& table, const detail::Tally& creators)
{
    GenreCoverage coverage;
    for (std::size_t c = 0; c < creators.plays.size(); ++c) {
        coverage.totalPlays += creators.plays[c];
        coverage.totalMs += creators.msPlayed[c];
        if (c + 1 < table.offsets.size() && table.known(c)) {
            coverage.knownPlays += creators.plays[c];
            coverage.knownMs += creators.msPlayed[c];
        }
    }
    return coverage;
}

GenresOverTime overTime(const detail::Scan& scan, const GenreTable& table, const std::vector<std::size_t>& ranked,
                        const GenreRequest& request)
{
    GenresOverTime result;
    const std::size_t topCount = std::min(request.overTimeSeries, ranked.size());
    const bool withOther = ranked.size() > topCount;
    const std::size_t seriesCount = topCount + (withOther ? 1 : 0);
    std::vector<std::size_t> seriesOf(table.names.size(), topCount); // beyond the top: "other"
    for (std::size_t s = 0; s < topCount; ++s) {
        seriesOf[ranked[s]] = s;
        result.series.push_back(table.names[ranked[s]]);
    }
    if (withOther) {
        result.series.emplace_back(kOtherGenres);
    }
    if (seriesCount == 0) {
        return result;
    }
    // Months in the order first met (plays come in time order; a DST fall-back hour can step back).
    std::vector<std::int64_t> monthKeys;
    std::vector<double> sums; // monthKeys.size() x seriesCount
    std::int64_t lastDay = std::numeric_limits<std::int64_t>::min();
    std::size_t month = 0;
    const auto& columns = scan.columns;
    const auto& creatorOf = scan.index.creatorOf;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const std::int32_t ms = columns.msPlayed[i];
        const double value =
            request.metric == Metric::Plays ? (ms >= kPlayThresholdMs ? 1.0 : 0.0) : static_cast<double>(ms);
        const auto item = static_cast<std::size_t>(columns.item[i]);
        if (value <= 0 || item >= creatorOf.size()) {
            continue;
        }
        const auto creator = static_cast<std::size_t>(creatorOf[item]);
        if (creator + 1 >= table.offsets.size() || !table.known(creator)) {
            continue;
        }
        if (const std::int64_t day = floorDiv(columns.localStart[i], kMsPerDay); day != lastDay) {
            lastDay = day;
            const CivilDate date = civilFromDays(day);
            const std::int64_t key = std::int64_t{date.year} * 12 + date.month - 1;
            const auto found = std::find(monthKeys.rbegin(), monthKeys.rend(), key);
            if (found == monthKeys.rend()) {
                monthKeys.push_back(key);
                sums.resize(sums.size() + seriesCount, 0.0);
                month = monthKeys.size() - 1;
            } else {
                month = static_cast<std::size_t>(monthKeys.rend() - found) - 1;
            }
        }
        for (std::size_t e = table.offsets[creator]; e < table.offsets[creator + 1]; ++e) {
            sums[month * seriesCount + seriesOf[static_cast<std::size_t>(table.genre[e])]] += table.weight[e] * value;
        }
    }
    for (std::size_t m = 0; m < monthKeys.size(); ++m) {
        const auto begin = sums.begin() + static_cast<std::ptrdiff_t>(m * seriesCount);
        const double total = std::accumulate(begin, begin + static_cast<std::ptrdiff_t>(seriesCount), 0.0);
        if (total <= 0) {
            continue;
        }
        GenreMonth point;
        point.start = CivilDate{static_cast<int>(monthKeys[m] / 12), static_cast<unsigned>(monthKeys[m] % 12 + 1), 1};
        for (std::size_t s = 0; s < seriesCount; ++s) {
            point.shares.push_back(*(begin + static_cast<std::ptrdiff_t>(s)) / total);
        }
        result.months.push_back(std::move(point));
    }
    std::sort(result.months.begin(), result.months.end(),
              [](const GenreMonth& a, const GenreMonth& b) { return a.start < b.start; });
    return result;
}

} // namespace

double GenreCoverage::fraction(Metric metric) const
{
    const auto total = metric == Metric::Plays ? totalPlays : totalMs;
    const auto known = metric == Metric::Plays ? knownPlays : knownMs;
    return total > 0 ? static_cast<double>(known) / static_cast<double>(total) : 0.0;
}

Result<GenreOverview> queryGenreOverview(store::Database& db, const GenreRequest& request)
{
    auto scan = detail::scanAndTally(db, request.period);
    if (!scan) {
        return scan.error();
    }
    auto resolver = enrich::loadGenreResolver(db);
    if (!resolver) {
        return resolver.error();
    }
    auto table = loadGenreTable(db, *resolver, scan->creators.plays.size());
    if (!table) {
        return table.error();
    }
    GenreOverview overview;
    overview.anyGenresStored = table->anyStored;
    overview.coverage = coverageOf(*table, scan->creators);
    const auto sums = sumGenres(*table, scan->creators);
    const auto ranked = rankGenres(*table, sums, request.metric);
    const double known = request.metric == Metric::Plays ? static_cast<double>(overview.coverage.knownPlays)
                                                         : static_cast<double>(overview.coverage.knownMs);
    for (std::size_t r = 0; r < ranked.size() && r < request.topLimit; ++r) {
        const auto g = ranked[r];
        const double value = measure(request.metric, sums.plays[g], sums.msPlayed[g]);
        overview.top.push_back(GenreEntry{static_cast<int>(r) + 1, table->names[g], sums.plays[g], sums.msPlayed[g],
                                          known > 0 ? value / known : 0.0});
    }
    overview.overTime = overTime(*scan, *table, ranked, request);
    return overview;
}

Result<std::map<std::int64_t, std::vector<std::string>>>
queryGenresOfArtists(store::Database& db, const std::vector<std::int64_t>& creatorIds)
{
    auto resolver = enrich::loadGenreResolver(db);
    if (!resolver) {
        return resolver.error();
    }
    auto stmt = db.prepare("SELECT genre, weight FROM artist_genres WHERE creator_id = ?");
    if (!stmt) {
        return stmt.error();
    }
    std::map<std::int64_t, std::vector<std::string>> genres;
    for (const auto id : creatorIds) {
        WeightedGenres stored;
        stmt->bind(1, id);
        while (stmt->step()) {
            stored.emplace_back(stmt->text(0), stmt->real(1));
        }
        if (stmt->failed()) {
            return stmt->error();
        }
        auto& names = genres[id];
        for (auto& [name, weight] : shownGenres(stored, *resolver)) {
            names.push_back(std::move(name));
        }
    }
    return genres;
}

Result<std::vector<GenreTotal>> queryGenreTotals(store::Database& db, const Period& period)
{
    auto scan = detail::scanAndTally(db, period);
    if (!scan) {
        return scan.error();
    }
    auto rules = enrich::loadGenreMapping(db);
    if (!rules) {
        return rules.error();
    }
    // The stored genres themselves: no mapping, so every genre keeps its own line.
    auto table = loadGenreTable(db, enrich::GenreResolver(), scan->creators.plays.size());
    auto artists = db.prepare("SELECT genre, COUNT(*) FROM artist_genres GROUP BY genre");
    if (!table || !artists) {
        return table ? artists.error() : table.error();
    }
    const enrich::GenreResolver resolver(*rules);
    const auto sums = sumGenres(*table, scan->creators);
    std::map<std::string, GenreTotal> totals;
    while (artists->step()) {
        GenreTotal total;
        total.genre = artists->text(0);
        total.artists = artists->int64(1);
        total.shownAs = resolver.resolve(total.genre);
        totals.emplace(total.genre, std::move(total));
    }
    if (artists->failed()) {
        return artists->error();
    }
    for (std::size_t g = 0; g < table->names.size(); ++g) {
        if (auto found = totals.find(table->names[g]); found != totals.end()) {
            found->second.plays = sums.plays[g];
            found->second.msPlayed = sums.msPlayed[g];
        }
    }
    for (const auto& rule : *rules) {
        if (auto found = totals.find(rule.genre); found != totals.end()) {
            found->second.target = rule.target;
            found->second.hidden = rule.hidden;
        }
    }
    std::vector<GenreTotal> list;
    list.reserve(totals.size());
    for (auto& [name, total] : totals) {
        list.push_back(std::move(total));
    }
    std::stable_sort(list.begin(), list.end(), [](const GenreTotal& a, const GenreTotal& b) {
        return a.msPlayed != b.msPlayed ? a.msPlayed > b.msPlayed : a.genre < b.genre;
    });
    return list;
}

} // namespace tunescope::analytics
