#pragma once

#include "FakeCatalogue.h"
#include "FakeListening.h"
#include "Reply.h"
#include "SpotifyJson.h"
#include "UrlCodec.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The Web API endpoints of the fake, as a table the server walks: each route says which scope it
// needs and whether Development Mode blocks it, so auth and refusals are handled in one place.
namespace tunescope::fakes {

struct ApiCall {
    const Params& query;
    const std::vector<std::string>& pathArgs; // the route pattern's captures
    const SpotifyJson& json;

    [[nodiscard]] std::optional<std::string> param(std::string_view name) const { return paramValue(query, name); }
};

struct ApiRoute {
    std::string name;            // "GET /v1/artists/{id}", the key of the per-endpoint counters
    std::string pattern;         // ECMAScript regex matched against the whole path
    std::string scope;           // scope the token needs; empty when any valid token will do
    bool devModeBlocked = false; // 403 "Forbidden" unless Extended Quota is on
    std::function<Reply(const ApiCall&)> handler;
};

struct ApiData {
    const FakeCatalogue& catalogue;
    ListeningStore& listening;
};

// /me, /me/top/*, /me/player/recently-played, /me/tracks
std::vector<ApiRoute> userRoutes(const ApiData& data);
// /search, /artists/*, /albums/*, /tracks/*, /audio-features
std::vector<ApiRoute> catalogueRoutes(const ApiData& data);

// 400 "Invalid base62 id" for a malformed id, 404 "Resource not found" for an unknown one.
Reply unknownIdReply(std::string_view id);

} // namespace tunescope::fakes
