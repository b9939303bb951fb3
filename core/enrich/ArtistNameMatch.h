#pragma once

#include "enrich/MusicBrainzJson.h"

#include <string>
#include <string_view>
#include <vector>

// Which MusicBrainz artist a name from the history is, if that can be said with confidence.
// Many artists share a name; a wrong guess would give an artist someone else's genres, so any
// doubt means no answer.
namespace tunescope::enrich {

struct NameMatch {
    enum class Outcome {
        Confident, // `mbid` is the artist
        None,      // no candidate has this name (or only a weak score)
        Ambiguous, // several artists have this name with similar scores: no guess
    };
    Outcome outcome = Outcome::None;
    std::string mbid;
};

// Lowest score a candidate with exactly the name may have to be taken at all.
inline constexpr int kMinimumMatchScore = 90;
// How far every other candidate with the same name must trail it.
inline constexpr int kClearLead = 15;

// Candidates whose normalised name (text::matchKey) differs from `name`'s are ignored; of the
// rest, the best is taken when it scores at least kMinimumMatchScore and every other one trails
// it by kClearLead or more, else the answer is Ambiguous (two close namesakes) or None.
NameMatch matchArtistByName(std::string_view name, const std::vector<ArtistCandidate>& candidates);

} // namespace tunescope::enrich
