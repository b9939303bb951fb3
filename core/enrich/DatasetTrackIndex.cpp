#include "enrich/DatasetTrackIndex.h"

#include "enrich/SpotifyTrackId.h"
#include "util/Text.h"

namespace tunescope::enrich {
namespace {

constexpr int kMusicKind = 1; // creators.kind of music artists

} // namespace

std::string DatasetTrackIndex::nameKey(std::string_view artist, std::string_view title)
{
    std::string key = text::matchKey(artist);
    key += '\x1f';
    key += text::matchKey(title);
    return key;
}

Result<DatasetTrackIndex> DatasetTrackIndex::load(store::Database& db)
{
    DatasetTrackIndex index;
    if (auto s = index.loadCatalogue(db); !s) {
        return s.error();
    }
    if (auto s = index.loadSpotifyCache(db); !s) {
        return s.error();
    }
    return index;
}

Status DatasetTrackIndex::loadCatalogue(store::Database& db)
{
    // Both match keys are stored already normalised (text::matchKey) by the catalogue.
    auto stmt = db.prepare("SELECT c.match_key, i.match_key, i.id, COALESCE(i.spotify_uri, '') FROM items i "
                           "JOIN creators c ON c.id = i.creator_id WHERE c.kind = ?");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, kMusicKind);
    while (stmt->step()) {
        std::string key(stmt->textView(0));
        key += '\x1f';
        key += stmt->textView(1);
        Entry& entry = byName_[key];
        if (const auto id = spotifyTrackId(stmt->textView(3))) {
            entry.spotifyId = *id;
            ids_.insert(*id);
        } else {
            entry.itemWithoutUri = stmt->int64(2);
        }
    }
    return stmt->failed() ? Status(stmt->error()) : Status();
}

Status DatasetTrackIndex::loadSpotifyCache(store::Database& db)
{
    auto ids = db.prepare("SELECT spotify_id FROM spotify_tracks");
    if (!ids) {
        return ids.error();
    }
    while (ids->step()) {
        ids_.emplace(ids->textView(0));
    }
    if (ids->failed()) {
        return ids->error();
    }
    // Every credited artist: a dataset may name the featured one first.
    auto names = db.prepare("SELECT t.spotify_id, t.name, a.name FROM spotify_tracks t "
                            "JOIN json_each(CASE WHEN json_valid(t.artist_ids) THEN t.artist_ids ELSE '[]' END) j "
                            "JOIN spotify_artists a ON a.spotify_id = j.value");
    if (!names) {
        return names.error();
    }
    while (names->step()) {
        Entry& entry = byName_[nameKey(names->textView(2), names->textView(1))];
        if (entry.spotifyId.empty()) {
            entry.spotifyId = names->text(0);
        }
    }
    return names->failed() ? Status(names->error()) : Status();
}

std::optional<DatasetTrackIndex::Match> DatasetTrackIndex::find(const DatasetRow& row) const
{
    if (row.spotifyId && ids_.count(*row.spotifyId) != 0) {
        return Match{*row.spotifyId, 0, true};
    }
    if (row.title.empty()) {
        return std::nullopt;
    }
    for (const auto& artist : row.artists) {
        const auto it = byName_.find(nameKey(artist, row.title));
        if (it != byName_.end()) {
            const Entry& entry = it->second;
            return Match{entry.spotifyId.empty() ? row.spotifyId.value_or("") : entry.spotifyId, entry.itemWithoutUri,
                         false};
        }
    }
    return std::nullopt;
}

} // namespace tunescope::enrich
