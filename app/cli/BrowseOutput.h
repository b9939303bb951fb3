#pragma once

#include "browse/ArtistHit.h"
#include "browse/ArtistListening.h"
#include "browse/Discography.h"
#include "enrich/FeatureSummary.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

// How `tunescope search` and `tunescope artist` show what core/browse found: JSON objects for
// scripts, text for people.
namespace tunescope::cli {

// "a, b, c"
std::string joinedNames(const std::vector<std::string>& names);

// {query, offset, next_offset, spotify (whether Spotify's search answered), artists: [...]}
nlohmann::ordered_json searchJson(const std::string& query, int offset, std::optional<int> nextOffset,
                                  bool spotifyAnswered, const std::vector<browse::ArtistHit>& hits);
// A table: artist, Spotify id, the user's plays and time (genres when Spotify sent any).
void printSearchHits(std::ostream& out, const std::vector<browse::ArtistHit>& hits);

// `page` is null for an artist known only from the history; `stopped` says why a page is partial.
nlohmann::ordered_json artistPageJson(const browse::ArtistHit& artist, const browse::Discography* page,
                                      const browse::ArtistListening& listening, const std::string& stopped);
// The artist, the user's listening, then the discography group by group with every track.
void printArtistPage(std::ostream& out, const browse::ArtistHit& artist, const browse::Discography* page,
                     const browse::ArtistListening& listening, bool online);

// {tracks, with_features, sources: {label: count}, averages: {name: value}}
nlohmann::ordered_json featureSummaryJson(const enrich::FeatureSummary& summary);
// "Track features: 320 of 321 tracks (ReccoBeats 320); averages: tempo 121 BPM, energy 0.52, ..."
void printFeatureSummary(std::ostream& out, const enrich::FeatureSummary& summary);

} // namespace tunescope::cli
