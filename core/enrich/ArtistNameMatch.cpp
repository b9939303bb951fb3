#include "enrich/ArtistNameMatch.h"

#include "util/Text.h"

#include <algorithm>

namespace tunescope::enrich {

NameMatch matchArtistByName(std::string_view name, const std::vector<ArtistCandidate>& candidates)
{
    const std::string key = text::matchKey(name);
    std::vector<const ArtistCandidate*> sameName;
    for (const auto& candidate : candidates) {
        if (!key.empty() && text::matchKey(candidate.name) == key) {
            sameName.push_back(&candidate);
        }
    }
    if (sameName.empty()) {
        return {};
    }
    std::stable_sort(sameName.begin(), sameName.end(),
                     [](const ArtistCandidate* a, const ArtistCandidate* b) { return a->score > b->score; });
    const ArtistCandidate& best = *sameName.front();
    if (best.score < kMinimumMatchScore) {
        return {};
    }
    if (sameName.size() > 1 && sameName[1]->score > best.score - kClearLead) {
        return NameMatch{NameMatch::Outcome::Ambiguous, {}};
    }
    return NameMatch{NameMatch::Outcome::Confident, best.mbid};
}

} // namespace tunescope::enrich
