#pragma once

#include "UrlCodec.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

// Offset paging as the Web API does it: limit and offset checked against each endpoint's bounds,
// and a paging object whose next/previous are absolute URLs that keep the other parameters.
namespace tunescope::fakes {

struct PageBounds {
    int defaultLimit = 20;
    int maxLimit = 50;
    int maxOffset = 100'000;
};

struct PageRequest {
    int limit = 20;
    int offset = 0;
};

// The requested page, or the Web API's 400 message ("Invalid limit" / "Invalid offset").
struct PageParse {
    std::optional<PageRequest> page;
    std::string error;
};
PageParse parsePage(const Params& query, const PageBounds& bounds);

// Parses a whole non-negative decimal number; nullopt for anything else.
std::optional<long long> parseWholeNumber(const std::string& text);

// {"href", "items", "limit", "next", "offset", "previous", "total"}. `endpointUrl` is absolute and
// without query; `keep` are the parameters every page link repeats (e.g. time_range).
nlohmann::json pagingObject(const std::string& endpointUrl, const Params& keep, const PageRequest& page, int total,
                            nlohmann::json items);

// endpointUrl?offset=..&limit=..&keep...
std::string pageUrl(const std::string& endpointUrl, const Params& keep, int offset, int limit);

} // namespace tunescope::fakes
