#include "OverviewLoad.h"

#include "analytics/GenreStats.h"

#include <QtConcurrent/QtConcurrentRun>

namespace tunescope::ui {

Result<OverviewResult> loadOverview(const ProfileSession& session, const analytics::Period& period,
                                    analytics::Metric metric)
{
    auto db = session.open();
    if (!db) {
        return db.error();
    }
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
    return OverviewResult{std::move(overview).value(), metric, request.bucket, std::move(genres).value()};
}

OverviewFetch fetchOverview(const ProfileSession& session, const analytics::Period& period, analytics::Metric metric)
{
    return OverviewFetch{period, metric, QtConcurrent::run(loadOverview, session, period, metric)};
}

} // namespace tunescope::ui
