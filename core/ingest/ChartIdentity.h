#pragma once

#include "util/CivilTime.h"

#include <optional>
#include <string>
#include <string_view>

namespace tunescope::ingest {

enum class ChartPeriod { Daily = 1, Weekly = 2 };
enum class ChartKind { Top200 = 1, Viral50 = 2 };

// Which chart a row belongs to: region code ("global", "us"), period, kind and date. A weekly
// chart is named by the last day of its week (charts.spotify.com's Thursday).
struct ChartIdentity {
    std::string region;
    ChartPeriod period = ChartPeriod::Daily;
    ChartKind kind = ChartKind::Top200;
    CivilDate date;

    friend bool operator==(const ChartIdentity&, const ChartIdentity&) = default;
};

// What a chart file's name says, each part only when it says it. spotifycharts.com and
// charts.spotify.com name their files `regional-<region>-<daily|weekly>-<date>.csv`,
// `viral-<region>-...`, weekly ones of the old site with a range `2020-01-03--2020-01-10`
// (the chart of the week ending the day before the second date).
struct ChartFileName {
    std::optional<std::string> region;
    std::optional<ChartPeriod> period;
    std::optional<ChartKind> kind;
    std::optional<CivilDate> date;
};

ChartFileName parseChartFileName(std::string_view fileName);

std::optional<ChartPeriod> parseChartPeriod(std::string_view text); // daily, weekly
std::string_view chartPeriodName(ChartPeriod period);
// "top200", "regional", "viral50", "viral": as file names and aggregated datasets write them.
std::optional<ChartKind> parseChartKind(std::string_view text);
std::string_view chartKindName(ChartKind kind);

} // namespace tunescope::ingest
