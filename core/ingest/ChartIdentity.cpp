#include "ingest/ChartIdentity.h"

#include "ingest/ChartRegions.h"
#include "util/Text.h"

#include <vector>

namespace tunescope::ingest {
namespace {

std::vector<std::string_view> splitDashes(std::string_view text)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '-') {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

// "2020-01-03" from parts [i, i+3); nullopt when they are not a date.
std::optional<CivilDate> dateAt(const std::vector<std::string_view>& parts, std::size_t i)
{
    if (i + 3 > parts.size()) {
        return std::nullopt;
    }
    std::string text;
    text.append(parts[i]).append("-").append(parts[i + 1]).append("-").append(parts[i + 2]);
    return parseCivilDate(text);
}

} // namespace

std::optional<ChartPeriod> parseChartPeriod(std::string_view text)
{
    const std::string word = text::asciiLower(text);
    if (word == "daily") {
        return ChartPeriod::Daily;
    }
    if (word == "weekly") {
        return ChartPeriod::Weekly;
    }
    return std::nullopt;
}

std::string_view chartPeriodName(ChartPeriod period)
{
    return period == ChartPeriod::Weekly ? "weekly" : "daily";
}

std::optional<ChartKind> parseChartKind(std::string_view text)
{
    const std::string word = text::asciiLower(text);
    if (word == "top200" || word == "regional" || word == "top 200" || word == "top") {
        return ChartKind::Top200;
    }
    if (word == "viral50" || word == "viral" || word == "viral 50") {
        return ChartKind::Viral50;
    }
    return std::nullopt;
}

std::string_view chartKindName(ChartKind kind)
{
    return kind == ChartKind::Viral50 ? "viral50" : "top200";
}

ChartFileName parseChartFileName(std::string_view fileName)
{
    if (const auto slash = fileName.find_last_of("/\\"); slash != std::string_view::npos) {
        fileName.remove_prefix(slash + 1);
    }
    if (const auto dot = fileName.rfind('.'); dot != std::string_view::npos) {
        fileName = fileName.substr(0, dot);
    }
    ChartFileName out;
    const auto parts = splitDashes(fileName);
    // kind-region-period-YYYY-MM-DD[--YYYY-MM-DD]: 6 parts, or 10 with a range ("" between).
    if (parts.size() < 6) {
        return out;
    }
    const auto kind = parseChartKind(parts[0]);
    const auto period = parseChartPeriod(parts[2]);
    const auto region = regionCode(parts[1]);
    const auto first = dateAt(parts, 3);
    if (!kind || !period || !region || !first) {
        return out;
    }
    out.kind = kind;
    out.period = period;
    out.region = region;
    if (parts.size() == 6) {
        out.date = first;
    } else if (parts.size() == 10 && parts[6].empty()) {
        // The old site's weekly range runs Friday to the next Friday: the chart's week ends
        // the day before the second date.
        if (const auto second = dateAt(parts, 7)) {
            out.date = civilFromDays(daysFromCivil(*second) - 1);
        }
    }
    if (!out.date) {
        return ChartFileName{};
    }
    return out;
}

} // namespace tunescope::ingest
