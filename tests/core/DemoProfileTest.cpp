// The demo profile: deterministic, years long, hundreds of artists, skips and podcasts.

#include "CoreTestHelpers.h"

#include "analytics/GenreStats.h"
#include "analytics/Overview.h"
#include "demo/DemoProfile.h"

#include <gtest/gtest.h>

namespace tunescope {
namespace {

using testing::queryInt;

store::Database buildDemo(const demo::DemoOptions& options = {})
{
    auto db = testing::freshDatabase();
    const auto status = demo::buildDemoProfile(db, options);
    EXPECT_TRUE(status.ok()) << (status ? "" : status.error().message);
    return db;
}

// Every table's content except when it was written (import_files.imported_at is the clock).
std::string contentWithoutClock(store::Database& db)
{
    std::string out;
    for (const char* sql : {"SELECT * FROM creators ORDER BY id", "SELECT * FROM albums ORDER BY id",
                            "SELECT * FROM items ORDER BY id", "SELECT * FROM platforms ORDER BY id",
                            "SELECT id, name, shape, fingerprint, rows_read, plays_added FROM import_files ORDER BY id",
                            "SELECT * FROM plays ORDER BY id", "SELECT * FROM artist_genres ORDER BY creator_id, genre",
                            "SELECT * FROM artist_genre_lookups ORDER BY creator_id"}) {
        auto stmt = db.prepare(sql);
        EXPECT_TRUE(stmt.ok()) << sql;
        while (stmt && stmt->step()) {
            for (int c = 0; c < stmt->columnCount(); ++c) {
                out += std::string(stmt->textView(c)) + "|";
            }
            out += "\n";
        }
    }
    return out;
}

class DemoProfile : public ::testing::Test {
protected:
    static void SetUpTestSuite() { shared_ = new store::Database(buildDemo()); }
    static void TearDownTestSuite()
    {
        delete shared_;
        shared_ = nullptr;
    }
    static store::Database& db() { return *shared_; }

private:
    static store::Database* shared_;
};

store::Database* DemoProfile::shared_ = nullptr;

TEST_F(DemoProfile, TwoBuildsAreIdentical)
{
    auto again = buildDemo();
    EXPECT_EQ(contentWithoutClock(again), contentWithoutClock(db()));
    EXPECT_GT(queryInt(again, "SELECT COUNT(*) FROM plays"), 10'000);
    // Including import_files.imported_at: the demo does not stamp the wall clock.
    EXPECT_EQ(testing::databaseContentDigest(again), testing::databaseContentDigest(db()));
}

TEST_F(DemoProfile, AnotherSeedGivesAnotherProfile)
{
    demo::DemoOptions options;
    options.seed = 7;
    options.years = 1;
    auto other = buildDemo(options);
    EXPECT_NE(contentWithoutClock(other), contentWithoutClock(db()));
    EXPECT_GT(queryInt(other, "SELECT COUNT(*) FROM plays"), 1'000);
}

TEST_F(DemoProfile, SpansSeveralYearsEndingOctober2026)
{
    const auto totals = analytics::queryTotals(db(), analytics::resolvePeriod({}, TimeZone::utc()));
    ASSERT_TRUE(totals.ok());
    ASSERT_TRUE(totals->firstPlay && totals->lastPlay);
    const auto first = civilFromDays(*totals->firstPlay / 86'400'000);
    const auto last = civilFromDays(*totals->lastPlay / 86'400'000);
    EXPECT_LE(first, (CivilDate{2022, 11, 10}));
    EXPECT_GE(last, (CivilDate{2026, 10, 25}));
    EXPECT_LE(last, (CivilDate{2026, 10, 31}));
    EXPECT_GT(totals->plays, 20'000);
    // Every year has listening.
    for (int year = 2023; year <= 2026; ++year) {
        const auto period = analytics::resolvePeriod({CivilDate{year, 1, 1}, CivilDate{year, 12, 31}}, TimeZone::utc());
        EXPECT_GT(analytics::queryTotals(db(), period)->plays, 3'000) << year;
    }
}

TEST_F(DemoProfile, HasAFewHundredArtistsWithPlays)
{
    const auto artists = queryInt(db(), "SELECT COUNT(DISTINCT i.creator_id) FROM plays p JOIN items i ON "
                                        "i.id = p.item_id WHERE p.kind = 1 AND p.ms_played >= 30000");
    EXPECT_GE(artists, 200);
    EXPECT_LE(artists, 1'000);
    const auto totals = analytics::queryTotals(db(), analytics::resolvePeriod({}, TimeZone::utc()));
    ASSERT_TRUE(totals.ok());
    EXPECT_EQ(totals->uniqueArtists, artists);
    const auto top = analytics::queryTop(db(), analytics::TopKind::Artists, analytics::Metric::Plays,
                                         analytics::resolvePeriod({}, TimeZone::utc()), 10);
    ASSERT_TRUE(top.ok());
    ASSERT_EQ(top->size(), 10U);
    // Favourites stand out from the long tail.
    EXPECT_GT(top->front().plays, 5 * top->back().plays / 2);
    EXPECT_GT(queryInt(db(), "SELECT COUNT(*) FROM albums"), artists);
}

TEST_F(DemoProfile, HasSkipsAndPodcasts)
{
    const auto music = queryInt(db(), "SELECT COUNT(*) FROM plays WHERE kind = 1");
    const auto skips = queryInt(db(), "SELECT COUNT(*) FROM plays WHERE kind = 1 AND ms_played < 30000");
    EXPECT_GT(skips, music / 20);
    EXPECT_LT(skips, music / 3);
    EXPECT_GT(queryInt(db(), "SELECT COUNT(*) FROM plays WHERE kind = 1 AND skipped = 1"), 0);
    const auto podcasts = queryInt(db(), "SELECT COUNT(*) FROM plays WHERE kind = 2");
    EXPECT_GT(podcasts, 100);
    EXPECT_EQ(queryInt(db(), "SELECT COUNT(*) FROM creators WHERE kind = 2"), 3);
    // Podcast time is not music time.
    const auto totals = analytics::queryTotals(db(), analytics::resolvePeriod({}, TimeZone::utc()));
    ASSERT_TRUE(totals.ok());
    EXPECT_EQ(totals->msPlayed, queryInt(db(), "SELECT SUM(ms_played) FROM plays WHERE kind = 1"));
}

TEST_F(DemoProfile, ListeningHasDailyRhythm)
{
    // Evenings are busier than the small hours (in the demo listener's zone, UTC+1 all year).
    const auto heat = analytics::queryHeatmap(db(), analytics::resolvePeriod({}, TimeZone::utc()));
    ASSERT_TRUE(heat.ok());
    std::int64_t evening = 0;
    std::int64_t night = 0;
    for (const auto& day : heat->plays) {
        evening += day[18] + day[19];
        night += day[2] + day[3];
    }
    EXPECT_GT(evening, 10 * (night + 1));
}

} // namespace
} // namespace tunescope

namespace tunescope {
namespace {

TEST_F(DemoProfile, ArtistsHaveGenresAsIfLookedUpOnMusicBrainz)
{
    EXPECT_GT(testing::queryInt(db(), "SELECT COUNT(DISTINCT creator_id) FROM artist_genres"), 250);
    EXPECT_EQ(testing::queryInt(db(), "SELECT COUNT(*) FROM artist_genres WHERE source NOT IN (2, 3)"), 0);
    // Some looked up with none found, as real lookups go.
    EXPECT_GT(testing::queryInt(db(), "SELECT COUNT(*) FROM artist_genre_lookups WHERE outcome = 2"), 5);
    EXPECT_EQ(testing::queryInt(db(), "SELECT COUNT(*) FROM (SELECT creator_id FROM artist_genres GROUP BY creator_id "
                                      "HAVING ABS(SUM(weight) - 1) > 1e-9)"),
              0);
}

TEST_F(DemoProfile, GenresCoverMostListeningAndOtherStaysModest)
{
    analytics::GenreRequest request;
    request.metric = analytics::Metric::Minutes;
    const auto genres = analytics::queryGenreOverview(db(), request);
    ASSERT_TRUE(genres.ok()) << genres.error().message;
    const double coverage = genres->coverage.fraction(analytics::Metric::Minutes);
    EXPECT_GT(coverage, 0.85);
    EXPECT_LT(coverage, 1.0); // the note has something to say
    // The donut shows the top 8 and "other": the top 8 hold most of it.
    double top8 = 0;
    for (std::size_t i = 0; i < 8 && i < genres->top.size(); ++i) {
        top8 += genres->top[i].share;
    }
    EXPECT_GT(top8, 0.75);
}

} // namespace
} // namespace tunescope
