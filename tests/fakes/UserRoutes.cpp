#include "ApiRoutes.h"
#include "Paging.h"

#include <algorithm>

namespace tunescope::fakes {

namespace {

using nlohmann::json;

// What Spotify serves of a top list: at most 99 entries however long the history.
constexpr int kTopListCap = 99;
// Only the 50 most recent plays are reachable through recently-played.
constexpr std::size_t kRecentWindow = 50;

Reply topItems(const ApiData& data, const ApiCall& call, bool artists)
{
    TimeRange range = TimeRange::MediumTerm;
    Params keep;
    if (const auto rangeName = call.param("time_range")) {
        const auto parsed = parseTimeRange(*rangeName);
        if (!parsed) {
            return apiError(400, "Invalid time range");
        }
        range = *parsed;
        keep.emplace_back("time_range", *rangeName);
    }
    const auto page = parsePage(call.query, PageBounds{20, 50});
    if (!page.page) {
        return apiError(400, page.error);
    }
    const auto ids = artists ? data.listening.topArtistIds(range) : data.listening.topTrackIds(range);
    const int total = std::min(kTopListCap, static_cast<int>(ids.size()));
    json items = json::array();
    for (int i = page.page->offset; i < total && i < page.page->offset + page.page->limit; ++i) {
        const auto& id = ids[static_cast<std::size_t>(i)];
        if (artists) {
            if (const auto* artist = data.catalogue.artist(id)) {
                items.push_back(call.json.artist(*artist));
            }
        } else if (const auto* track = data.catalogue.track(id)) {
            items.push_back(call.json.track(*track));
        }
    }
    const std::string url = call.json.apiUrl(artists ? "/me/top/artists" : "/me/top/tracks");
    return jsonReply(pagingObject(url, keep, *page.page, total, std::move(items)));
}

Reply recentlyPlayed(const ApiData& data, const ApiCall& call)
{
    const auto page = parsePage(call.query, PageBounds{20, 50});
    if (!page.page) {
        return apiError(400, page.error);
    }
    const auto afterText = call.param("after");
    const auto beforeText = call.param("before");
    if (afterText && beforeText) {
        return apiError(400, "Only one of after or before can be specified");
    }
    std::optional<long long> after;
    std::optional<long long> before;
    if (afterText && !(after = parseWholeNumber(*afterText))) {
        return apiError(400, "Invalid after cursor");
    }
    if (beforeText && !(before = parseWholeNumber(*beforeText))) {
        return apiError(400, "Invalid before cursor");
    }

    auto plays = data.listening.recentPlays(); // newest first
    if (plays.size() > kRecentWindow) {
        plays.resize(kRecentWindow);
    }
    const auto limit = static_cast<std::size_t>(page.page->limit);
    std::vector<RecentPlay> candidates;
    for (const auto& play : plays) {
        if ((after && play.playedAtMs <= *after) || (before && play.playedAtMs >= *before)) {
            continue;
        }
        candidates.push_back(play);
    }
    // `after` pages forward in time: the plays right after the cursor, still listed newest first.
    std::vector<RecentPlay> chosen;
    bool more = candidates.size() > limit;
    if (after) {
        chosen.assign(candidates.end() - static_cast<std::ptrdiff_t>(std::min(limit, candidates.size())),
                      candidates.end());
    } else {
        chosen.assign(candidates.begin(),
                      candidates.begin() + static_cast<std::ptrdiff_t>(std::min(limit, candidates.size())));
    }

    json items = json::array();
    for (const auto& play : chosen) {
        const auto* track = data.catalogue.track(play.trackId);
        if (track == nullptr) {
            continue;
        }
        items.push_back(json{{"track", call.json.track(*track)},
                             {"played_at", isoUtc(play.playedAtMs, true)},
                             {"context", call.json.context(play)}});
    }
    const std::string url = call.json.apiUrl("/me/player/recently-played");
    json cursors = nullptr;
    json next = nullptr;
    if (!chosen.empty()) {
        const std::string newest = std::to_string(chosen.front().playedAtMs);
        const std::string oldest = std::to_string(chosen.back().playedAtMs);
        cursors = json{{"after", newest}, {"before", oldest}};
        if (more) {
            const Params nextQuery = after ? Params{{"after", newest}, {"limit", std::to_string(limit)}}
                                           : Params{{"before", oldest}, {"limit", std::to_string(limit)}};
            next = url + "?" + encodeForm(nextQuery);
        }
    }
    return jsonReply(json{{"items", std::move(items)},
                          {"next", std::move(next)},
                          {"cursors", std::move(cursors)},
                          {"limit", limit},
                          {"href", call.query.empty() ? url : url + "?" + encodeForm(call.query)}});
}

Reply savedTracks(const ApiData& data, const ApiCall& call)
{
    const auto page = parsePage(call.query, PageBounds{20, 50});
    if (!page.page) {
        return apiError(400, page.error);
    }
    const auto saved = data.listening.savedTracks();
    const int total = static_cast<int>(saved.size());
    json items = json::array();
    for (int i = page.page->offset; i < total && i < page.page->offset + page.page->limit; ++i) {
        const auto& entry = saved[static_cast<std::size_t>(i)];
        if (const auto* track = data.catalogue.track(entry.trackId)) {
            items.push_back(json{{"added_at", isoUtc(entry.addedAtMs, false)}, {"track", call.json.track(*track)}});
        }
    }
    return jsonReply(pagingObject(call.json.apiUrl("/me/tracks"), {}, *page.page, total, std::move(items)));
}

} // namespace

std::vector<ApiRoute> userRoutes(const ApiData& data)
{
    std::vector<ApiRoute> routes;
    routes.push_back({"GET /v1/me", "/v1/me", "", false,
                      [data](const ApiCall& call) { return jsonReply(call.json.user(data.listening.user())); }});
    routes.push_back({"GET /v1/me/top/artists", "/v1/me/top/artists", "user-top-read", false,
                      [data](const ApiCall& call) { return topItems(data, call, true); }});
    routes.push_back({"GET /v1/me/top/tracks", "/v1/me/top/tracks", "user-top-read", false,
                      [data](const ApiCall& call) { return topItems(data, call, false); }});
    routes.push_back({"GET /v1/me/player/recently-played", "/v1/me/player/recently-played", "user-read-recently-played",
                      false, [data](const ApiCall& call) { return recentlyPlayed(data, call); }});
    routes.push_back({"GET /v1/me/tracks", "/v1/me/tracks", "user-library-read", false,
                      [data](const ApiCall& call) { return savedTracks(data, call); }});
    return routes;
}

} // namespace tunescope::fakes
