#include "artist/ArtistJobs.h"

#include "analytics/Period.h"
#include "browse/HistoryArtists.h"

namespace tunescope::ui::artist_jobs {
namespace {

constexpr int kHistoryHits = 8;

Result<std::shared_ptr<spotify::SpotifyApi>> spotifyApi(const Services& services)
{
    if (!services.spotify) {
        return makeError(ErrorCode::LoginRequired, "Log in to Spotify to search its catalogue and see discographies.");
    }
    return services.spotify->sharedApi();
}

// The history artist whose timeline the "Your listening" tab shows: the one Spotify's tracks
// point at, else the one with the same name.
std::optional<std::int64_t> historyCreator(store::Database& db, const browse::ArtistHit& artist)
{
    if (!artist.spotifyId.empty()) {
        if (auto ids = browse::historyArtistsOfSpotifyArtist(db, artist.spotifyId); ids && !ids->empty()) {
            return ids->front();
        }
    }
    auto named = browse::historyArtistNamed(db, artist.name);
    return named ? *named : std::nullopt;
}

} // namespace

SearchOutcome search(const ProfileSession& session, const Services& services, const std::string& query, int offset,
                     std::stop_token stop)
{
    SearchOutcome outcome;
    auto db = session.open();
    if (!db) {
        outcome.spotifyError = db.error();
        return outcome;
    }
    std::vector<browse::ArtistHit> history;
    if (offset == 0) {
        if (auto local = browse::searchHistoryArtists(*db, query, kHistoryHits); local) {
            history = std::move(local).value();
        }
    }
    std::vector<browse::ArtistHit> fromSpotify;
    if (auto api = spotifyApi(services); !api) {
        outcome.spotifyError = api.error();
    } else if (auto page = browse::searchSpotifyArtists(*db, **api, query, offset, std::move(stop)); !page) {
        outcome.spotifyError = page.error();
    } else {
        fromSpotify = std::move(page->hits);
        outcome.nextOffset = page->nextOffset;
    }
    outcome.hits = browse::mergeArtistHits(fromSpotify, history);
    return outcome;
}

ArtistOutcome openArtist(const ProfileSession& session, const Services& services, const browse::ArtistHit& artist,
                         JobProgress& progress, std::stop_token stop)
{
    ArtistOutcome outcome;
    outcome.artist = artist;
    auto db = session.open();
    if (!db) {
        outcome.discographyError = db.error();
        return outcome;
    }
    if (auto listening = browse::artistListening(*db, artist); listening) {
        outcome.listening = std::move(listening).value();
    }
    if (const auto creator = historyCreator(*db, artist)) {
        const auto allTime = analytics::resolvePeriod({}, session.zone());
        if (auto details = analytics::querySubjectDetails(
                *db, analytics::Subject{analytics::Subject::Kind::Creator, *creator}, allTime);
            details) {
            outcome.timeline = std::move(details).value();
        }
    }
    if (artist.spotifyId.empty()) {
        return outcome; // known only from the history: nothing to ask Spotify for by id
    }

    auto api = spotifyApi(services);
    std::shared_ptr<spotify::SpotifyApi> online = api ? *api : nullptr;
    if (!api) {
        outcome.discographyError = api.error(); // the cache may still answer
    }
    auto discography = browse::loadDiscography(
        *db, online.get(), artist.spotifyId, browse::DiscographyOptions{},
        [&progress](const browse::DiscographyProgress& p) { progress.set(p.done, p.total, p.step); }, stop);
    if (!discography) {
        outcome.discographyError = discography.error();
        return outcome;
    }
    outcome.discography = std::move(discography).value();
    if (stop.stop_requested()) {
        return outcome;
    }

    const auto ids = browse::ownTrackIds(*outcome.discography);
    enrich::FeatureProviders providers;
    providers.spotify = online.get();
    providers.reccoBeats = services.reccoBeats.get();
    auto features = enrich::fetchFeatures(
        *db, providers, ids, [&progress](int done, int total) { progress.set(done, total, "Track features"); }, stop);
    if (features) {
        outcome.features = std::move(features).value();
    } else {
        outcome.featuresError = features.error();
    }
    return outcome;
}

} // namespace tunescope::ui::artist_jobs
