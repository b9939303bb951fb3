#include "Paging.h"

#include <algorithm>
#include <charconv>
#include <utility>

namespace tunescope::fakes {

std::optional<long long> parseWholeNumber(const std::string& text)
{
    long long value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc{} || ptr != end || value < 0) {
        return std::nullopt;
    }
    return value;
}

PageParse parsePage(const Params& query, const PageBounds& bounds)
{
    PageRequest page{bounds.defaultLimit, 0};
    if (const auto limitText = paramValue(query, "limit")) {
        const auto limit = parseWholeNumber(*limitText);
        if (!limit || *limit < 1 || *limit > bounds.maxLimit) {
            return {std::nullopt, "Invalid limit"};
        }
        page.limit = static_cast<int>(*limit);
    }
    if (const auto offsetText = paramValue(query, "offset")) {
        const auto offset = parseWholeNumber(*offsetText);
        if (!offset || *offset > bounds.maxOffset) {
            return {std::nullopt, "Invalid offset"};
        }
        page.offset = static_cast<int>(*offset);
    }
    return {page, {}};
}

std::string pageUrl(const std::string& endpointUrl, const Params& keep, int offset, int limit)
{
    Params fields{{"offset", std::to_string(offset)}, {"limit", std::to_string(limit)}};
    fields.insert(fields.end(), keep.begin(), keep.end());
    return endpointUrl + "?" + encodeForm(fields);
}

nlohmann::json pagingObject(const std::string& endpointUrl, const Params& keep, const PageRequest& page, int total,
                            nlohmann::json items)
{
    nlohmann::json next = nullptr;
    if (page.offset + page.limit < total) {
        next = pageUrl(endpointUrl, keep, page.offset + page.limit, page.limit);
    }
    nlohmann::json previous = nullptr;
    if (page.offset > 0) {
        previous = pageUrl(endpointUrl, keep, std::max(0, page.offset - page.limit), page.limit);
    }
    return nlohmann::json{{"href", pageUrl(endpointUrl, keep, page.offset, page.limit)},
                          {"items", std::move(items)},
                          {"limit", page.limit},
                          {"next", std::move(next)},
                          {"offset", page.offset},
                          {"previous", std::move(previous)},
                          {"total", total}};
}

} // namespace tunescope::fakes
