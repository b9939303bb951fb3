#pragma once

#include "enrich/TrackFeatures.h"
#include "store/Database.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tunescope::enrich {

// Cached features for these tracks (any source), by Spotify id; ids without features are absent.
Result<std::map<std::string, TrackFeatures>> cachedFeatures(store::Database& db,
                                                            const std::vector<std::string>& spotifyIds);

// Features for tracks of the history, by catalogue item id: through the item's Spotify id when
// its plays carried one, else what an imported dataset matched to it by artist and title. The
// spotifyId of an entry found the second way is empty. Items without features are absent.
Result<std::map<std::int64_t, TrackFeatures>> cachedItemFeatures(store::Database& db,
                                                                 const std::vector<std::int64_t>& itemIds);

// What the profile remembers of tracks' features (track_features, item_features), with its
// statements prepared once. Writes are single statements: callers group them in a Transaction.
class FeatureCache {
public:
    explicit FeatureCache(store::Database& db) : db_(&db) {}

    struct Lookup {
        std::map<std::string, TrackFeatures> found;
        std::map<std::string, UtcMs> misses; // "looked up, none found", and when
    };
    Result<Lookup> lookUp(const std::vector<std::string>& spotifyIds);

    // Stores a track's features, replacing a remembered miss or older features.
    Status put(const TrackFeatures& track);
    // The same, except that features Spotify itself gave stay: a dataset is at best an older
    // copy of them. False when Spotify's were kept.
    Result<bool> putUnlessFromSpotify(const TrackFeatures& track);
    // Remembers that no provider had features for the track; never replaces features.
    Status putMiss(const std::string& spotifyId, UtcMs at);
    // Features for a catalogue item known only by name (source: the dataset).
    Status putForItem(std::int64_t itemId, const AudioFeatures& features, FeatureSource source, UtcMs at);

private:
    Result<store::Statement*> prepared(std::optional<store::Statement>& slot, const std::string& sql);

    store::Database* db_;
    std::optional<store::Statement> select_;
    std::optional<store::Statement> put_;
    std::optional<store::Statement> putKeepingSpotify_;
    std::optional<store::Statement> miss_;
    std::optional<store::Statement> putItem_;
};

} // namespace tunescope::enrich
