#pragma once

#include "ProfileSession.h"
#include "analytics/PlayHistory.h"
#include "async/BackgroundJob.h"
#include "browse/ArtistListening.h"
#include "browse/ArtistSearch.h"
#include "browse/Discography.h"
#include "browse/ImageCache.h"
#include "enrich/FeatureChain.h"
#include "enrich/ReccoBeatsClient.h"
#include "http/CurlTransport.h"
#include "sync/SpotifyConnection.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

// The artist window's work on worker threads: plain functions that open what they need, do one
// thing and return what the window shows. No Qt objects here.
namespace tunescope::ui::artist_jobs {

// Covers and artist pictures on disk, downloaded over a transport of their own.
struct ImageStore {
    explicit ImageStore(std::filesystem::path dir) : cache(std::move(dir), transport) {}
    http::CurlTransport transport; // declared first: the cache sends through it
    browse::ImageCache cache;
};

// What the window needs to reach the outside; every part may be missing (offline, logged out).
struct Services {
    std::shared_ptr<sync::SpotifyConnection> spotify; // null: not logged in
    std::shared_ptr<enrich::ReccoBeatsClient> reccoBeats;
    std::shared_ptr<ImageStore> images;
};

struct SearchOutcome {
    std::vector<browse::ArtistHit> hits;
    std::optional<int> nextOffset;     // Spotify has more
    std::optional<Error> spotifyError; // why Spotify's part is missing (the history part still shows)
};

// The first page (offset 0): the user's own artists that match, most played first, with Spotify's
// page merged in (a Spotify artist the user has played carries the user's figures and replaces
// the history-only entry). Later pages: Spotify's next page only.
SearchOutcome search(const ProfileSession& session, const Services& services, const std::string& query, int offset,
                     std::stop_token stop);

struct ArtistOutcome {
    browse::ArtistHit artist;
    std::optional<browse::Discography> discography; // absent: history-only artist, or nothing cached offline
    std::optional<Error> discographyError;
    std::optional<browse::ArtistListening> listening;
    std::optional<analytics::SubjectDetails> timeline; // the user's plays over time, when in the history
    std::map<std::string, enrich::TrackFeatures> features;
    std::optional<Error> featuresError;
};

// The artist page: discography (cache first, Spotify when stale), the user's own listening, and
// the features of the artist's own releases through the provider chain.
ArtistOutcome openArtist(const ProfileSession& session, const Services& services, const browse::ArtistHit& artist,
                         JobProgress& progress, std::stop_token stop);

} // namespace tunescope::ui::artist_jobs
