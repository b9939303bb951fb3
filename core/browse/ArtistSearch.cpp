#include "browse/ArtistSearch.h"

#include "browse/HistoryArtists.h"
#include "store/SpotifyCache.h"
#include "util/Clock.h"
#include "util/Text.h"

#include <algorithm>
#include <set>

namespace tunescope::browse {
namespace {

// Spotify's search reaches offsets up to 1000.
constexpr int kMaxSearchOffset = 1000;

ArtistHit hitFromHistory(const HistoryArtist& artist)
{
    ArtistHit hit;
    hit.name = artist.name;
    hit.inHistory = true;
    hit.historyPlays = artist.plays;
    hit.historyMs = artist.msPlayed;
    return hit;
}

// Adds the history figures to hits whose name the history knows.
Status addHistoryFigures(store::Database& db, std::vector<ArtistHit>& hits)
{
    std::vector<std::int64_t> creators(hits.size(), 0);
    std::vector<std::int64_t> known;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        auto id = historyArtistNamed(db, hits[i].name);
        if (!id) {
            return id.error();
        }
        if (id->has_value()) {
            creators[i] = **id;
            known.push_back(**id);
        }
    }
    auto figures = historyArtistFigures(db, known);
    if (!figures) {
        return figures.error();
    }
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const auto found = std::find_if(figures->begin(), figures->end(),
                                        [&](const HistoryArtist& artist) { return artist.creatorId == creators[i]; });
        if (creators[i] != 0 && found != figures->end()) {
            hits[i].inHistory = true;
            hits[i].historyPlays = found->plays;
            hits[i].historyMs = found->msPlayed;
        }
    }
    return {};
}

} // namespace

Result<std::vector<ArtistHit>> searchHistoryArtists(store::Database& db, std::string_view query, int limit)
{
    auto ids = historyArtistsContaining(db, query);
    if (!ids) {
        return ids.error();
    }
    auto figures = historyArtistFigures(db, *ids);
    if (!figures) {
        return figures.error();
    }
    std::sort(figures->begin(), figures->end(), [](const HistoryArtist& a, const HistoryArtist& b) {
        if (a.plays != b.plays) {
            return a.plays > b.plays;
        }
        if (a.msPlayed != b.msPlayed) {
            return a.msPlayed > b.msPlayed;
        }
        return a.name < b.name;
    });
    std::vector<ArtistHit> hits;
    for (const auto& artist : *figures) {
        if (static_cast<int>(hits.size()) >= limit) {
            break;
        }
        hits.push_back(hitFromHistory(artist));
    }
    return hits;
}

Result<SearchPage> searchSpotifyArtists(store::Database& db, spotify::SpotifyApi& api, const std::string& query,
                                        int offset, std::stop_token stop)
{
    auto page = api.searchArtists(query, offset, std::move(stop));
    if (!page) {
        return page.error();
    }
    SearchPage result;
    {
        auto tx = store::Transaction::begin(db);
        if (!tx) {
            return tx.error();
        }
        store::SpotifyCache cache(db);
        const UtcMs now = systemClock().now();
        for (const auto& artist : page->items) {
            if (auto s = cache.putArtist(artist, now); !s) {
                return s.error();
            }
            result.hits.push_back(hitFromSpotify(artist));
        }
        if (auto s = tx->commit(); !s) {
            return s.error();
        }
    }
    if (auto s = addHistoryFigures(db, result.hits); !s) {
        return s.error();
    }
    const int step = page->limit > 0 ? page->limit : static_cast<int>(page->items.size() + page->skipped);
    const int next = page->offset + step;
    if (page->next && step > 0 && next <= kMaxSearchOffset) {
        result.nextOffset = next;
    }
    return result;
}

std::vector<ArtistHit> mergeArtistHits(const std::vector<ArtistHit>& spotify, const std::vector<ArtistHit>& history)
{
    std::vector<ArtistHit> merged = spotify;
    std::set<std::string> names;
    for (const auto& hit : spotify) {
        names.insert(text::matchKey(hit.name));
    }
    for (const auto& hit : history) {
        if (names.insert(text::matchKey(hit.name)).second) {
            merged.push_back(hit);
        }
    }
    return merged;
}

} // namespace tunescope::browse
