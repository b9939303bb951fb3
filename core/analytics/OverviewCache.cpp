#include "analytics/OverviewCache.h"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>
#include <system_error>

namespace tunescope::analytics {
namespace {

using nlohmann::json;

constexpr int kFormat = 1;

json keyJson(const OverviewCacheKey& key)
{
    return json{{"format", kFormat},
                {"zone", key.period.zone.name()},
                {"begin", key.period.begin},
                {"end", key.period.end},
                {"travel_aware", key.period.travelAware},
                {"metric", static_cast<int>(key.metric)},
                {"bucket", static_cast<int>(key.bucket)},
                {"newest_play", key.newestPlayId}};
}

json entriesJson(const std::vector<TopEntry>& entries)
{
    json out = json::array();
    for (const auto& e : entries) {
        out.push_back(json::array({e.rank, e.id, e.name, e.artist, e.plays, e.msPlayed}));
    }
    return out;
}

std::vector<TopEntry> entriesFrom(const json& in)
{
    std::vector<TopEntry> out;
    for (const auto& e : in) {
        out.push_back(TopEntry{e.at(0).get<int>(), e.at(1).get<std::int64_t>(), e.at(2).get<std::string>(),
                               e.at(3).get<std::string>(), e.at(4).get<std::int64_t>(), e.at(5).get<std::int64_t>()});
    }
    return out;
}

json optionalJson(const std::optional<UtcMs>& value)
{
    return value ? json(*value) : json(nullptr);
}

std::optional<UtcMs> optionalFrom(const json& in)
{
    return in.is_null() ? std::nullopt : std::optional<UtcMs>(in.get<UtcMs>());
}

} // namespace

Result<std::int64_t> newestPlayId(store::Database& db)
{
    auto stmt = db.prepare("SELECT COALESCE(MAX(id), 0) FROM plays");
    if (!stmt) {
        return stmt.error();
    }
    if (!stmt->step()) {
        return stmt->failed() ? Result<std::int64_t>(stmt->error()) : Result<std::int64_t>(std::int64_t{0});
    }
    return stmt->int64(0);
}

std::string encodeOverviewCache(const OverviewCacheKey& key, const CachedOverview& cached)
{
    const Overview& o = cached.overview;
    json timeline = json::array();
    for (const auto& point : o.timeline) {
        timeline.push_back(
            json::array({point.start.year, point.start.month, point.start.day, point.plays, point.msPlayed}));
    }
    json genres = json::array();
    for (const auto& [artist, names] : cached.artistGenres) {
        genres.push_back(json::array({artist, names}));
    }
    const json doc{{"key", keyJson(key)},
                   {"totals",
                    {o.totals.plays, o.totals.msPlayed, o.totals.uniqueTracks, o.totals.uniqueArtists,
                     optionalJson(o.totals.firstPlay), optionalJson(o.totals.lastPlay)}},
                   {"artists", entriesJson(o.topArtists)},
                   {"tracks", entriesJson(o.topTracks)},
                   {"albums", entriesJson(o.topAlbums)},
                   {"timeline", timeline},
                   {"heat_plays", o.heatmap.plays},
                   {"heat_ms", o.heatmap.msPlayed},
                   {"genres", genres}};
    return doc.dump();
}

std::optional<CachedOverview> decodeOverviewCache(const std::string& text, const OverviewCacheKey& key)
{
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("key") || doc.at("key") != keyJson(key)) {
        return std::nullopt;
    }
    try {
        CachedOverview cached;
        Overview& o = cached.overview;
        const auto& totals = doc.at("totals");
        o.totals =
            Totals{totals.at(0).get<std::int64_t>(), totals.at(1).get<std::int64_t>(), totals.at(2).get<std::int64_t>(),
                   totals.at(3).get<std::int64_t>(), optionalFrom(totals.at(4)),       optionalFrom(totals.at(5))};
        o.topArtists = entriesFrom(doc.at("artists"));
        o.topTracks = entriesFrom(doc.at("tracks"));
        o.topAlbums = entriesFrom(doc.at("albums"));
        for (const auto& p : doc.at("timeline")) {
            o.timeline.push_back(
                TimelinePoint{CivilDate{p.at(0).get<int>(), p.at(1).get<unsigned>(), p.at(2).get<unsigned>()},
                              p.at(3).get<std::int64_t>(), p.at(4).get<std::int64_t>()});
        }
        doc.at("heat_plays").get_to(o.heatmap.plays);
        doc.at("heat_ms").get_to(o.heatmap.msPlayed);
        for (const auto& g : doc.at("genres")) {
            cached.artistGenres.emplace(g.at(0).get<std::int64_t>(), g.at(1).get<std::vector<std::string>>());
        }
        return cached;
    } catch (const json::exception&) {
        return std::nullopt; // a damaged cache is no cache
    }
}

std::optional<std::string> readOverviewCacheFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return in.bad() ? std::nullopt : std::optional<std::string>(text.str());
}

void writeOverviewCacheFile(const std::filesystem::path& file, const std::string& text)
{
    // A name of its own per write: two windows' workers may write at once.
    static std::atomic<unsigned> writes{0};
    auto temporary = file;
    temporary += ".tmp" + std::to_string(::getpid()) + "-" + std::to_string(writes++);
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) {
            return;
        }
    }
    std::error_code failed;
    std::filesystem::rename(temporary, file, failed);
    if (failed) {
        std::filesystem::remove(temporary, failed);
    }
}

} // namespace tunescope::analytics
