#pragma once

#include "enrich/FeatureDataset.h"
#include "store/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace tunescope::enrich {

// The user's own tracks, for matching the rows of a features dataset: the music of the listening
// history (catalogue items, with the Spotify id their plays carried, if any) and the tracks
// Spotify described to the app (spotify_tracks with their artists). Names are compared by
// text::matchKey of artist and title.
class DatasetTrackIndex {
public:
    static Result<DatasetTrackIndex> load(store::Database& db);

    struct Match {
        std::string spotifyId;           // where the features go by id; empty when only the name is known
        std::int64_t itemWithoutUri = 0; // a history item known only by name, to attach them to as well
        bool byId = false;
    };
    // By the row's Spotify id when the user has that track, else by each artist candidate with
    // the title. A name match without a known id takes the row's id, when it has one.
    [[nodiscard]] std::optional<Match> find(const DatasetRow& row) const;

    [[nodiscard]] std::size_t knownIds() const { return ids_.size(); }

private:
    struct Entry {
        std::string spotifyId;
        std::int64_t itemWithoutUri = 0;
    };
    static std::string nameKey(std::string_view artist, std::string_view title);
    Status loadCatalogue(store::Database& db);
    Status loadSpotifyCache(store::Database& db);

    std::unordered_set<std::string> ids_;
    std::unordered_map<std::string, Entry> byName_;
};

} // namespace tunescope::enrich
