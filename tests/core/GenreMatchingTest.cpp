// The two judgements of genre enrichment that need no server: is a name search's best candidate
// the artist (only when unmistakable), and how much of an artist each genre is.

#include "enrich/ArtistNameMatch.h"
#include "enrich/GenreWeights.h"

#include <gtest/gtest.h>

#include <numeric>

namespace tunescope::enrich {
namespace {

ArtistCandidate candidate(std::string mbid, std::string name, int score)
{
    return ArtistCandidate{std::move(mbid), std::move(name), score, {}};
}

TEST(ArtistNameMatch, TheOnlyCandidateWithTheSameNameAndAHighScoreIsTaken)
{
    const auto match =
        matchArtistByName(" björk ", {candidate("a", "Björk", 100), candidate("b", "Björk Guðmundsdóttir", 80)});
    EXPECT_EQ(match.outcome, NameMatch::Outcome::Confident);
    EXPECT_EQ(match.mbid, "a");
    // Far ahead of a namesake is still clear.
    EXPECT_EQ(matchArtistByName("Air", {candidate("a", "Air", 100), candidate("b", "AIR", 70)}).mbid, "a");
}

TEST(ArtistNameMatch, NamesakesWithSimilarScoresAreAmbiguousAndNeverGuessed)
{
    const auto match = matchArtistByName("Nova", {candidate("a", "Nova", 100), candidate("b", "Nova", 100)});
    EXPECT_EQ(match.outcome, NameMatch::Outcome::Ambiguous);
    EXPECT_TRUE(match.mbid.empty());
    EXPECT_EQ(matchArtistByName("Nova", {candidate("a", "Nova", 95), candidate("b", "nova", 90)}).outcome,
              NameMatch::Outcome::Ambiguous);
}

TEST(ArtistNameMatch, AnotherNameOrAWeakScoreIsNoMatch)
{
    EXPECT_EQ(matchArtistByName("Unknown Pleasures", {candidate("a", "Unknown Pleasures Tribute", 100)}).outcome,
              NameMatch::Outcome::None);
    EXPECT_EQ(matchArtistByName("Kite", {candidate("a", "Kite", 70)}).outcome, NameMatch::Outcome::None);
    EXPECT_EQ(matchArtistByName("", {candidate("a", "", 100)}).outcome, NameMatch::Outcome::None);
    EXPECT_EQ(matchArtistByName("Kite", {}).outcome, NameMatch::Outcome::None);
}

double total(const std::vector<WeightedGenre>& genres)
{
    return std::accumulate(genres.begin(), genres.end(), 0.0,
                           [](double sum, const WeightedGenre& g) { return sum + g.weight; });
}

TEST(GenreWeights, MusicBrainzGenresFollowTheirVotesAndAddUpToOne)
{
    MusicBrainzArtist artist;
    artist.genres = {{"Rock", 6}, {"rock", 2}, {"pop", 2}, {"disliked", -4}, {"unvoted", 0}};
    artist.tags = {{"seen live", 50}};
    const auto genres = weightMusicBrainzGenres(artist);
    ASSERT_EQ(genres.size(), 2U);
    EXPECT_EQ(genres[0].name, "rock");
    EXPECT_DOUBLE_EQ(genres[0].weight, 0.8);
    EXPECT_EQ(genres[0].source, GenreSource::MusicBrainzGenre);
    EXPECT_DOUBLE_EQ(total(genres), 1.0);
}

TEST(GenreWeights, OnlyTheMostVotedAreKept)
{
    MusicBrainzArtist artist;
    for (int i = 0; i < 20; ++i) {
        artist.tags.push_back({"tag " + std::to_string(i), 20 - i});
    }
    const auto tags = weightMusicBrainzGenres(artist);
    ASSERT_EQ(tags.size(), kMaxTagsPerArtist);
    EXPECT_EQ(tags[0].name, "tag 0");
    EXPECT_EQ(tags[0].source, GenreSource::MusicBrainzTag);
    EXPECT_DOUBLE_EQ(total(tags), 1.0);
    EXPECT_TRUE(weightMusicBrainzGenres(MusicBrainzArtist{}).empty());
}

TEST(GenreWeights, SpotifyGenresShareEquallyInLowerCase)
{
    const auto genres = weightSpotifyGenres({"Art Pop", "art pop", "Electronica", "  "});
    ASSERT_EQ(genres.size(), 2U);
    EXPECT_EQ(genres[0].name, "art pop");
    EXPECT_EQ(genres[0].source, GenreSource::Spotify);
    EXPECT_DOUBLE_EQ(total(genres), 1.0);
    EXPECT_TRUE(weightSpotifyGenres({}).empty());
}

} // namespace
} // namespace tunescope::enrich
