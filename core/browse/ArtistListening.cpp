#include "browse/ArtistListening.h"

#include "analytics/Aggregates.h"
#include "browse/HistoryArtists.h"

#include <algorithm>
#include <set>

namespace tunescope::browse {
namespace {

Result<std::set<std::int64_t>> creatorsOf(store::Database& db, const ArtistHit& artist)
{
    std::set<std::int64_t> creators;
    if (!artist.spotifyId.empty()) {
        auto byId = historyArtistsOfSpotifyArtist(db, artist.spotifyId);
        if (!byId) {
            return byId.error();
        }
        creators.insert(byId->begin(), byId->end());
    }
    // The name too: the export keys artists by name, so a history artist spelt exactly like
    // Spotify's is the same one, and its plays without track URIs (older exports) count as well.
    if (!artist.name.empty()) {
        auto byName = historyArtistNamed(db, artist.name);
        if (!byName) {
            return byName.error();
        }
        if (byName->has_value()) {
            creators.insert(**byName);
        }
    }
    return creators;
}

} // namespace

Result<ArtistListening> artistListening(store::Database& db, const ArtistHit& artist, int topTracks)
{
    auto creators = creatorsOf(db, artist);
    if (!creators) {
        return creators.error();
    }
    ArtistListening listening;
    if (creators->empty()) {
        return listening;
    }
    auto columns = analytics::scanMusicPlays(db, analytics::Period{});
    auto index = analytics::loadItemIndex(db);
    if (!columns || !index) {
        return columns ? index.error() : columns.error();
    }
    // The artist's rows only, then the same aggregates as every other page.
    analytics::PlayColumns mine;
    std::int64_t allMs = 0;
    for (std::size_t i = 0; i < columns->size(); ++i) {
        allMs += columns->msPlayed[i];
        const auto item = static_cast<std::size_t>(columns->item[i]);
        if (item < index->creatorOf.size() && creators->count(index->creatorOf[item]) != 0) {
            mine.appendRow(*columns, i);
        }
    }
    const auto items = analytics::detail::tallyItems(mine, index->creatorOf.size());
    const auto byCreator =
        analytics::detail::rollUp(items, index->creatorOf, static_cast<std::size_t>(index->creatorCount));
    const auto totals = analytics::detail::computeTotals(mine, items, byCreator);
    listening.plays = totals.plays;
    listening.msPlayed = totals.msPlayed;
    listening.firstPlay = totals.firstPlay;
    listening.lastPlay = totals.lastPlay;
    listening.shareOfListening = allMs > 0 ? static_cast<double>(totals.msPlayed) / static_cast<double>(allMs) : 0.0;

    auto title = db.prepare("SELECT name FROM items WHERE id = ?");
    if (!title) {
        return title.error();
    }
    const auto top =
        analytics::detail::rankTop(items, analytics::Metric::Plays, static_cast<std::size_t>(std::max(0, topTracks)));
    for (const auto item : top) {
        // rankTop lists only items with at least one play.
        if (title->bind(1, item).step()) {
            listening.topTracks.emplace_back(title->text(0), items.plays[static_cast<std::size_t>(item)]);
        }
        title->reset();
    }
    return listening;
}

} // namespace tunescope::browse
