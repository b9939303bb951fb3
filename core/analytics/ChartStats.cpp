#include "analytics/ChartStats.h"

#include "enrich/SpotifyTrackId.h"
#include "util/Text.h"

#include <algorithm>
#include <set>

namespace tunescope::analytics {
namespace {

ChartSong readSong(const store::Statement& row, int first)
{
    ChartSong song;
    song.trackId = row.int64(first);
    song.title = row.text(first + 1);
    song.artists = row.text(first + 2);
    if (!row.isNull(first + 3)) {
        song.spotifyId = row.text(first + 3);
    }
    return song;
}

// `text` for a LIKE pattern with ESCAPE '\\': its own % and _ match only themselves.
std::string likeEscaped(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

std::optional<std::int64_t> optionalInt(const store::Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<std::int64_t>(row.int64(column));
}

} // namespace

Result<std::vector<ChartSummary>> listCharts(store::Database& db)
{
    auto query = db.prepare("SELECT c.region, c.period, c.kind, c.chart_date, "
                            "(SELECT count(*) FROM chart_entries e WHERE e.chart_id = c.id) "
                            "FROM charts c ORDER BY c.region, c.period, c.kind, c.chart_date");
    if (!query) {
        return query.error();
    }
    std::vector<ChartSummary> charts;
    while (query->step()) {
        ChartSummary summary;
        summary.identity.region = query->text(0);
        summary.identity.period = static_cast<ingest::ChartPeriod>(query->int64(1));
        summary.identity.kind = static_cast<ingest::ChartKind>(query->int64(2));
        summary.identity.date = parseCivilDate(query->textView(3)).value_or(CivilDate{});
        summary.entries = static_cast<std::size_t>(query->int64(4));
        charts.push_back(std::move(summary));
    }
    if (query->failed()) {
        return query->error();
    }
    return charts;
}

Result<std::vector<ChartEntry>> chartEntries(store::Database& db, const ingest::ChartIdentity& chart)
{
    auto query = db.prepare("SELECT t.id, t.title, t.artists, t.spotify_id, e.rank, e.streams "
                            "FROM charts c JOIN chart_entries e ON e.chart_id = c.id "
                            "JOIN chart_tracks t ON t.id = e.track_id "
                            "WHERE c.region = ? AND c.period = ? AND c.kind = ? AND c.chart_date = ? "
                            "ORDER BY e.rank IS NULL, e.rank, e.streams DESC");
    if (!query) {
        return query.error();
    }
    query->bind(1, chart.region)
        .bind(2, static_cast<int>(chart.period))
        .bind(3, static_cast<int>(chart.kind))
        .bind(4, formatCivilDate(chart.date));
    std::vector<ChartEntry> entries;
    while (query->step()) {
        entries.push_back(ChartEntry{readSong(*query, 0), optionalInt(*query, 4), optionalInt(*query, 5)});
    }
    if (query->failed()) {
        return query->error();
    }
    return entries;
}

std::vector<std::string> splitArtists(std::string_view artists)
{
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start <= artists.size()) {
        const auto comma = artists.find(',', start);
        const auto end = comma == std::string_view::npos ? artists.size() : comma;
        const auto name = text::trimmed(artists.substr(start, end - start));
        if (!name.empty()) {
            names.emplace_back(name);
        }
        if (comma == std::string_view::npos) {
            break;
        }
        start = comma + 1;
    }
    return names;
}

Result<ChartKpis> chartKpis(store::Database& db, const ingest::ChartIdentity& chart)
{
    auto entries = chartEntries(db, chart);
    if (!entries) {
        return entries.error();
    }
    if (entries->empty()) {
        return makeError(ErrorCode::NotFound, "No " + std::string(ingest::chartPeriodName(chart.period)) + " " +
                                                  std::string(ingest::chartKindName(chart.kind)) + " chart of " +
                                                  chart.region + " for " + formatCivilDate(chart.date) +
                                                  " is imported (tunescope charts list shows what is).");
    }
    return kpisOf(*entries);
}

ChartKpis kpisOf(const std::vector<ChartEntry>& entries)
{
    ChartKpis kpis;
    kpis.entries = entries.size();
    std::set<std::string> artists;
    std::size_t withStreams = 0;
    for (const auto& entry : entries) {
        for (const auto& name : splitArtists(entry.song.artists)) {
            artists.insert(text::matchKey(name));
        }
        if (entry.streams) {
            kpis.totalStreams += *entry.streams;
            ++withStreams;
            if (!kpis.topSong || !kpis.topSong->streams || *entry.streams > *kpis.topSong->streams) {
                kpis.topSong = entry;
            }
        }
    }
    if (!kpis.topSong && !entries.empty()) {
        kpis.topSong = entries.front();
    }
    kpis.uniqueArtists = artists.size();
    kpis.averageStreamsPerSong =
        withStreams == 0 ? 0.0 : static_cast<double>(kpis.totalStreams) / static_cast<double>(withStreams);
    return kpis;
}

Result<std::vector<ChartSong>> findChartSongs(store::Database& db, std::string_view idOrTitle,
                                              std::optional<std::string_view> region)
{
    const auto id = enrich::spotifyTrackId(idOrTitle);
    std::string sql = "SELECT t.id, t.title, t.artists, t.spotify_id FROM chart_tracks t "
                      "JOIN chart_entries e ON e.track_id = t.id JOIN charts c ON c.id = e.chart_id WHERE ";
    sql += id ? "t.spotify_id = ?1" : "t.title LIKE ?1 ESCAPE '\\'";
    sql += region ? " AND c.region = ?2" : "";
    sql += " GROUP BY t.id ORDER BY count(*) DESC, t.title LIMIT 20";
    auto query = db.prepare(sql);
    if (!query) {
        return query.error();
    }
    if (id) {
        query->bind(1, *id);
    } else {
        query->bind(1, likeEscaped(text::trimmed(idOrTitle)) + "%");
    }
    if (region) {
        query->bind(2, *region);
    }
    std::vector<ChartSong> songs;
    while (query->step()) {
        songs.push_back(readSong(*query, 0));
    }
    if (query->failed()) {
        return query->error();
    }
    return songs;
}

Result<std::vector<TrajectoryPoint>> songTrajectory(store::Database& db, std::int64_t trackId, const ChartScope& scope)
{
    auto query = db.prepare("SELECT c.chart_date, e.rank, e.streams FROM chart_entries e "
                            "JOIN charts c ON c.id = e.chart_id "
                            "WHERE e.track_id = ? AND c.region = ? AND c.period = ? AND c.kind = ? "
                            "ORDER BY c.chart_date");
    if (!query) {
        return query.error();
    }
    query->bind(1, trackId)
        .bind(2, scope.region)
        .bind(3, static_cast<int>(scope.period))
        .bind(4, static_cast<int>(scope.kind));
    std::vector<TrajectoryPoint> points;
    while (query->step()) {
        points.push_back(TrajectoryPoint{parseCivilDate(query->textView(0)).value_or(CivilDate{}),
                                         optionalInt(*query, 1), optionalInt(*query, 2)});
    }
    if (query->failed()) {
        return query->error();
    }
    return points;
}

Result<std::vector<PresencePoint>> artistPresence(store::Database& db, std::string_view artist, const ChartScope& scope)
{
    // The credit is matched in SQL loosely (LIKE) and exactly here, name by name.
    auto query = db.prepare("SELECT c.chart_date, e.rank, e.streams, t.artists FROM chart_entries e "
                            "JOIN charts c ON c.id = e.chart_id JOIN chart_tracks t ON t.id = e.track_id "
                            "WHERE c.region = ? AND c.period = ? AND c.kind = ? AND t.artists LIKE ? ESCAPE '\\' "
                            "ORDER BY c.chart_date");
    if (!query) {
        return query.error();
    }
    // Built step by step: GCC 12 misreads "%" + s + "%" as an overlapping copy (-Wrestrict).
    std::string pattern(1, '%');
    pattern += likeEscaped(text::trimmed(artist));
    pattern += '%';
    query->bind(1, scope.region)
        .bind(2, static_cast<int>(scope.period))
        .bind(3, static_cast<int>(scope.kind))
        .bind(4, pattern);
    const std::string wanted = text::matchKey(artist);
    std::vector<PresencePoint> points;
    while (query->step()) {
        const auto names = splitArtists(query->textView(3));
        if (std::none_of(names.begin(), names.end(), [&](const auto& n) { return text::matchKey(n) == wanted; })) {
            continue;
        }
        const auto date = parseCivilDate(query->textView(0)).value_or(CivilDate{});
        if (points.empty() || points.back().date != date) {
            points.push_back(PresencePoint{date, 0, std::nullopt, 0});
        }
        auto& point = points.back();
        ++point.songs;
        if (const auto rank = optionalInt(*query, 1); rank && (!point.bestRank || *rank < *point.bestRank)) {
            point.bestRank = rank;
        }
        point.streams += optionalInt(*query, 2).value_or(0);
    }
    if (query->failed()) {
        return query->error();
    }
    return points;
}

} // namespace tunescope::analytics
