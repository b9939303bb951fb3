#pragma once

#include "ProfileSession.h"
#include "analytics/Overview.h"
#include "util/Result.h"

#include <QFuture>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tunescope::ui {

struct OverviewResult {
    analytics::Overview overview;
    analytics::Metric metric = analytics::Metric::Plays;
    analytics::Bucket bucket = analytics::Bucket::Month;
    std::map<std::int64_t, std::vector<std::string>> artistGenres; // of the top artists

    friend bool operator==(const OverviewResult&, const OverviewResult&) = default;
};

// Opens the profile and computes its Overview for one period and metric (blocking: call it on a
// worker thread). The answer is kept in the profile's Overview cache for the next start.
Result<OverviewResult> loadOverview(const ProfileSession& session, const analytics::Period& period,
                                    analytics::Metric metric);

// An Overview being computed on the thread pool, with what it was asked for.
struct OverviewFetch {
    analytics::Period period;
    analytics::Metric metric = analytics::Metric::Plays;
    QFuture<Result<OverviewResult>> result;
    // At start-up: what the last session showed for the same question, when no play came in since.
    // The window paints it at once and replaces it when `result` differs.
    std::optional<OverviewResult> cached;

    [[nodiscard]] bool answers(const analytics::Period& other, analytics::Metric otherMetric) const
    {
        return period.begin == other.begin && period.end == other.end && period.travelAware == other.travelAware &&
               metric == otherMetric;
    }
};

OverviewFetch fetchOverview(const ProfileSession& session, const analytics::Period& period, analytics::Metric metric);
// fetchOverview plus the cached Overview (reads the cache file and the profile's newest play on
// the calling thread: a few milliseconds).
OverviewFetch fetchOverviewAtStart(const ProfileSession& session, const analytics::Period& period,
                                   analytics::Metric metric);

} // namespace tunescope::ui
