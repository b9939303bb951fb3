// Genre figures: plays shared by weight, the user's mapping (fold, rename, hide, chains, loops
// refused, undo) applied to every figure, coverage, and shares over time that add up.

#include "CoreTestHelpers.h"

#include "analytics/GenreStats.h"
#include "analytics/PlayHistory.h"
#include "enrich/GenreMapping.h"

#include <gtest/gtest.h>

#include <numeric>

namespace tunescope {
namespace {

using analytics::Metric;
using testing::musicPlay;
using testing::podcastPlay;

template <class T>
T ok(Result<T> result)
{
    EXPECT_TRUE(result.ok()) << (result ? "" : result.error().message);
    return result ? std::move(result).value() : T{};
}

void expectOk(const Status& status)
{
    EXPECT_TRUE(status.ok()) << (status ? "" : status.error().message);
}

std::int64_t creatorId(store::Database& db, const std::string& name)
{
    return testing::queryInt(db, "SELECT id FROM creators WHERE name = '" + name + "'");
}

void setGenres(store::Database& db, const std::string& artist,
               const std::vector<std::pair<std::string, double>>& genres)
{
    const auto id = creatorId(db, artist);
    auto lookup = db.prepare("INSERT INTO artist_genre_lookups (creator_id, looked_up_at, outcome) VALUES (?, 0, ?)");
    ASSERT_TRUE(lookup.ok());
    expectOk(lookup->bind(1, id).bind(2, genres.empty() ? 2 : 1).run());
    for (const auto& [genre, weight] : genres) {
        auto insert = db.prepare("INSERT INTO artist_genres (creator_id, genre, source, weight) VALUES (?, ?, 2, ?)");
        ASSERT_TRUE(insert.ok());
        expectOk(insert->bind(1, id).bind(2, genre).bind(3, weight).run());
    }
}

// Alpha Quill (indie rock and alt-rock, half each): 3 plays and a skip in January. Beta Moth
// (electronic): 2 long plays in February. Gamma Reed: looked up, none found, 1 play. A podcast.
class GenreStats : public ::testing::Test {
protected:
    void SetUp() override
    {
        testing::storePlays(db_, {
                                     musicPlay("Alpha Quill", "A1", "LP", "2024-01-02T10:00:00Z", 200'000),
                                     musicPlay("Alpha Quill", "A1", "LP", "2024-01-02T11:00:00Z", 200'000),
                                     musicPlay("Alpha Quill", "A2", "LP", "2024-01-03T10:00:00Z", 200'000),
                                     musicPlay("Alpha Quill", "A2", "LP", "2024-01-03T11:00:00Z", 29'999),
                                     musicPlay("Beta Moth", "B1", "EP", "2024-02-05T10:00:00Z", 400'000),
                                     musicPlay("Beta Moth", "B1", "EP", "2024-02-05T11:00:00Z", 400'000),
                                     musicPlay("Gamma Reed", "G1", "Reeds", "2024-02-06T12:00:00Z", 30'000),
                                     podcastPlay("Delta Radio", "Ep 1", "2024-01-02T08:00:00Z", 3'600'000),
                                 });
        setGenres(db_, "Alpha Quill", {{"indie rock", 0.5}, {"alt-rock", 0.5}});
        setGenres(db_, "Beta Moth", {{"electronic", 1.0}});
        setGenres(db_, "Gamma Reed", {});
    }

    analytics::GenreOverview overview(Metric metric = Metric::Plays, std::size_t series = 8)
    {
        analytics::GenreRequest request;
        request.metric = metric;
        request.overTimeSeries = series;
        return ok(analytics::queryGenreOverview(db_, request));
    }

    double playsOf(const std::string& genre)
    {
        for (const auto& entry : overview().top) {
            if (entry.name == genre) {
                return entry.plays;
            }
        }
        return -1; // not listed
    }

    store::Database db_ = testing::freshDatabase();
};

TEST_F(GenreStats, EachPlayIsSharedAmongItsArtistsGenresByWeight)
{
    const auto top = overview().top;
    ASSERT_EQ(top.size(), 3U);
    EXPECT_EQ(top[0].name, "electronic");
    EXPECT_DOUBLE_EQ(top[0].plays, 2.0);
    EXPECT_DOUBLE_EQ(top[0].share, 2.0 / 5.0); // of the 5 plays whose genres are known
    // A tie on plays and time: by name.
    EXPECT_EQ(top[1].name, "alt-rock");
    EXPECT_EQ(top[2].name, "indie rock");
    EXPECT_DOUBLE_EQ(top[2].plays, 1.5);
    EXPECT_DOUBLE_EQ(top[2].msPlayed, 629'999 / 2.0); // the skip counts for time, not plays
    EXPECT_EQ(top[2].rank, 3);
}

TEST_F(GenreStats, MinutesRankByListeningTime)
{
    const auto top = overview(Metric::Minutes).top;
    ASSERT_EQ(top.size(), 3U);
    EXPECT_EQ(top[0].name, "electronic");
    EXPECT_DOUBLE_EQ(top[0].share, 800'000.0 / (800'000 + 629'999));
}

TEST_F(GenreStats, CoverageCountsArtistsWithoutGenresAsUnknown)
{
    const auto coverage = overview().coverage;
    EXPECT_EQ(coverage.knownPlays, 5);
    EXPECT_EQ(coverage.totalPlays, 6); // Gamma Reed: looked up, none found; the podcast is not music
    EXPECT_EQ(coverage.knownMs, 629'999 + 800'000);
    EXPECT_EQ(coverage.totalMs, 629'999 + 800'000 + 30'000);
    EXPECT_NEAR(coverage.fraction(Metric::Plays), 5.0 / 6.0, 1e-12);
}

TEST_F(GenreStats, FoldAddsTheFiguresTogether)
{
    expectOk(enrich::mapGenre(db_, "alt-rock", "indie rock"));
    const auto top = overview().top;
    ASSERT_EQ(top.size(), 2U);
    EXPECT_EQ(top[0].name, "indie rock");
    EXPECT_DOUBLE_EQ(top[0].plays, 3.0);
    EXPECT_EQ(playsOf("alt-rock"), -1);
}

TEST_F(GenreStats, RenameShowsTheNewNameEverywhere)
{
    expectOk(enrich::mapGenre(db_, "electronic", "  Electronica "));
    EXPECT_DOUBLE_EQ(playsOf("electronica"), 2.0);
    EXPECT_EQ(playsOf("electronic"), -1);
    const auto alpha = creatorId(db_, "Beta Moth");
    const auto genres = ok(analytics::queryGenresOfArtists(db_, {alpha}));
    EXPECT_EQ(genres.at(alpha), std::vector<std::string>{"electronica"});
}

TEST_F(GenreStats, HiddenGenresAreLeftOutAndTheArtistsOtherGenresTakeTheirPart)
{
    expectOk(enrich::setGenreHidden(db_, "alt-rock", true));
    EXPECT_EQ(playsOf("alt-rock"), -1);
    EXPECT_DOUBLE_EQ(playsOf("indie rock"), 3.0);
    EXPECT_EQ(overview().coverage.knownPlays, 5);

    // All of an artist's genres hidden: its listening has no genre to show.
    expectOk(enrich::setGenreHidden(db_, "indie rock", true));
    EXPECT_EQ(overview().coverage.knownPlays, 2);
    expectOk(enrich::setGenreHidden(db_, "indie rock", false));
    EXPECT_DOUBLE_EQ(playsOf("indie rock"), 3.0);
}

TEST_F(GenreStats, ChainsResolveToTheirEnd)
{
    expectOk(enrich::mapGenre(db_, "alt-rock", "indie rock"));
    expectOk(enrich::mapGenre(db_, "indie rock", "rock"));
    EXPECT_DOUBLE_EQ(playsOf("rock"), 3.0);
    const auto resolver = ok(enrich::loadGenreResolver(db_));
    EXPECT_EQ(resolver.resolve("alt-rock"), "rock");
    EXPECT_EQ(resolver.chain("alt-rock"), (std::vector<std::string>{"alt-rock", "indie rock", "rock"}));
    // Hiding the end of a chain hides everything folded into it.
    expectOk(enrich::setGenreHidden(db_, "rock", true));
    EXPECT_EQ(ok(enrich::loadGenreResolver(db_)).resolve("alt-rock"), std::nullopt);
}

TEST_F(GenreStats, AFoldThatWouldLoopIsRefusedAndChangesNothing)
{
    expectOk(enrich::mapGenre(db_, "alt-rock", "indie rock"));
    expectOk(enrich::mapGenre(db_, "indie rock", "rock"));
    const auto before = ok(enrich::loadGenreMapping(db_));
    const auto refused = enrich::mapGenre(db_, "rock", "alt-rock");
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("alt-rock -> indie rock -> rock"), std::string::npos)
        << refused.error().message;
    EXPECT_NE(refused.error().message.find("loop"), std::string::npos);
    EXPECT_FALSE(enrich::mapGenre(db_, "rock", "Rock").ok()); // into itself
    EXPECT_FALSE(enrich::mapGenre(db_, "rock", " ").ok());
    EXPECT_EQ(ok(enrich::loadGenreMapping(db_)), before);
}

TEST_F(GenreStats, ResetAndUndoPutTheFiguresBack)
{
    const auto original = overview().top;
    const auto before = ok(enrich::loadGenreMapping(db_));
    expectOk(enrich::mapGenre(db_, "alt-rock", "indie rock"));
    expectOk(enrich::setGenreHidden(db_, "electronic", true));
    const auto afterTwo = ok(enrich::loadGenreMapping(db_));
    expectOk(enrich::resetGenre(db_, "electronic"));
    EXPECT_DOUBLE_EQ(playsOf("electronic"), 2.0);
    expectOk(enrich::restoreGenreMapping(db_, afterTwo));
    EXPECT_EQ(playsOf("electronic"), -1);
    expectOk(enrich::restoreGenreMapping(db_, before));
    const auto restored = overview().top;
    ASSERT_EQ(restored.size(), original.size());
    for (std::size_t i = 0; i < restored.size(); ++i) {
        EXPECT_EQ(restored[i].name, original[i].name);
        EXPECT_DOUBLE_EQ(restored[i].plays, original[i].plays);
    }
}

TEST_F(GenreStats, SharesOverTimeAddUpToOneWithOther)
{
    const auto overTime = overview(Metric::Plays, 2).overTime;
    ASSERT_EQ(overTime.series, (std::vector<std::string>{"electronic", "alt-rock", analytics::kOtherGenres}));
    ASSERT_EQ(overTime.months.size(), 2U);
    EXPECT_EQ(overTime.months[0].start, (CivilDate{2024, 1, 1}));
    EXPECT_EQ(overTime.months[0].shares, (std::vector<double>{0.0, 0.5, 0.5}));
    EXPECT_EQ(overTime.months[1].start, (CivilDate{2024, 2, 1}));
    EXPECT_EQ(overTime.months[1].shares, (std::vector<double>{1.0, 0.0, 0.0}));
    for (const auto& month : overTime.months) {
        EXPECT_DOUBLE_EQ(std::accumulate(month.shares.begin(), month.shares.end(), 0.0), 1.0);
    }
    // Every genre fits: no "other".
    EXPECT_EQ(overview(Metric::Plays, 8).overTime.series.size(), 3U);
}

TEST_F(GenreStats, ArtistDetailsAndTheMappingListShowMappedGenres)
{
    expectOk(enrich::mapGenre(db_, "alt-rock", "indie rock"));
    const auto alpha = creatorId(db_, "Alpha Quill");
    const auto details =
        ok(analytics::querySubjectDetails(db_, {analytics::Subject::Kind::Creator, alpha}, analytics::Period{}));
    EXPECT_EQ(details.genres, std::vector<std::string>{"indie rock"});
    const auto gamma = creatorId(db_, "Gamma Reed");
    EXPECT_TRUE(ok(analytics::queryGenresOfArtists(db_, {gamma})).at(gamma).empty());

    const auto totals = ok(analytics::queryGenreTotals(db_, analytics::Period{}));
    ASSERT_EQ(totals.size(), 3U); // every stored genre keeps its line
    const auto altRock =
        std::find_if(totals.begin(), totals.end(), [](const auto& t) { return t.genre == "alt-rock"; });
    ASSERT_NE(altRock, totals.end());
    EXPECT_EQ(altRock->target, "indie rock");
    EXPECT_EQ(altRock->shownAs, "indie rock");
    EXPECT_EQ(altRock->artists, 1);
    EXPECT_DOUBLE_EQ(altRock->plays, 1.5);
}

TEST_F(GenreStats, NoGenresStoredSaysSo)
{
    auto empty = testing::freshDatabase();
    testing::storePlays(empty, {musicPlay("Alpha Quill", "A1", "LP", "2024-01-02T10:00:00Z", 200'000)});
    const auto result = ok(analytics::queryGenreOverview(empty, analytics::GenreRequest{}));
    EXPECT_FALSE(result.anyGenresStored);
    EXPECT_TRUE(result.top.empty());
    EXPECT_EQ(result.coverage.totalPlays, 1);
    EXPECT_TRUE(overview().anyGenresStored);
}

} // namespace
} // namespace tunescope
