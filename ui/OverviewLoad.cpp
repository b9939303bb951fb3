#include "OverviewLoad.h"

#include "analytics/GenreStats.h"
#include "analytics/OverviewCache.h"

#include <QtConcurrent/QtConcurrentRun>

namespace tunescope::ui {
namespace {

analytics::OverviewCacheKey cacheKey(store::Database& db, const analytics::Period& period, analytics::Metric metric)
{
    const auto newest = analytics::newestPlayId(db);
    return analytics::OverviewCacheKey{period, metric, analytics::bucketFor(period), newest ? *newest : -1};
}

void keepInCache(const ProfileSession& session, const analytics::OverviewCacheKey& key, const OverviewResult& result)
{
    analytics::writeOverviewCacheFile(
        session.overviewCacheFile(),
        analytics::encodeOverviewCache(key, analytics::CachedOverview{result.overview, result.artistGenres}));
}

std::optional<OverviewResult> readCache(const ProfileSession& session, const analytics::Period& period,
                                        analytics::Metric metric)
{
    const auto file = session.overviewCacheFile();
    const auto text = file.empty() ? std::nullopt : analytics::readOverviewCacheFile(file);
    if (!text) {
        return std::nullopt;
    }
    auto db = session.open();
    if (!db) {
        return std::nullopt;
    }
    auto cached = analytics::decodeOverviewCache(*text, cacheKey(*db, period, metric));
    if (!cached) {
        return std::nullopt;
    }
    return OverviewResult{std::move(cached->overview), metric, analytics::bucketFor(period),
                          std::move(cached->artistGenres)};
}

} // namespace

Result<OverviewResult> loadOverview(const ProfileSession& session, const analytics::Period& period,
                                    analytics::Metric metric)
{
    auto db = session.open();
    if (!db) {
        return db.error();
    }
    // Read before the plays, so a play arriving meanwhile makes the cache look older, never newer.
    const auto key = cacheKey(*db, period, metric);
    const analytics::OverviewRequest request{period, metric, 10, analytics::bucketFor(period)};
    auto overview = analytics::queryOverview(*db, request);
    if (!overview) {
        return overview.error();
    }
    std::vector<std::int64_t> artists;
    for (const auto& entry : overview->topArtists) {
        artists.push_back(entry.id);
    }
    auto genres = analytics::queryGenresOfArtists(*db, artists);
    if (!genres) {
        return genres.error();
    }
    OverviewResult result{std::move(overview).value(), metric, request.bucket, std::move(genres).value()};
    if (!session.overviewCacheFile().empty()) {
        keepInCache(session, key, result);
    }
    return result;
}

OverviewFetch fetchOverview(const ProfileSession& session, const analytics::Period& period, analytics::Metric metric)
{
    return OverviewFetch{period, metric, QtConcurrent::run(loadOverview, session, period, metric), std::nullopt};
}

OverviewFetch fetchOverviewAtStart(const ProfileSession& session, const analytics::Period& period,
                                   analytics::Metric metric)
{
    auto fetch = fetchOverview(session, period, metric);
    fetch.cached = readCache(session, period, metric);
    return fetch;
}

} // namespace tunescope::ui
