#include "browse/HistoryArtists.h"

#include "analytics/Aggregates.h"
#include "ingest/PlayRecord.h"
#include "util/Text.h"

#include <algorithm>
#include <tuple>

namespace tunescope::browse {
namespace {

constexpr auto kMusic = static_cast<std::int64_t>(ingest::PlayKind::Music);

Result<std::vector<std::int64_t>> idsFrom(store::Statement& stmt)
{
    std::vector<std::int64_t> ids;
    while (stmt.step()) {
        ids.push_back(stmt.int64(0));
    }
    if (stmt.failed()) {
        return stmt.error();
    }
    return ids;
}

// Plays and listening time of every creator over the whole history, indexed by creator id.
Result<analytics::detail::Tally> allTimeCreatorTally(store::Database& db)
{
    auto columns = analytics::scanMusicPlays(db, analytics::Period{});
    auto index = analytics::loadItemIndex(db);
    if (!columns || !index) {
        return columns ? index.error() : columns.error();
    }
    const auto items = analytics::detail::tallyItems(*columns, index->creatorOf.size());
    return analytics::detail::rollUp(items, index->creatorOf, static_cast<std::size_t>(index->creatorCount));
}

} // namespace

Result<std::vector<std::int64_t>> historyArtistsContaining(store::Database& db, std::string_view query)
{
    const std::string key = text::matchKey(query);
    if (key.empty()) {
        return std::vector<std::int64_t>{};
    }
    // instr() rather than LIKE: names with '%' or '_' in them need no escaping.
    auto stmt = db.prepare("SELECT id FROM creators WHERE kind = ? AND instr(match_key, ?) > 0");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, kMusic).bind(2, key);
    return idsFrom(*stmt);
}

Result<std::optional<std::int64_t>> historyArtistNamed(store::Database& db, std::string_view name)
{
    auto stmt = db.prepare("SELECT id FROM creators WHERE kind = ? AND match_key = ?");
    if (!stmt) {
        return stmt.error();
    }
    if (stmt->bind(1, kMusic).bind(2, text::matchKey(name)).step()) {
        return std::optional<std::int64_t>(stmt->int64(0));
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return std::optional<std::int64_t>();
}

Result<std::vector<std::int64_t>> historyArtistsOfSpotifyArtist(store::Database& db, const std::string& spotifyId)
{
    // One pass over the items that carry a track URI, each looked up in the track cache by its
    // primary key ("spotify:track:" is 14 characters).
    auto stmt = db.prepare("SELECT DISTINCT c.id FROM items i "
                           "JOIN creators c ON c.id = i.creator_id AND c.kind = ? "
                           "JOIN spotify_tracks t ON t.spotify_id = substr(i.spotify_uri, 15) "
                           "WHERE i.spotify_uri LIKE 'spotify:track:%' AND json_extract(t.artist_ids, '$[0]') = ?");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, kMusic).bind(2, spotifyId);
    return idsFrom(*stmt);
}

Result<std::vector<HistoryArtist>> historyArtistFigures(store::Database& db,
                                                        const std::vector<std::int64_t>& creatorIds)
{
    std::vector<HistoryArtist> artists;
    if (creatorIds.empty()) {
        return artists;
    }
    auto name = db.prepare("SELECT name FROM creators WHERE id = ?");
    if (!name) {
        return name.error();
    }
    auto creators = allTimeCreatorTally(db);
    if (!creators) {
        return creators.error();
    }
    for (const auto id : creatorIds) {
        HistoryArtist artist{id, {}, 0, 0};
        if (name->bind(1, id).step()) {
            artist.name = name->text(0);
        }
        name->reset();
        const auto slot = static_cast<std::size_t>(id);
        if (id > 0 && slot < creators->plays.size()) {
            artist.plays = creators->plays[slot];
            artist.msPlayed = creators->msPlayed[slot];
        }
        artists.push_back(std::move(artist));
    }
    return artists;
}

Result<std::vector<HistoryArtist>> historyArtistsByListening(store::Database& db)
{
    auto creators = allTimeCreatorTally(db);
    if (!creators) {
        return creators.error();
    }
    auto stmt = db.prepare("SELECT id, name FROM creators WHERE kind = ?");
    if (!stmt) {
        return stmt.error();
    }
    std::vector<HistoryArtist> artists;
    stmt->bind(1, kMusic);
    while (stmt->step()) {
        const auto id = stmt->int64(0);
        const auto slot = static_cast<std::size_t>(id);
        if (id > 0 && slot < creators->msPlayed.size() && (creators->msPlayed[slot] > 0 || creators->plays[slot] > 0)) {
            artists.push_back(HistoryArtist{id, stmt->text(1), creators->plays[slot], creators->msPlayed[slot]});
        }
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    std::sort(artists.begin(), artists.end(), [](const HistoryArtist& a, const HistoryArtist& b) {
        return std::tie(b.msPlayed, b.plays, a.creatorId) < std::tie(a.msPlayed, a.plays, b.creatorId);
    });
    return artists;
}

} // namespace tunescope::browse
