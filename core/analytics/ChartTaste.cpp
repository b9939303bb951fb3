#include "analytics/ChartTaste.h"

#include "analytics/PlayScan.h"
#include "util/Text.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace tunescope::analytics {
namespace {

// The user's music tracks, findable by Spotify id and by artist and title keys.
struct UserTracks {
    std::unordered_map<std::string, std::int64_t> bySpotifyId;
    std::unordered_map<std::string, std::int64_t> byArtistAndTitle; // artist key \x1f title key
    std::unordered_map<std::int64_t, UtcMs> firstPlay;
};

Result<UserTracks> loadUserTracks(store::Database& db)
{
    UserTracks tracks;
    auto items = db.prepare("SELECT i.id, i.spotify_uri, c.match_key, i.match_key FROM items i "
                            "JOIN creators c ON c.id = i.creator_id WHERE c.kind = 1");
    if (!items) {
        return items.error();
    }
    constexpr std::string_view kTrackUri = "spotify:track:";
    while (items->step()) {
        const std::int64_t id = items->int64(0);
        const auto uri = items->textView(1);
        if (uri.starts_with(kTrackUri)) {
            tracks.bySpotifyId.emplace(uri.substr(kTrackUri.size()), id);
        }
        tracks.byArtistAndTitle.emplace(items->text(2) + '\x1f' + items->text(3), id);
    }
    if (items->failed()) {
        return items->error();
    }
    auto firsts = db.prepare("SELECT item_id, min(started_at) FROM plays WHERE kind = 1 AND ms_played >= ? "
                             "GROUP BY item_id");
    if (!firsts) {
        return firsts.error();
    }
    firsts->bind(1, kPlayThresholdMs);
    while (firsts->step()) {
        tracks.firstPlay.emplace(firsts->int64(0), firsts->int64(1));
    }
    if (firsts->failed()) {
        return firsts->error();
    }
    return tracks;
}

std::optional<std::int64_t> matchUserTrack(const UserTracks& tracks, const ChartSong& song)
{
    if (song.spotifyId) {
        if (const auto found = tracks.bySpotifyId.find(*song.spotifyId); found != tracks.bySpotifyId.end()) {
            return found->second;
        }
    }
    const std::string title = text::matchKey(song.title);
    for (const auto& artist : splitArtists(song.artists)) {
        if (const auto found = tracks.byArtistAndTitle.find(text::matchKey(artist) + '\x1f' + title);
            found != tracks.byArtistAndTitle.end()) {
            return found->second;
        }
    }
    return std::nullopt;
}

struct ScopeSong {
    ChartSong song;
    CivilDate firstCharted;
    std::optional<std::int64_t> bestRank;
    std::int64_t totalStreams = 0;
};

Result<std::vector<ScopeSong>> loadScopeSongs(store::Database& db, const ChartScope& scope)
{
    auto query = db.prepare("SELECT t.id, t.title, t.artists, t.spotify_id, min(c.chart_date), min(e.rank), "
                            "coalesce(sum(e.streams), 0) FROM chart_entries e JOIN charts c ON c.id = e.chart_id "
                            "JOIN chart_tracks t ON t.id = e.track_id "
                            "WHERE c.region = ? AND c.period = ? AND c.kind = ? GROUP BY t.id");
    if (!query) {
        return query.error();
    }
    query->bind(1, scope.region).bind(2, static_cast<int>(scope.period)).bind(3, static_cast<int>(scope.kind));
    std::vector<ScopeSong> songs;
    while (query->step()) {
        ScopeSong s;
        s.song.trackId = query->int64(0);
        s.song.title = query->text(1);
        s.song.artists = query->text(2);
        if (!query->isNull(3)) {
            s.song.spotifyId = query->text(3);
        }
        s.firstCharted = parseCivilDate(query->textView(4)).value_or(CivilDate{});
        if (!query->isNull(5)) {
            s.bestRank = query->int64(5);
        }
        s.totalStreams = query->int64(6);
        songs.push_back(std::move(s));
    }
    if (query->failed()) {
        return query->error();
    }
    return songs;
}

} // namespace

Result<ChartTaste> chartTaste(store::Database& db, const ChartScope& scope, const Period& range, Metric metric,
                              std::size_t limit)
{
    auto tracks = loadUserTracks(db);
    if (!tracks) {
        return tracks.error();
    }
    auto songs = loadScopeSongs(db, scope);
    if (!songs) {
        return songs.error();
    }
    ChartTaste taste;
    taste.chartSongs = songs->size();
    std::unordered_set<std::int32_t> chartingItems;
    for (const auto& s : *songs) {
        const auto item = matchUserTrack(*tracks, s.song);
        const auto first = item ? tracks->firstPlay.find(*item) : tracks->firstPlay.end();
        if (first == tracks->firstPlay.end()) {
            taste.unplayedHits.push_back(UnplayedHit{s.song, s.bestRank, s.totalStreams});
            continue;
        }
        chartingItems.insert(static_cast<std::int32_t>(*item));
        ++taste.playedChartSongs;
        const CivilDate played = civilFromDays(floorDiv(first->second, kMsPerDay));
        const auto days = daysFromCivil(s.firstCharted) - daysFromCivil(played);
        if (days > 0) {
            taste.earlyFinds.push_back(EarlyFind{s.song, played, s.firstCharted, static_cast<int>(days)});
        }
    }
    std::sort(taste.earlyFinds.begin(), taste.earlyFinds.end(),
              [](const auto& a, const auto& b) { return a.daysBefore > b.daysBefore; });
    std::sort(taste.unplayedHits.begin(), taste.unplayedHits.end(),
              [](const auto& a, const auto& b) { return a.totalStreams > b.totalStreams; });
    taste.earlyFinds.resize(std::min(taste.earlyFinds.size(), limit));
    taste.unplayedHits.resize(std::min(taste.unplayedHits.size(), limit));

    auto plays = scanMusicPlays(db, range);
    if (!plays) {
        return plays.error();
    }
    double all = 0.0;
    double charting = 0.0;
    for (std::size_t i = 0; i < plays->size(); ++i) {
        const std::int32_t ms = plays->msPlayed[i];
        if (metric == Metric::Plays && ms < kPlayThresholdMs) {
            continue;
        }
        const double amount = metric == Metric::Plays ? 1.0 : static_cast<double>(ms);
        all += amount;
        if (chartingItems.count(plays->item[i]) != 0) {
            charting += amount;
        }
    }
    taste.chartingShare = all > 0.0 ? charting / all : 0.0;
    return taste;
}

} // namespace tunescope::analytics
