#include "analytics/SpotifyTop.h"

#include "util/Text.h"

#include <nlohmann/json.hpp>

#include <unordered_map>

namespace tunescope::analytics {
namespace {

constexpr std::size_t kEveryone = 100'000; // rank the user's whole window

struct Named {
    std::string name;
    std::string artist;
};

// Spotify's names for the ids of a snapshot, from the entity cache.
Result<std::vector<Named>> namesOf(store::Database& db, store::TopListKind kind, const std::vector<std::string>& ids)
{
    const bool artists = kind == store::TopListKind::Artists;
    auto stmt = db.prepare(artists ? "SELECT name, NULL FROM spotify_artists WHERE spotify_id = ?"
                                   : "SELECT t.name, t.artist_ids FROM spotify_tracks t WHERE t.spotify_id = ?");
    auto artistName = db.prepare("SELECT name FROM spotify_artists WHERE spotify_id = ?");
    if (!stmt || !artistName) {
        return stmt ? artistName.error() : stmt.error();
    }
    std::vector<Named> names;
    for (const auto& id : ids) {
        Named named;
        if (stmt->bind(1, id).step()) {
            named.name = stmt->text(0);
            if (!artists) {
                const auto artistIds = nlohmann::json::parse(stmt->textView(1), nullptr, false);
                if (artistIds.is_array() && !artistIds.empty() && artistIds.front().is_string() &&
                    artistName->bind(1, artistIds.front().get<std::string>()).step()) {
                    named.artist = artistName->text(0);
                }
                artistName->reset();
            }
        }
        if (stmt->failed()) {
            return stmt->error();
        }
        stmt->reset();
        names.push_back(std::move(named));
    }
    return names;
}

std::string trackKey(const std::string& artist, const std::string& title)
{
    return text::matchKey(artist) + '\x1f' + text::matchKey(title);
}

} // namespace

Period spotifyRangeWindow(store::TopListRange range, UtcMs end, const TimeZone& zone)
{
    std::int64_t days = 365;
    if (range == store::TopListRange::ShortTerm) {
        days = 28;
    } else if (range == store::TopListRange::MediumTerm) {
        days = 182;
    }
    return Period{end - days * kMsPerDay, end, zone};
}

Result<std::optional<SpotifyTopComparison>> compareWithSpotifyTop(store::Database& db, store::TopListKind kind,
                                                                  store::TopListRange range, const TimeZone& zone)
{
    auto snapshot = store::latestTopSnapshot(db, kind, range);
    if (!snapshot) {
        return snapshot.error();
    }
    if (!snapshot->has_value()) {
        return std::optional<SpotifyTopComparison>();
    }
    const auto& taken = **snapshot;
    SpotifyTopComparison comparison{kind, range, taken.takenAt, spotifyRangeWindow(range, taken.takenAt, zone), {}};

    auto names = namesOf(db, kind, taken.spotifyIds);
    if (!names) {
        return names.error();
    }
    const bool artists = kind == store::TopListKind::Artists;
    auto mine = queryTop(db, artists ? TopKind::Artists : TopKind::Tracks, Metric::Plays, comparison.window, kEveryone);
    if (!mine) {
        return mine.error();
    }
    // The user's entries by name key, and tracks also by URI.
    std::unordered_map<std::string, const TopEntry*> byKey;
    for (const auto& entry : *mine) {
        byKey.emplace(artists ? text::matchKey(entry.name) : trackKey(entry.artist, entry.name), &entry);
    }
    std::unordered_map<std::int64_t, const TopEntry*> byItem;
    if (!artists) {
        for (const auto& entry : *mine) {
            byItem.emplace(entry.id, &entry);
        }
    }
    auto itemByUri = db.prepare("SELECT id FROM items WHERE spotify_uri = ?");
    if (!itemByUri) {
        return itemByUri.error();
    }
    for (std::size_t i = 0; i < taken.spotifyIds.size(); ++i) {
        SpotifyTopRow row{static_cast<int>(i + 1), taken.spotifyIds[i], (*names)[i].name, (*names)[i].artist, 0, 0, {}};
        const TopEntry* match = nullptr;
        if (!artists && itemByUri->bind(1, "spotify:track:" + row.spotifyId).step()) {
            const auto it = byItem.find(itemByUri->int64(0));
            match = it == byItem.end() ? nullptr : it->second;
        }
        itemByUri->reset();
        if (match == nullptr) {
            const auto it = byKey.find(artists ? text::matchKey(row.name) : trackKey(row.artist, row.name));
            match = it == byKey.end() ? nullptr : it->second;
        }
        if (match != nullptr) {
            row.plays = match->plays;
            row.msPlayed = match->msPlayed;
            row.playsRank = match->plays > 0 ? std::optional<int>(match->rank) : std::nullopt;
        }
        comparison.rows.push_back(std::move(row));
    }
    return std::optional<SpotifyTopComparison>(std::move(comparison));
}

} // namespace tunescope::analytics
