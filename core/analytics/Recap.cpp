#include "analytics/Recap.h"

#include <limits>

namespace tunescope::analytics {
namespace {

CivilDate localDay(UtcMs instant, const TimeZone& zone)
{
    return civilFromDays(floorDiv(instant + zone.offsetMsAt(instant), kMsPerDay));
}

} // namespace

Result<RecapData> queryRecap(store::Database& db, const Period& period, std::size_t limit)
{
    auto overview = queryOverview(db, OverviewRequest{period, kRecapMetric, limit, Bucket::Month});
    if (!overview) {
        return overview.error();
    }
    auto genres = queryGenreOverview(db, GenreRequest{period, kRecapMetric, limit, 0});
    if (!genres) {
        return genres.error();
    }
    auto streaks = queryStreaks(db, period);
    if (!streaks) {
        return streaks.error();
    }
    RecapData recap;
    recap.totals = overview->totals;
    if (recap.totals.firstPlay && recap.totals.lastPlay) {
        recap.firstDay = localDay(*recap.totals.firstPlay, period.zone);
        recap.lastDay = localDay(*recap.totals.lastPlay, period.zone);
    }
    recap.topArtists = std::move(overview->topArtists);
    recap.topTracks = std::move(overview->topTracks);
    recap.topGenres = std::move(genres->top);
    recap.longestStreak = streaks->listening;
    if (period.begin != std::numeric_limits<UtcMs>::min()) {
        auto discovery = queryDiscovery(db, period, kRecapMetric, 1);
        if (!discovery) {
            return discovery.error();
        }
        if (!discovery->topNewArtists.empty()) {
            recap.topNewArtist = std::move(discovery->topNewArtists.front());
        }
    }
    return recap;
}

} // namespace tunescope::analytics
