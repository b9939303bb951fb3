#include "enrich/GenreWeights.h"

#include "util/Text.h"

#include <algorithm>
#include <map>

namespace tunescope::enrich {
namespace {

// Votes per lower-cased name (positive ones only), the `limit` most voted, normalised to sum 1.
std::vector<WeightedGenre> byVotes(const std::vector<VotedName>& names, GenreSource source, std::size_t limit)
{
    std::map<std::string, std::int64_t> votes;
    for (const auto& named : names) {
        std::string key = text::matchKey(named.name);
        if (named.count > 0 && !key.empty()) {
            votes[std::move(key)] += named.count;
        }
    }
    std::vector<std::pair<std::string, std::int64_t>> ranked(votes.begin(), votes.end());
    // Most votes first; equal votes in name order, so the result never depends on the answer's order.
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (ranked.size() > limit) {
        ranked.resize(limit);
    }
    double total = 0;
    for (const auto& entry : ranked) {
        total += static_cast<double>(entry.second);
    }
    std::vector<WeightedGenre> weighted;
    weighted.reserve(ranked.size());
    for (auto& [name, count] : ranked) {
        weighted.push_back(WeightedGenre{std::move(name), source, static_cast<double>(count) / total});
    }
    return weighted;
}

} // namespace

std::vector<WeightedGenre> weightSpotifyGenres(const std::vector<std::string>& genres)
{
    std::vector<VotedName> equal;
    equal.reserve(genres.size());
    for (const auto& genre : genres) {
        equal.push_back(VotedName{genre, 1});
    }
    return byVotes(equal, GenreSource::Spotify, kMaxGenresPerArtist);
}

std::vector<WeightedGenre> weightMusicBrainzGenres(const MusicBrainzArtist& artist)
{
    auto genres = byVotes(artist.genres, GenreSource::MusicBrainzGenre, kMaxGenresPerArtist);
    if (!genres.empty()) {
        return genres;
    }
    return byVotes(artist.tags, GenreSource::MusicBrainzTag, kMaxTagsPerArtist);
}

} // namespace tunescope::enrich
