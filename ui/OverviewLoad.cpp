#include "OverviewLoad.h"

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
    return OverviewResult{std::move(overview).value(), metric, request.bucket};
}

OverviewFetch fetchOverview(const ProfileSession& session, const analytics::Period& period, analytics::Metric metric)
{
    return OverviewFetch{period, metric, QtConcurrent::run(loadOverview, session, period, metric)};
}

} // namespace tunescope::ui
