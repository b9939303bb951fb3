#include "enrich/GenreEnrichment.h"

#include "browse/HistoryArtists.h"
#include "enrich/ArtistNameMatch.h"
#include "enrich/GenreLookupStore.h"
#include "spotify/SpotifyUrls.h"
#include "util/Text.h"

#include <nlohmann/json.hpp>

#include <map>

namespace tunescope::enrich {
namespace {

// The Spotify artist of each creator, as far as the Spotify cache tells: the artist Spotify
// credits first on most of the creator's tracks (the history names a track's first artist).
Result<std::map<std::int64_t, std::string>> spotifyArtistsByTracks(store::Database& db)
{
    auto stmt = db.prepare("SELECT i.creator_id, json_extract(t.artist_ids, '$[0]') AS artist, COUNT(*) FROM items i "
                           "JOIN spotify_tracks t ON t.spotify_id = substr(i.spotify_uri, 15) "
                           "WHERE i.spotify_uri LIKE 'spotify:track:%' AND json_valid(t.artist_ids) "
                           "GROUP BY i.creator_id, artist");
    if (!stmt) {
        return stmt.error();
    }
    std::map<std::int64_t, std::pair<std::string, std::int64_t>> best;
    while (stmt->step()) {
        if (stmt->isNull(1)) {
            continue;
        }
        auto& [id, count] = best[stmt->int64(0)];
        if (stmt->int64(2) > count) {
            id = stmt->text(1);
            count = stmt->int64(2);
        }
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    std::map<std::int64_t, std::string> chosen;
    for (auto& [creator, entry] : best) {
        if (spotify::isSpotifyId(entry.first)) {
            chosen.emplace(creator, std::move(entry.first));
        }
    }
    return chosen;
}

// Cached Spotify artists by normalised name; nullopt where two artists share the name.
Result<std::map<std::string, std::optional<std::string>>> spotifyArtistsByName(store::Database& db)
{
    auto stmt = db.prepare("SELECT spotify_id, name FROM spotify_artists");
    if (!stmt) {
        return stmt.error();
    }
    std::map<std::string, std::optional<std::string>> byName;
    while (stmt->step()) {
        std::string id = stmt->text(0);
        if (!spotify::isSpotifyId(id)) {
            continue;
        }
        const auto [it, added] = byName.emplace(text::matchKey(stmt->textView(1)), id);
        if (!added && it->second != id) {
            it->second.reset();
        }
    }
    if (stmt->failed()) {
        return stmt->error();
    }
    return byName;
}

bool isDue(const std::map<std::int64_t, LookupState>& states, std::int64_t creatorId, const GenreFreshness& freshness,
           UtcMs now)
{
    const auto it = states.find(creatorId);
    if (it == states.end()) {
        return true;
    }
    const auto holds = it->second.outcome == GenreLookupOutcome::Found ? freshness.found : freshness.notFound;
    return it->second.lookedUpAt + holds.count() <= now;
}

// Spotify's genres of the artist as cached (a JSON array when Spotify sent them); empty when none.
std::vector<std::string> cachedSpotifyGenres(store::Statement& stmt, const std::string& spotifyId)
{
    std::vector<std::string> genres;
    if (stmt.bind(1, spotifyId).step() && !stmt.isNull(0)) {
        const auto parsed = nlohmann::json::parse(stmt.textView(0), nullptr, /*allow_exceptions=*/false);
        if (parsed.is_array()) {
            for (const auto& genre : parsed) {
                if (genre.is_string() && !text::trimmed(genre.get_ref<const std::string&>()).empty()) {
                    genres.push_back(genre.get<std::string>());
                }
            }
        }
    }
    stmt.reset();
    return genres;
}

class ArtistLookup {
public:
    ArtistLookup(MusicBrainzClient& client, store::Statement& spotifyGenres, std::stop_token stop)
        : client_(client), spotifyGenres_(spotifyGenres), stop_(std::move(stop))
    {
    }

    // What is known of the artist's genres; an error only for a failure worth stopping for.
    Result<GenreLookup> run(const GenreLookupTarget& target)
    {
        GenreLookup lookup;
        lookup.creatorId = target.creatorId;
        lookup.spotifyId = target.spotifyId;
        if (target.spotifyId) {
            lookup.genres = weightSpotifyGenres(cachedSpotifyGenres(spotifyGenres_, *target.spotifyId));
            if (!lookup.genres.empty()) {
                lookup.outcome = GenreLookupOutcome::Found;
                return lookup;
            }
        }
        auto mbid = musicBrainzArtist(target, lookup.outcome);
        if (!mbid) {
            return mbid.error();
        }
        if (mbid->empty()) {
            return lookup; // none found or ambiguous, as `outcome` says
        }
        lookup.mbid = *mbid;
        auto artist = client_.artistGenres(*mbid, stop_);
        if (!artist) {
            if (artist.error().code == ErrorCode::NotFound) {
                lookup.outcome = GenreLookupOutcome::NoneFound; // merged or removed since it was linked
                return lookup;
            }
            return artist.error();
        }
        lookup.genres = weightMusicBrainzGenres(*artist);
        lookup.outcome = lookup.genres.empty() ? GenreLookupOutcome::NoneFound : GenreLookupOutcome::Found;
        return lookup;
    }

private:
    // The artist's MBID through the Spotify link, else a confident name match; empty (with
    // `outcome` set) when there is none to be had.
    Result<std::string> musicBrainzArtist(const GenreLookupTarget& target, GenreLookupOutcome& outcome)
    {
        if (target.spotifyId) {
            auto linked = client_.artistsLinkedToSpotify(*target.spotifyId, stop_);
            if (!linked) {
                return linked.error();
            }
            if (linked->size() > 1) {
                outcome = GenreLookupOutcome::Ambiguous;
                return std::string();
            }
            if (linked->size() == 1) {
                return linked->front();
            }
            // Not linked in MusicBrainz (yet): a confident name match is still worth having.
        }
        auto candidates = client_.searchArtists(target.name, stop_);
        if (!candidates) {
            return candidates.error();
        }
        const auto match = matchArtistByName(target.name, *candidates);
        if (match.outcome == NameMatch::Outcome::Confident) {
            return match.mbid;
        }
        outcome = match.outcome == NameMatch::Outcome::Ambiguous ? GenreLookupOutcome::Ambiguous
                                                                 : GenreLookupOutcome::NoneFound;
        return std::string();
    }

    MusicBrainzClient& client_;
    store::Statement& spotifyGenres_;
    std::stop_token stop_;
};

void count(GenreEnrichmentSummary& summary, const GenreLookup& lookup)
{
    ++summary.lookedUp;
    switch (lookup.outcome) {
    case GenreLookupOutcome::Found:
        ++summary.found;
        if (lookup.genres.front().source == GenreSource::Spotify) {
            ++summary.fromSpotify;
        }
        break;
    case GenreLookupOutcome::NoneFound: ++summary.none; break;
    case GenreLookupOutcome::Ambiguous: ++summary.ambiguous; break;
    }
}

} // namespace

Result<std::vector<GenreLookupTarget>> artistsDueForGenreLookup(store::Database& db, const GenreFreshness& freshness,
                                                                Clock& clock)
{
    auto artists = browse::historyArtistsByListening(db);
    if (!artists) {
        return artists.error();
    }
    auto states = genreLookupStates(db);
    auto byTracks = spotifyArtistsByTracks(db);
    auto byName = spotifyArtistsByName(db);
    if (!states || !byTracks || !byName) {
        return !states ? states.error() : !byTracks ? byTracks.error() : byName.error();
    }
    const UtcMs now = clock.now();
    std::vector<GenreLookupTarget> due;
    for (auto& artist : *artists) {
        if (!isDue(*states, artist.creatorId, freshness, now)) {
            continue;
        }
        GenreLookupTarget target{artist.creatorId, std::move(artist.name), artist.msPlayed, std::nullopt};
        if (const auto linked = byTracks->find(target.creatorId); linked != byTracks->end()) {
            target.spotifyId = linked->second;
        } else if (const auto named = byName->find(text::matchKey(target.name)); named != byName->end()) {
            target.spotifyId = named->second;
        }
        due.push_back(std::move(target));
    }
    return due;
}

GenreEnrichmentSummary enrichGenres(store::Database& db, MusicBrainzClient& client,
                                    const GenreEnrichmentOptions& options, const GenreProgressFn& onProgress,
                                    std::stop_token stop, Clock& clock)
{
    GenreEnrichmentSummary summary;
    const auto requestsBefore = client.requestsSent();
    auto finish = [&]() -> GenreEnrichmentSummary {
        summary.requests = client.requestsSent() - requestsBefore;
        if (onProgress) {
            onProgress(summary.lookedUp, summary.total, {});
        }
        return summary;
    };
    auto due = artistsDueForGenreLookup(db, options.freshness, clock);
    auto spotifyGenres = db.prepare("SELECT genres FROM spotify_artists WHERE spotify_id = ?");
    if (!due || !spotifyGenres) {
        summary.error = !due ? due.error() : spotifyGenres.error();
        return finish();
    }
    summary.due = due->size();
    summary.total = options.limit ? std::min(*options.limit, due->size()) : due->size();
    ArtistLookup lookUp(client, *spotifyGenres, stop);
    for (std::size_t i = 0; i < summary.total; ++i) {
        const auto& target = (*due)[i];
        if (stop.stop_requested()) {
            summary.stoppedEarly = true;
            break;
        }
        if (onProgress) {
            onProgress(i, summary.total, target.name);
        }
        auto lookup = lookUp.run(target);
        if (!lookup) {
            if (lookup.error().code == ErrorCode::Cancelled || stop.stop_requested()) {
                summary.stoppedEarly = true;
            } else {
                summary.error = lookup.error();
            }
            break;
        }
        lookup->lookedUpAt = clock.now();
        if (auto saved = saveGenreLookup(db, *lookup); !saved) {
            summary.error = saved.error();
            break;
        }
        count(summary, *lookup);
    }
    return finish();
}

} // namespace tunescope::enrich
